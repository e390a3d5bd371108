// Babel preset for Taro 4 with React and TypeScript (webpack5 compiler).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
};
