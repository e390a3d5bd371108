// Taro's H5 entry registers the pull-to-refresh element before the app starts, for pages that
// set `enablePullDownRefresh`. No page does (src/app.config.ts; h5-components.test.ts keeps it
// so), so the element (about 2 KB gzip in every page's first bundle) is left out.
export * from '@tarojs/components/dist/components/index.js';

export function defineCustomElementTaroPullToRefreshCore() {}
