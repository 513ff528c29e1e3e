// Three projects, one run: `npm test` totals them (scripts/test.mjs).
// @swc/jest transforms TypeScript; `tsc --noEmit` checks the types separately.
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } },
];
// office-addin-mock pulls in ESM-only packages that must be transformed too.
const esmPackages = 'strip-bom|node-fetch|uuid|data-uri-to-buffer|fetch-blob|formdata-polyfill|web-streams-polyfill|nanoid';
// Coverage is measured for the pure domain and the Graph layer (npm test runs unit + integration with
// --coverage); the floor is what they had when it was set, a little under, so it can only rise.
const coverage = {
  collectCoverageFrom: ['<rootDir>/src/domain/**/*.{ts,tsx}', '<rootDir>/src/graph/**/*.{ts,tsx}'],
  coverageProvider: 'v8',
};
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  ...coverage,
};
module.exports = {
  ...coverage,
  coverageDirectory: '<rootDir>/.cache/coverage',
  coverageReporters: ['text-summary', 'json-summary'],
  // Measured on the whole run (unit + integration, v8) on a clean clone, 2026-12-06, after the
  // integration tests joined the measure: domain 99.1 % statements, 89.4 % branches, 98.6 % functions;
  // graph 89.3 / 78.1 / 91.0. The floor sits a little under, so it can only rise.
  coverageThreshold: {
    './src/domain/': { statements: 98, branches: 88, functions: 97, lines: 98 },
    './src/graph/': { statements: 88, branches: 77, functions: 90, lines: 88 },
  },
  projects: [
    // Unit tests in two environments under one name (`--selectProjects unit` runs both): pure tests
    // (*.test.ts) in node, components and hooks (*.test.tsx) in jsdom. A .ts test that needs a DOM
    // (window, localStorage, DOMParser) says so in its docblock: `@jest-environment jsdom`.
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/unit/setup.ts'],
    },
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/unit/setup.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/integration/support/timeout.ts'],
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
