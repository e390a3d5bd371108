import type { Locale, Messages } from './catalog';
import { zhCN } from './zh-cn';

/**
 * The catalogues this page has so far. Chinese, the product language, comes with the app; the
 * English one (about 16 KB gzip that most parents never need) joins when a parent chooses it
 * (catalogue-loader.ts). The mini-program's main package: catalogues.weapp.ts.
 */
export const CATALOGUES: Partial<Record<Locale, Messages>> & Record<'zh-CN', Messages> = {
  'zh-CN': zhCN,
};
