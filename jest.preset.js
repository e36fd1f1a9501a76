// One Jest setup for every project: SWC transpiles TypeScript (with decorator
// metadata, which NestJS dependency injection needs) and path aliases resolve
// to the libraries' sources.
const { join } = require('node:path');

process.env.TZ = 'UTC';

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@franscore/domain$': join(__dirname, 'libs/domain/src/index.ts'),
    '^@franscore/scoring$': join(__dirname, 'libs/scoring/src/index.ts'),
    '^@franscore/seed$': join(__dirname, 'tools/seed/src/index.ts'),
    '^@franscore/testing$': join(__dirname, 'libs/testing/src/index.ts'),
  },
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
};
