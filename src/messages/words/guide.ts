// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { guide } from '../zh-cn/guide';

provideChineseWords({ guide });
