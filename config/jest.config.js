// Unit and component tests (jsdom). End-to-end browser tests have their own config (jest.e2e.config.js).
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: root,
  roots: ['<rootDir>/src', '<rootDir>/mock', '<rootDir>/types', '<rootDir>/config'],
  testEnvironment: 'jest-fixed-jsdom',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Browser tests and the mini-program runtime journeys have their own configs.
  testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.tsx?$', '\\.weapp-sim\\.test\\.ts$'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    '^.+\\.m?js$': [
      'babel-jest',
      {
        configFile: false,
        babelrc: false,
        presets: [['@babel/preset-env', { targets: { node: 'current' } }]],
      },
    ],
  },
  // msw >= 2.12 depends on ESM-only packages.
  transformIgnorePatterns: [
    '/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)',
  ],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contract$': '<rootDir>/types/index.ts',
    '^@contract/(.*)$': '<rootDir>/types/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    '^@tarojs/taro$': '<rootDir>/config/test-doubles/taro.ts',
    '^@tarojs/components$': '<rootDir>/config/test-doubles/components.tsx',
    '\\.(css|scss)$': '<rootDir>/config/test-doubles/style.ts',
  },
  clearMocks: true,
};
