// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { fieldProblems } from '../zh-cn/field-problems';

provideChineseWords({ fieldProblems });
