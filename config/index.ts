import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { readConfig } from '@tarojs/helper';
import { devConfig } from './dev';
import { InlineEntryCssPlugin } from './inline-entry-css-plugin';
import { PreloadPagePlugin, type EarlyGet } from './preload-page-plugin';
import { ModuleSizesPlugin } from './scripts/module-sizes-plugin';
import { assertWeappGatewayUrl } from './weapp/gateway-url';
import { prodConfig } from './prod';

const root = path.resolve(__dirname, '..');
// The gateway contract and the mock gateway live beside src/ but are compiled like it.
const COMPILED_OUTSIDE_SRC = [path.resolve(root, 'types'), path.resolve(root, 'mock')];
// Dependencies that ship syntax newer than the oldest webviews parents have (Chrome 61, iOS 11:
// `?.`, `??`, `&&=`, `catch {}`), found by the ES2017 check of dist/h5 in the browser tests.
// (query-string and its helpers were too; the H5 build now uses config/h5-stubs/query-string.js.)
const NEWER_SYNTAX_DEPENDENCIES = /node_modules[\\/]valibot[\\/]/;
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
  'query-string': path.resolve(__dirname, 'h5-stubs/query-string.js'),
};
// The registration pages that show the materials catalogue's verdicts as they open.
const CATALOGUE_PAGES = /^\/features\/(enrollment|transfer)\/(index|section|check)$/;
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

// H5: Taro's components one module per component, and its stylesheet without the weui icons.
const H5_COMPONENTS = path.resolve(__dirname, 'h5-components');
const TARO_COMPONENTS_CSS =
  /@tarojs[\\/]components[\\/]dist[\\/]taro-components[\\/]taro-components\.css$/;

const FLOW_WORDS_LOADER = path.resolve(__dirname, 'weapp/flow-words-loader.js');

/** Source files of the mini-program's subpackage pages (the roots app.config.ts declares). */
function subpackageSources(): RegExp {
  const app = readConfig(path.resolve(root, 'src/app.config.ts')) as {
    subPackages?: Array<{ root: string }>;
  };
  const roots = (app.subPackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
  const folders = roots.map((dir) => dir.split('/').join('[\\\\/]')).join('|');
  return new RegExp(`[\\\\/]src[\\\\/](?:${folders})[\\\\/][^\\\\/]+\\.tsx?$`);
}

type TerserPluginArgs = { terserOptions?: { output?: Record<string, unknown> } };
// webpack-chain keeps its minimizers in a map its type declarations leave out.
type ChainWithMinimizers = { minimizers: { has(name: string): boolean } };

function utf8Output(options: TerserPluginArgs): TerserPluginArgs {
  const output = { ...options.terserOptions?.output, ascii_only: false };
  return { ...options, terserOptions: { ...options.terserOptions, output } };
}

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
    // Its `keep_fnames` and `keep_quoted_props` keep every function's name and every quoted key
    // as written, which nothing here reads (no code looks at `Function.name`): without them and
    // with a second compress pass every page is about 9 KB gzip smaller.
    terser: {
      enable: true,
      config: {
        keep_fnames: false,
        compress: { passes: 2 },
        output: { quote_keys: false, keep_quoted_props: false },
      },
    },
    // Mini-program only: base.wxml (main package) repeats every container element's template at
    // each nesting level up to baseLevel (16 by default, 47 KB); deeper levels render through
    // Taro's `comp` component, which starts again at level 0. Pages here nest about 10 deep: six
    // levels keep the main package within its 400 KB, the deeper nodes go through `comp`.
    baseLevel: 6,
    mini: {
      // valibot ships `?.` and `??`, which the mini-program's runtime is not promised (es6 off).
      compile: {
        include: [
          ...COMPILED_OUTSIDE_SRC,
          (file: string) => /node_modules[\\/]valibot[\\/]/.test(file),
        ],
      },
      // Modules only subpackages use go into them, not into the main package's common.js (on by
      // default; stated so nobody turns it off unknowingly: the main package has a 400 KB budget).
      optimizeMainPackage: { enable: true },
      webpackChain(chain) {
        // The flows' words travel in the subpackages (src/messages/catalogues.weapp.ts).
        chain.module
          .rule('flow-words')
          .test(subpackageSources())
          .enforce('pre')
          .use('flow-words')
          .loader(FLOW_WORDS_LOADER);
        // Taro's mini-program terser escapes every non-ASCII character (\uXXXX, 6 bytes where
        // UTF-8 takes 3): the Chinese words alone then cost about 24 KB of the main package.
        // WeChat reads its files as UTF-8. Development builds have no minimizer.
        const { minimizers } = chain.optimization as unknown as ChainWithMinimizers;
        if (!minimizers.has('terserPlugin')) return;
        chain.optimization
          .minimizer('terserPlugin')
          .tap((args) => [utf8Output(args[0] as TerserPluginArgs), ...args.slice(1)]);
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
          // Our own stand-ins for Taro's components and libraries, as old webviews need them.
          H5_COMPONENTS,
          path.resolve(__dirname, 'h5-stubs'),
          (filename: string) => forOldWebviews && NEWER_SYNTAX_DEPENDENCIES.test(filename),
        ],
      },
      webpackChain(chain) {
        // Production builds only: the dev server's prebundling takes the entry's first file for the
        // app itself, and `npm start` is opened in a developer's current browser anyway.
        if (forOldWebviews && process.env.NODE_ENV === 'production') {
          chain.entry('app').prepend(POLYFILLS);
        }
        chain.entry('app').add(path.join(H5_COMPONENTS, 'controls.css'));
        if (process.env.NODE_ENV === 'production') {
          chain.plugin('inline-entry-css').use(InlineEntryCssPlugin);
          const pages = { sourceRoot: path.resolve(root, 'src'), routes: appPages() };
          // In mock builds the gateway is a service worker that is not there before the app runs.
          const gatewayUrl = process.env.TARO_APP_GATEWAY_URL ?? '';
          // The season on every page; the public materials catalogue on the registration pages
          // that read it first (start page's task list, materials step, check page).
          const earlyGets: EarlyGet[] =
            mode === 'mock'
              ? []
              : [
                  { url: `${gatewayUrl}/config` },
                  {
                    url: `${gatewayUrl}/materials`,
                    routes: pages.routes.filter((route) => CATALOGUE_PAGES.test(route)),
                  },
                ];
          chain
            .plugin('preload-page')
            .use(PreloadPagePlugin, [{ ...pages, publicPath: './', earlyGets }]);
          // React DOM (and its scheduler) in a file of its own: home's first screen needs 111 KB
          // gzip of scripts, and on HTTP/1.1 over a slow link one 69 KB file behind TCP slow
          // start arrives last by a round trip or two; files of 27 and 42 KB come in parallel.
          chain.optimization.merge({
            splitChunks: {
              cacheGroups: {
                reactDom: {
                  test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
                  chunks: 'initial',
                  priority: 50,
                  enforce: true,
                  name: false,
                },
              },
            },
          });
        }
        chain.resolve.alias.set('@tarojs/components$', path.join(H5_COMPONENTS, 'index.js'));
        chain.resolve.alias.set(
          '@tarojs/components/dist/components$',
          path.join(H5_COMPONENTS, 'without-pull-to-refresh.js'),
        );
        // Lets a page's chunk take only the component modules it imports from that index.
        chain.module
          .rule('h5-components')
          .test(/\.js$/)
          .include.add(H5_COMPONENTS)
          .end()
          .set('sideEffects', false);
        chain.module
          .rule('taro-components-css')
          .test(TARO_COMPONENTS_CSS)
          .enforce('pre')
          .use('without-weui')
          .loader(path.join(H5_COMPONENTS, 'without-weui-loader.js'));
        for (const [request, stub] of Object.entries(H5_STUBS)) {
          chain.resolve.alias.set(`${request}$`, stub);
        }
        // Imported by a relative path inside @tarojs/router, so aliased by its absolute path.
        chain.resolve.alias.set(
          `${path.join(path.dirname(require.resolve('@tarojs/router/package.json')), 'dist', 'navigationBar.js')}$`,
          path.resolve(__dirname, 'h5-stubs/no-navigation-bar.js'),
        );
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
        // The app's stylesheets are written for the HTML elements the page really has
        // (config/h5-components): `button` stays `button`, not Taro's `taro-button-core`.
        htmltransform: { enable: false },
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
