// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { home } from '../zh-cn/home';

provideChineseWords({ home });
