import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { readConfig } from '@tarojs/helper';
import { devConfig } from './dev';
import { InlineEntryCssPlugin } from './inline-entry-css-plugin';
import { PreloadPagePlugin } from './preload-page-plugin';
import { ModuleSizesPlugin } from './scripts/module-sizes-plugin';
import { assertWeappGatewayUrl } from './weapp/gateway-url';
import { prodConfig } from './prod';

const root = path.resolve(__dirname, '..');
// The gateway contract and the mock gateway live beside src/ but are compiled like it.
const COMPILED_OUTSIDE_SRC = [path.resolve(root, 'types'), path.resolve(root, 'mock')];
// Dependencies that ship syntax newer than the oldest webviews parents have (Chrome 61, iOS 11:
// `?.`, `??`, `&&=`, `catch {}`), found by the ES2017 check of dist/h5 in the browser tests.
const NEWER_SYNTAX_DEPENDENCIES =
  /node_modules[\\/](query-string|decode-uri-component|filter-obj|split-on-first|valibot)[\\/]/;
// The built-ins those webviews lack, installed before any other module runs.
const POLYFILLS = path.resolve(root, 'src/platform/polyfills/index.ts');
// Parts of Taro's H5 request the app never needs (see the stubs), kept out of every page's JS.
const H5_STUBS = {
  'whatwg-fetch': path.resolve(__dirname, 'h5-stubs/empty-polyfill.js'),
  'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': path.resolve(
    __dirname,
    'h5-stubs/empty-polyfill.js',
  ),
  'jsonp-retry': path.resolve(__dirname, 'h5-stubs/no-jsonp.js'),
};
/** Every page of the app, as routes ('/features/home/index'), the first page first. */
function appPages(): string[] {
  const app = readConfig(path.resolve(root, 'src/app.config.ts')) as {
    pages?: string[];
    subPackages?: Array<{ root: string; pages: string[] }>;
  };
  const subpackaged = (app.subPackages ?? []).flatMap((sub) =>
    sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`),
  );
  return [...(app.pages ?? []), ...subpackaged].map((page) => `/${page}`);
}
// `--mode current-browsers`: the H5 build without any of that, for today's browsers only. Never
// shipped; the benchmark measures what supporting old webviews costs against it.
const CURRENT_BROWSERS = 'current-browsers';

// Taro build configuration for both targets: H5 (the light app in the host webview, the primary
// target) and weapp (the host's mini-program channel).
export default defineConfig<'webpack5'>(async (merge, { command, mode }) => {
  if (process.env.TARO_ENV === 'weapp') {
    assertWeappGatewayUrl(process.env.TARO_APP_WEAPP_GATEWAY_URL, mode === 'production');
  }
  const forOldWebviews = mode !== CURRENT_BROWSERS;
  // browserslist reads this before package.json; babel and autoprefixer both follow it.
  if (!forOldWebviews) process.env.BROWSERSLIST = 'last 2 chrome versions, last 2 ios_saf versions';
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jinan-school-registration',
    date: '2026-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // Each mode builds into its own folder so the e2e build never overwrites the production one.
    outputRoot: `dist/${process.env.TARO_ENV}${['e2e', 'mock', 'sim', CURRENT_BROWSERS].includes(mode) ? `-${mode}` : ''}`,
    plugins: [],
    defineConstants: {},
    alias: {
      '@': path.resolve(root, 'src'),
      '@contract': path.resolve(root, 'types'),
      '@mock': path.resolve(root, 'mock'),
    },
    // Mock builds serve the gateway model from msw's service worker, copied in only for them.
    copy: {
      patterns:
        mode === 'mock' && process.env.TARO_ENV === 'h5'
          ? [
              {
                from: 'node_modules/msw/lib/mockServiceWorker.js',
                to: 'dist/h5-mock/mockServiceWorker.js',
              },
            ]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's default `quote_keys: true` turns ES private fields `#x` into the invalid `#"x"`.
    terser: { enable: true, config: { output: { quote_keys: false } } },
    mini: {
      // valibot ships `?.` and `??`, which the mini-program's runtime is not promised (es6 off).
      compile: {
        include: [
          ...COMPILED_OUTSIDE_SRC,
          (file: string) => /node_modules[\\/]valibot[\\/]/.test(file),
        ],
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: {
        include: [
          ...COMPILED_OUTSIDE_SRC,
          (filename: string) => forOldWebviews && NEWER_SYNTAX_DEPENDENCIES.test(filename),
        ],
      },
      webpackChain(chain) {
        // Production builds only: the dev server's prebundling takes the entry's first file for the
        // app itself, and `npm start` is opened in a developer's current browser anyway.
        if (forOldWebviews && process.env.NODE_ENV === 'production') {
          chain.entry('app').prepend(POLYFILLS);
        }
        if (process.env.NODE_ENV === 'production') {
          chain.plugin('inline-entry-css').use(InlineEntryCssPlugin);
          const pages = { sourceRoot: path.resolve(root, 'src'), routes: appPages() };
          chain.plugin('preload-page').use(PreloadPagePlugin, [{ ...pages, publicPath: './' }]);
        }
        for (const [request, stub] of Object.entries(H5_STUBS)) {
          chain.resolve.alias.set(`${request}$`, stub);
        }
        // The dev server logs its addresses too; Taro's "Listening at <url>" is the one to read.
        if (process.env.NODE_ENV !== 'production')
          chain.merge({ infrastructureLogging: { level: 'warn' } });
        if (process.env.BUNDLE_REPORT) {
          chain.plugin('module-sizes').use(ModuleSizesPlugin, [process.env.BUNDLE_REPORT]);
        }
      },
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
        // Flex gap, :focus-visible and max()/min() fallbacks for Chrome 61 and iOS 11 webviews.
        './config/postcss/old-webview-fallbacks.js': { enable: forOldWebviews, config: {} },
      },
    },
  };
  if (command === 'build' && process.env.NODE_ENV === 'production') {
    return merge({}, baseConfig, prodConfig);
  }
  return merge({}, baseConfig, devConfig);
});
