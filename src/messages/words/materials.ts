// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { materials, materialsTable } from '../zh-cn/materials';

provideChineseWords({ materials, materialsTable });
