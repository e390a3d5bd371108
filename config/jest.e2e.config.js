// End-to-end tests: headless Chromium driven by playwright-core against the production-optimised
// H5 build served with the mock gateway (see config/e2e/). Build first: `npm run test:e2e` does.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  roots: ['<rootDir>/src', '<rootDir>/config'],
  testEnvironment: 'node',
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 60_000,
  // One browser at a time: on a 2-core machine, two Chromiums compressing photos at once make
  // timings, not the app, decide the result.
  maxWorkers: 1,
};
