/**
 * A test that takes seconds (100,000 rows, a 5 MB document) in a file whose other tests are quick, so
 * the file stays where it is: `slowTest` runs it in the `slow` project (jest.config.js's
 * LENDING_FILES), which `npm test` runs and `npm run test:unit` does not; `unit` reports it skipped.
 * In `slow`, importing this module skips the file's other tests (`it`, `test`): they ran in `unit`.
 */
const inSlowProject = (globalThis as { SLOW_PROJECT?: unknown }).SLOW_PROJECT === true;

export const slowTest: jest.It = inSlowProject ? test : test.skip;

if (inSlowProject) Object.assign(globalThis, { it: test.skip, test: test.skip });
