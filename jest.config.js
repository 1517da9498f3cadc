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
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['node', 'development'] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 60_000,
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
