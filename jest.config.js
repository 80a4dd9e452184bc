/** Jest in native ESM mode, TypeScript compiled by SWC (type checking is `tsc --noEmit`). */
export default {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // See the file: an ESM-only package that a CommonJS dependency require()s, which Jest on Node 20 cannot do.
    '^content-disposition$': '<rootDir>/test/support/content-disposition.cjs',
  },
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2023' } }] },
  globalSetup: '<rootDir>/test/support/global-setup.cjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.cjs',
  testTimeout: 30_000,
  collectCoverageFrom: ['src/**/*.ts', 'queues/**/*.ts'],
  coverageProvider: 'v8',
};
