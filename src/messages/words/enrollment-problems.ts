// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { enrollmentProblems } from '../zh-cn/enrollment-problems';

provideChineseWords({ enrollmentProblems });
