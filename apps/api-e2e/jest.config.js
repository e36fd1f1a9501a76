module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  // Kills every server a test file started, on every path (see src/support/children.ts).
  testEnvironment: '<rootDir>/src/support/e2e-environment.ts',
  // Generous: a loaded machine is slow, and starts wait on the server's ready line, not a clock.
  testTimeout: 120000,
  maxWorkers: 2,
};
