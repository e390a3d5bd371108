// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { pickers } from '../zh-cn/pickers';

provideChineseWords({ pickers });
