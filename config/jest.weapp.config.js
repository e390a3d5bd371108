// The mini-program runtime harness: runs the built dist/weapp-sim in a stand-in for WeChat's
// logic layer (config/weapp-sim). Build it first: `npm run test:weapp` does both.
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: root,
  roots: ['<rootDir>/config/weapp-sim'],
  testEnvironment: 'node',
  testMatch: ['**/*.weapp-sim.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The journeys share one machine with builds: one file at a time keeps timings honest.
  maxWorkers: 1,
  testTimeout: 60_000,
  clearMocks: true,
};
