import type { UserConfigExport } from '@tarojs/cli';

// Production builds: minified, split vendor chunk, no source of the mock gateway.
export const prodConfig: UserConfigExport<'webpack5'> = {
  // Sizes are reported by config/scripts/report-size.mjs; webpack's full asset table is noise.
  logger: { quiet: true, stats: false },
  mini: {},
  h5: {},
};
