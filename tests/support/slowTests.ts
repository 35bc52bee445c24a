/**
 * Slow tests inside files whose other tests are quick (jest.config.js's SLOW_TESTS: a file and the
 * names of its slow tests), chosen by configuration so the files stay as they are: the `unit` project
 * skips them, and the `slow` project runs them and skips the file's other tests (they ran in `unit`).
 * A listed name that no test of the file has fails the file, so a renamed test is not lost quietly.
 */
import path from 'path';

const { SLOW_TESTS, SLOW_PROJECT } = globalThis as { SLOW_TESTS?: Record<string, string[]>; SLOW_PROJECT?: boolean };
const ROOT = path.join(__dirname, '..', '..');
const file = path
  .relative(ROOT, expect.getState().testPath ?? '')
  .split(path.sep)
  .join('/');
const slowNames = SLOW_TESTS?.[file];

if (slowNames) {
  const seen = new Set<string>();
  const runsHere = (name: string): boolean => {
    const slow = slowNames.includes(name);
    if (slow) seen.add(name);
    return slow === (SLOW_PROJECT === true);
  };
  // it(name, …) and it.each(table)(name, …), `name` being the test's or the table's title.
  const chosen = (real: jest.It): jest.It =>
    Object.assign(
      (name: string, fn?: jest.ProvidesCallback, timeout?: number) =>
        (runsHere(name) ? real : real.skip)(name, fn, timeout),
      real,
      {
        each: ((...table: Parameters<jest.Each>) =>
          (name: string, fn: (...args: unknown[]) => unknown, timeout?: number) =>
            (runsHere(name) ? real : real.skip).each(...table)(name, fn, timeout)) as jest.Each,
      },
    );
  Object.assign(globalThis, { it: chosen(it), test: chosen(test) });
  afterAll(() => {
    const missing = slowNames.filter((name) => !seen.has(name));
    if (missing.length > 0)
      throw new Error(`jest.config.js lists slow tests that ${file} does not have: ${missing.join('; ')}`);
  });
}
