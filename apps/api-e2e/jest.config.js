module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Kills every server a test file started, on every path (see src/support/children.ts).
  testEnvironment: '<rootDir>/src/support/e2e-environment.ts',
  // Migrates and seeds once; each file's server starts on a copy.
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // Generous: only bounds a hang. Starts wait on the server's ready line, not a clock, and a loaded machine is slow.
  testTimeout: 300000,
  maxWorkers: 2,
};
