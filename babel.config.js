// Babel preset for Taro 4 with React and TypeScript (webpack5 compiler). Targets come from
// `browserslist` in package.json; no built-in is polyfilled automatically (src/polyfills lists the
// few the code needs).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // No React Refresh: the dev server live-reloads instead (config/dev.ts, `hot: false`).
        hot: false,
      },
    ],
  ],
};
