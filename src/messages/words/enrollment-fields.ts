// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { enrollmentFields, enrollmentChoices } from '../zh-cn/enrollment-fields';

provideChineseWords({ enrollmentFields, enrollmentChoices });
