module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testTimeout: 60000,
  maxWorkers: 2,
};
