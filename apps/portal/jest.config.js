// Unit tests of the portal's plain TypeScript (translations, query building, state
// reducers). Angular packages are ESM-only, so nothing here imports them.
module.exports = {
  displayName: 'portal',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
