/**
 * Issue 9, through the custom functions themselves (src/functions/functions.ts with the stand-in
 * CustomFunctions runtime the build's load check uses): no argument of any type or length makes a
 * function throw anything but an Excel error, and every error is #VALUE! or #N/A with a short,
 * one-line message in analyst words, never "please report it". How long calls take is measured by
 * `npm run bench` (slowest case and slowest single call), not here.
 */
import fc from 'fast-check';
import { createCustomFunctionsRuntime, ERROR_CODES } from '../../scripts/customFunctionsStandIn';
import * as RRP from '../../src/functions/functions';

const runtime = createCustomFunctionsRuntime();
(globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime.CustomFunctions;

type Call = (...args: unknown[]) => unknown;
const FUNCTIONS: [string, Call, number][] = [
  ['TARGET', RRP.target as Call, 3],
  ['BASELINE', RRP.baseline as Call, 3],
  ['CHANGE', RRP.change as Call, 3],
  ['DEADLINE', RRP.deadline as Call, 3],
  ['TRAJECTORY', RRP.trajectory as Call, 4],
  ['STATUS', RRP.status as Call, 6],
  ['GAP', RRP.gap as Call, 4],
  ['SOURCE', RRP.source as Call, 3],
  ['PLAN', RRP.plan as Call, 2],
];
/** Arguments that work, so a hostile one in any place is what the function has to answer. */
const VALID: Record<string, unknown[]> = {
  TARGET: ['KSS', 'EMP_6W', null],
  BASELINE: ['KSS', 'EMP_6W', null],
  CHANGE: ['KSS', 'EMP_6W', null],
  DEADLINE: ['KSS', 'EMP_6W', null],
  TRAJECTORY: ['KSS', 'EMP_6W', '2023-10', null],
  STATUS: ['KSS', 'EMP_6W', 0.175, '2023-10', null, null],
  GAP: ['KSS', 'EMP_6W', 0.175, null],
  SOURCE: ['KSS', 'EMP_6W', null],
  PLAN: ['KSS', null],
};

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const EXCEL_ERRORS: string[] = [ERROR_CODES.invalidValue, ERROR_CODES.notAvailable];

/**
 * What a call gave: a usable value, or an Excel error whose message is fit to show. The functions
 * answer with a value or, while the workbook plan is read, a promise: a failure is a throw or a rejection.
 */
async function expectAnswer(call: () => unknown): Promise<void> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    expect(error).toBeInstanceOf(runtime.CustomFunctions.Error);
    const { code, message } = error as { code: string; message: string };
    expect(EXCEL_ERRORS).toContain(code);
    expect(message).not.toMatch(/report it/);
    expect(message).not.toMatch(CONTROL);
    expect(message.length).toBeLessThan(600);
    return;
  }
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
  else expect(typeof value).toBe('string');
}

const MAX = 32767;
const longText = fc
  .tuple(
    fc.constantFrom('x', ' ', 'ab ', 'KSS ', 'employed 6 weeks ', '1 ', '\t=\n', '２', '🙂', 'constructor ', '2022 '),
    fc.integer({ min: 201, max: MAX }),
  )
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
const hostile = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  longText,
  fc.double(),
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '２０２２',
    '10/31/2023',
    '31/02/2023',
    2023,
    1.0000000000000002,
    -0,
    null,
    undefined,
    true,
    Symbol('x'),
    10n,
    [[1]],
    {},
  ),
);

describe('custom functions and hostile arguments', () => {
  it.each(FUNCTIONS)(
    'RRP.%s answers any argument in any place with a value or an Excel error',
    async (name, fn, arity) => {
      await fc.assert(
        fc.asyncProperty(fc.nat(arity - 1), hostile, async (place, value) => {
          const args = [...VALID[name]];
          args[place] = value;
          await expectAnswer(() => fn(...args));
        }),
        { numRuns: 300 },
      );
    },
    120_000,
  );

  it.each(FUNCTIONS)(
    'RRP.%s answers 32,767-character text in every place',
    async (name, fn, arity) => {
      for (let place = 0; place < arity; place++) {
        for (const unit of ['x', ' ', 'KSS ', 'Londn', '\n', 'constructor']) {
          const args = [...VALID[name]];
          args[place] = unit.repeat(Math.ceil(MAX / unit.length)).slice(0, MAX);
          await expectAnswer(() => fn(...args));
        }
      }
    },
    30_000,
  );

  it("gives the issue's examples their answers", async () => {
    const thrown = async (call: () => unknown): Promise<{ code: string; message: string }> => {
      try {
        await call();
      } catch (error) {
        return error as { code: string; message: string };
      }
      throw new Error('expected an Excel error');
    };
    expect((await thrown(() => RRP.target('KSS', 'constructor'))).message).toMatch(
      /^Metric "constructor" is not recognised\./,
    );
    expect(await RRP.baseline('KSS', 'EMP_6W', '２０２２')).toBe(await RRP.baseline('KSS', 'EMP_6W', 2022));
    const status = await thrown(() => RRP.status('KSS', 'EMP_6W', 0.175, 2023));
    expect(status.code).toBe(ERROR_CODES.invalidValue);
    expect(status.message).toMatch(/Excel date.*"2023-10"/);
    expect((await thrown(() => RRP.target('KSS', 'not employed 6 weeks'))).code).toBe(ERROR_CODES.invalidValue);
    expect(await RRP.status('KSS', 'EMP_6W', (0.1 + 0.2) / 0.3, '2023-10')).toBe('Met');
    expect(
      (await thrown(() => RRP.target('KSS', 'EMP_6W', `x\n\t${'y'.repeat(MAX - 3)}`))).message.length,
    ).toBeLessThan(250);
  });
});
