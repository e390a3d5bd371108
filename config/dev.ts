import type { UserConfigExport } from '@tarojs/cli';

// Development builds: readable output, no minification.
export const devConfig: UserConfigExport<'webpack5'> = {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: { devServer: { host: '127.0.0.1', port: 10086, open: false } },
};
