import type { Locale, Messages } from './catalog';
import { enUS } from './en-us';
import { zhCN } from './zh-cn';

/** Each language's whole catalogue (the mini-program's main package: catalogues.weapp.ts). */
export const CATALOGUES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
