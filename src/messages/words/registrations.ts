// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { registrations } from '../zh-cn/registrations';

provideChineseWords({ registrations });
