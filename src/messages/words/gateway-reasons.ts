// Imported by every module that reads these areas (words-provided.test.ts checks it).
import { provideChineseWords } from '../provide-words';
import { gatewayReasons } from '../zh-cn/gateway-reasons';

provideChineseWords({ gatewayReasons });
