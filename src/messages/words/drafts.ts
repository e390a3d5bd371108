// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { drafts } from '../zh-cn/drafts';

provideChineseWords({ drafts });
