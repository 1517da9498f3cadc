/**
 * ESM TypeScript through @swc/jest. Run with
 * NODE_OPTIONS="--experimental-vm-modules --conditions=development" (see `npm test`).
 * @type {import('jest').Config}
 */
export default {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    // Payload's client packages import stylesheets; a server-side test has no use for them.
    '\\.(css|scss)$': '<rootDir>/tests/helpers/styleStub.js',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // With TEST_DATABASE=postgres and no TEST_POSTGRES_URL: a throwaway PostgreSQL for the run.
  globalSetup: '<rootDir>/tests/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/helpers/globalTeardown.ts',
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['node', 'development'] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60_000,
  // Each test file boots a whole Payload inside a VM module registry that the worker never fully gives back, so one
  // long-lived process outgrows V8's heap after about 80 files. A worker whose heap is above this once a file ends is
  // replaced by a fresh one before the next file; files still run one at a time (maxWorkers stays one on two cores).
  workerIdleMemoryLimit: '1536MB',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
}
