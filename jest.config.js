// @ts-check
/**
 * Jest, in four projects: `unit` (everything that needs no build: domain, Excel layer against the
 * double, functions, task pane in jsdom) runs alone as `npm run test:unit`; `slow` (tests that need no
 * build either but take seconds each: SLOW_FILES and SLOW_TESTS) runs in `npm test`;
 * `built` (the production build's files) and `e2e` (the production pane in headless Chromium) share
 * one production build made by their globalSetup. TypeScript goes through ts-jest, file by file
 * (isolatedModules: no type information, so no program to build) and cached: with a cold cache all
 * 235 files cost about 5 s of processor time, with a warm one nothing, so a faster transformer would
 * not shorten the loop. Type-checking is `npm run lint`'s job. Two workers even on two cores: jest's
 * default there is one, which runs every file in band.
 * Budgets are explicit: on a loaded 2-core machine, rendering Fluent in jsdom or starting Chromium can
 * take longer than jest's 5 s default, and a suite must not fail by chance. Jest reads testTimeout from
 * the top-level config only (a project's own is ignored), so 30 s is every test's budget; slower files
 * and tests give their own (the e2e files 90 s, the 100,000-row tests 120 s).
 */
const { availableParallelism } = require('os');

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
/** The `unit` or `slow` project's share of SLOW_TESTS (tests/support/slowTests.ts chooses). */
const slowTestsIn = (/** @type {number} */ ms, /** @type {boolean} */ slowProject) => ({
  globals: { TEST_BUDGET_MS: ms, SLOW_TESTS, SLOW_PROJECT: slowProject },
  setupFilesAfterEnv: ['<rootDir>/tests/support/budget.ts', '<rootDir>/tests/support/slowTests.ts'],
});
const BUILT_OR_E2E = ['<rootDir>/tests/built/', '<rootDir>/tests/e2e/'];
/** Whole files too slow for the inner loop, run by the `slow` project only. */
const SLOW_FILES = [
  'tests/excel/actuals/realExcel.test.ts', // 100,000 rows with long messages, 45,000 imported
  'tests/excel/requirementSets.test.ts', // the TypeScript checker over src/
  'tests/excelDouble/typing.test.ts', // the TypeScript checker over the double
  'tests/excel/worksheetFunctions.test.ts', // LibreOffice calculating RRP Progress
  'tests/domain/lookupProperties.test.ts', // property tests of thousands of runs
];
/** Slow tests of otherwise quick files, by file and name: `slow` runs them, `unit` the rest (tests/support/slowTests.ts). */
const SLOW_TESTS = {
  'tests/excel/actuals/actuals.test.ts': [
    'reads and writes back in blocks of at most 20,000 rows, one sync each',
    'adds a large import in blocks of at most 20,000 rows',
  ],
  'tests/domain/planDocument.test.ts': [
    'reads 5 MB texts without throwing: a plan repeated, one line with no full stop, figures with no words',
  ],
};
const inRoot = (/** @type {string[]} */ files) => files.map((file) => `<rootDir>/${file}`);

module.exports = /** @satisfies {import('jest').Config} */ ({
  maxWorkers: Math.max(2, availableParallelism() - 1),
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/tests'],
      testPathIgnorePatterns: ['/node_modules/', ...BUILT_OR_E2E, ...inRoot(SLOW_FILES)],
      ...slowTestsIn(30_000, false),
    },
    {
      ...common,
      displayName: 'slow',
      testMatch: inRoot([...SLOW_FILES, ...Object.keys(SLOW_TESTS)]),
      ...slowTestsIn(120_000, true),
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
