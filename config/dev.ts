import type { UserConfigExport } from '@tarojs/cli';

// Development builds (`npm start`): readable output, no minification, served by webpack's dev
// server on the mock gateway.
export const devConfig: UserConfigExport<'webpack5'> = {
  // One quiet line per rebuild: the animated progress bar and the asset table repeat the dev
  // server's URL dozens of times in a terminal that is not a TTY (CI logs, editors' terminals).
  logger: { quiet: true, stats: false },
  mini: {},
  h5: {
    // The production build is relative (`./`) so it can live under any path of the host's web
    // server; the dev server needs an absolute one, or it answers every asset with index.html.
    publicPath: '/',
    devServer: {
      host: '127.0.0.1',
      port: 10086,
      open: false,
      // Live reload instead of hot module replacement: Taro's H5 dev server does not enable HMR for
      // the page entry, so React Refresh would only warn on every rebuild.
      hot: false,
    },
  },
};
