import { LOCALES, type Locale, type Messages } from './catalog';
import { enUS } from './en-us';
import { zhCN } from './zh-cn';

const WHOLE: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

type WeappCatalogues = typeof import('./catalogues.weapp');

/** The mini-program's catalogues as the main package has them, before any subpackage loads. */
function mainPackageCatalogues(): WeappCatalogues {
  let loaded: WeappCatalogues | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<WeappCatalogues>('./catalogues.weapp');
  });
  return loaded!;
}

describe('the mini-program catalogues', () => {
  it.each(LOCALES)(
    'hold in the main package exactly the areas it names, word for word (%s)',
    (locale) => {
      const { CATALOGUES, MAIN_PACKAGE_AREAS } = mainPackageCatalogues();
      expect(Object.keys(CATALOGUES[locale]).sort()).toEqual([...MAIN_PACKAGE_AREAS].sort());
      for (const area of MAIN_PACKAGE_AREAS) {
        expect(CATALOGUES[locale][area]).toEqual(WHOLE[locale][area]);
      }
    },
  );

  it('leave the flows words out of the main package', () => {
    const { CATALOGUES } = mainPackageCatalogues();
    for (const area of ['registrations', 'enrollmentFields', 'photos', 'transfer'] as const) {
      expect(CATALOGUES['zh-CN'][area]).toBeUndefined();
    }
  });

  it('are whole once a subpackage page has loaded, in the same objects the main package handed out', () => {
    let catalogues: Record<Locale, Messages> | undefined;
    let before: Messages[] = [];
    jest.isolateModules(() => {
      catalogues = jest.requireActual<WeappCatalogues>('./catalogues.weapp').CATALOGUES;
      before = LOCALES.map((locale) => catalogues![locale]);
      jest.requireActual('./flow-words.weapp');
    });
    for (const [index, locale] of LOCALES.entries()) {
      expect(catalogues![locale]).toBe(before[index]);
      expect(catalogues![locale]).toEqual(WHOLE[locale]);
    }
  });
});
