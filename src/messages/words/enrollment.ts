// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { enrollment } from '../zh-cn/enrollment';

provideChineseWords({ enrollment });
