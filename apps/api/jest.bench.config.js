// Benchmarks: not part of `npm test`; run with `npm run bench`.
module.exports = {
  displayName: 'bench',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  testTimeout: 30 * 60_000,
};
