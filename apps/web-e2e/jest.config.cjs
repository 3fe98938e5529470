// Browser tests: the built app, started as `npm start` starts it, driven in Debian's Chromium.
module.exports = require('../../jest.base.cjs')(__dirname, {
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
});
