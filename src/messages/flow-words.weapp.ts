// First import of every registration subpackage page in the mini-program (prepended by
// config/weapp/flow-words-loader.js): completes the main package's catalogues with every area,
// so the words of the flows travel in the subpackages, not in the main package.
import type { Locale, Messages } from './catalog';
import { CATALOGUES } from './catalogues.weapp';
import { enUS } from './en-us';
import { zhCN } from './zh-cn';

/** Adds every area the catalogues lack, keeping the objects the main package already hands out. */
export function completeCatalogues(catalogues: Record<Locale, Messages>): void {
  Object.assign(catalogues['zh-CN'], zhCN);
  Object.assign(catalogues['en-US'], enUS);
}

completeCatalogues(CATALOGUES);
