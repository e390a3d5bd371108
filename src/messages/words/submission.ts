// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { submission } from '../zh-cn/submission';

provideChineseWords({ submission });
