// Three projects, one run: `npm test` totals them (scripts/test.mjs).
// @swc/jest transforms TypeScript; `tsc --noEmit` checks the types separately.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];
// office-addin-mock pulls in ESM-only packages that must be transformed too.
const esmPackages = 'strip-bom|node-fetch|uuid|data-uri-to-buffer|fetch-blob|formdata-polyfill|web-streams-polyfill|nanoid';
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/unit/setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/e2e/support/globalTeardown.ts',
      // testTimeout is not a per-project option; a browser test needs far more than the default 5 s.
      setupFilesAfterEnv: ['<rootDir>/tests/e2e/support/timeout.ts', '<rootDir>/tests/e2e/support/failOnPageErrors.ts'],
    },
  ],
};
