// The portal in real Chromium against the built API on a fresh embedded database.
// Named so that @nx/jest/plugin (which looks for jest.config.*) does not add it to
// `npm test`; run it with `npm run e2e` (nx run portal-e2e:e2e).
module.exports = {
  displayName: 'portal-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 120000,
  maxWorkers: 1,
};
