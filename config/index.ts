import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { devConfig } from './dev';
import { prodConfig } from './prod';

const root = path.resolve(__dirname, '..');

// Taro build configuration for both targets: H5 (the light app in the host webview, the primary
// target) and weapp (the host's mini-program channel).
export default defineConfig<'webpack5'>(async (merge, { command }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jinan-school-registration',
    date: '2026-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    alias: {
      '@': path.resolve(root, 'src'),
      '@contract': path.resolve(root, 'types'),
      '@mock': path.resolve(root, 'mock'),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's default `quote_keys: true` turns ES private fields `#x` into the invalid `#"x"`.
    terser: { enable: true, config: { output: { quote_keys: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
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
      },
    },
  };
  if (command === 'build' && process.env.NODE_ENV === 'production') {
    return merge({}, baseConfig, prodConfig);
  }
  return merge({}, baseConfig, devConfig);
});
