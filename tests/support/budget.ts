/**
 * Each jest project's time budget per test (jest.config.js sets it as the global TEST_BUDGET_MS).
 * Jest applies `testTimeout` only from the top-level config, not per project, so the budget is set
 * here, once for every file of the project: no test runs on jest's 5 s default.
 */
const budget = (globalThis as { TEST_BUDGET_MS?: unknown }).TEST_BUDGET_MS;
if (typeof budget !== 'number') throw new Error('jest.config.js gives every project a TEST_BUDGET_MS');
jest.setTimeout(budget);
