// @ts-check
/**
 * Jest, in three projects: `unit` (everything that needs no build: domain, Excel layer against the
 * double, functions, task pane in jsdom) runs alone as `npm run test:unit`; `built` (the production
 * build's files) and `e2e` (the production pane in headless Chromium) share one production build made
 * by their globalSetup. TypeScript goes through ts-jest; type-checking is `npm run lint`'s job.
 * Budgets are explicit: on a loaded 2-core machine, rendering Fluent in jsdom or starting Chromium can
 * take longer than jest's 5 s default, and a suite must not fail by chance. Jest reads testTimeout from
 * the top-level config only (a project's own is ignored), so 30 s is every test's budget; slower files
 * and tests give their own (the e2e files 90 s, the 100,000-row tests 120 s).
 */
const transform = {
  '^.+\\.tsx?$': [
    'ts-jest',
    {
      tsconfig: {
        isolatedModules: true,
        jsx: 'react-jsx',
        module: 'commonjs',
        moduleResolution: 'node',
        esModuleInterop: true,
        resolveJsonModule: true,
      },
    },
  ],
};
const common = {
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
};
/** A project's settings with its time budget per test (tests/support/budget.ts applies it). */
const budgeted = (/** @type {number} */ ms) => ({
  globals: { TEST_BUDGET_MS: ms },
  setupFilesAfterEnv: ['<rootDir>/tests/support/budget.ts'],
});
const BUILT_OR_E2E = ['<rootDir>/tests/built/', '<rootDir>/tests/e2e/'];

module.exports = /** @satisfies {import('jest').Config} */ ({
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/tests'],
      testPathIgnorePatterns: ['/node_modules/', ...BUILT_OR_E2E],
      ...budgeted(30_000),
    },
    // Production build into dist/ (skipped when current) and the e2e tests' Excel double bundle.
    {
      ...common,
      displayName: 'built',
      roots: ['<rootDir>/tests/built'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      ...budgeted(60_000),
    },
    {
      ...common,
      displayName: 'e2e',
      roots: ['<rootDir>/tests/e2e'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      ...budgeted(120_000),
    },
  ],
});
