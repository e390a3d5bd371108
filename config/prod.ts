import type { UserConfigExport } from '@tarojs/cli';

// Production builds: minified, split vendor chunk, no source of the mock gateway.
export const prodConfig: UserConfigExport<'webpack5'> = {
  mini: {},
  h5: {},
};
