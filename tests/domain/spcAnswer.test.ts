import fc from 'fast-check';
import { PlanError } from '../../src/domain/errors';
import { readImprovement, readSeries, readTarget, spcTable } from '../../src/domain/spcAnswer';

/** The vignette series of NHSRplotthedots as Excel passes a column: one value per row. */
const VIGNETTE = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1].map((v) => [v]);

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).kind).toBe('invalid');
    return (error as PlanError).message;
  }
  throw new Error('expected a PlanError');
};

describe('RRP.SPC: the table', () => {
  it('spills a header, one row per value, then variation and assurance', () => {
    const table = spcTable(VIGNETTE, 5, null);
    expect(table).toHaveLength(1 + 18 + 2);
    for (const row of table) expect(row).toHaveLength(5);
    expect(table[0]).toEqual(['Value', 'Mean', 'Lower limit', 'Upper limit', 'Signal']);
    const [value, mean, lower, upper, signal] = table[5];
    expect(value).toBe(10);
    expect(mean).toBeCloseTo(1.94, 2);
    expect(lower).toBeCloseTo(-0.72, 2);
    expect(upper).toBeCloseTo(4.6, 1);
    expect(signal).toBe('↑ Special cause: improvement');
    expect(table[1][4]).toBe('○ Common cause: no signal');
    expect(table.at(-2)).toEqual(['Variation', '○ Common cause: no signal', '', '', '']);
    expect(table.at(-1)).toEqual(['Assurance', '✗ Fails the target consistently', '', '', '']);
  });

  it('reads a row as well as a column, and "decrease" turns the signal round', () => {
    const row = [VIGNETTE.map(([v]) => v)];
    const table = spcTable(row, null, 'Decrease');
    expect(table[5][4]).toBe('↑ Special cause: concern');
    expect(table.at(-1)).toEqual(['Assurance', '– No target to assure against', '', '', '']);
    expect(spcTable(row, 5, 'decrease').at(-1)?.[1]).toBe('✓ Passes the target consistently');
  });

  it('gives the limits of a short series but says too few points instead of signals', () => {
    const table = spcTable([[0.16], [0.17], [0.15]], 0.19, null);
    expect(table[1]).toEqual([
      0.16,
      expect.closeTo(0.16, 10),
      expect.any(Number),
      expect.any(Number),
      'too few points (3 of 12)',
    ]);
    expect(table.at(-2)?.[1]).toBe('too few points (3 of 12)');
    expect(table.at(-1)?.[1]).toBe('too few points (3 of 12)');
    // One value: its mean, no limits.
    expect(spcTable(0.16, null, null)[1]).toEqual([0.16, 0.16, '', '', 'too few points (1 of 12)']);
  });

  it('leaves out blank cells at either end of the range', () => {
    expect(readSeries([[null], [''], [1], [2], [null], ['  ']])).toEqual([1, 2]);
  });
});

describe('RRP.SPC: bad input is #VALUE! with the place and what to do', () => {
  it('text, TRUE/FALSE or a gap in the values', () => {
    expect(messageOf(() => spcTable([['Actual'], [0.1], [0.2]], null, null))).toBe(
      'The value in row 1 of the range is text ("Actual"): RRP.SPC reads numbers only. Leave headings and notes out of the range.',
    );
    expect(messageOf(() => readSeries([[0.1, true]]))).toBe(
      'The value in column 2 of the range is not a number (TRUE): RRP.SPC reads numbers only. Leave headings and notes out of the range.',
    );
    expect(messageOf(() => readSeries([[0.1], [null], [0.2]]))).toBe(
      'The value in row 2 of the range is blank: an XmR chart needs consecutive values. Fill it in, or start the range after it.',
    );
  });

  it('no values, or a block of several rows and columns', () => {
    expect(messageOf(() => readSeries([[null], ['']]))).toMatch(/no values/);
    expect(
      messageOf(() =>
        readSeries([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toBe('RRP.SPC reads one column or one row of values; this range has 2 rows and 2 columns.');
  });

  it('an unknown improvement word, or a target that is not a number', () => {
    expect(messageOf(() => spcTable(VIGNETTE, null, 'better'))).toBe(
      'The improvement "better" is not one RRP.SPC knows: give "increase" (higher is better, the default) or "decrease" (lower is better).',
    );
    expect(messageOf(() => readImprovement(1))).toMatch(/The improvement 1 is not/);
    expect(messageOf(() => readTarget('soon'))).toBe(
      'The target "soon" is not a number. Give a number such as 0.19 or 19%, or leave it out.',
    );
  });

  it('values so large their mean or limits overflow', () => {
    expect(messageOf(() => spcTable([[1e308], [1e308], [-1e308]], null, null))).toMatch(/too large/);
  });

  it('reads a target given as a number or as text', () => {
    expect(readTarget(null)).toBeNull();
    expect(readTarget('')).toBeNull();
    expect(readTarget(0.19)).toBe(0.19);
    expect(readTarget('19%')).toBe(0.19);
    expect(readTarget(' 0.19 ')).toBe(0.19);
    expect(readImprovement(null)).toBe('increase');
    expect(readImprovement(' higher ')).toBe('increase');
    expect(readImprovement('LOWER')).toBe('decrease');
  });

  it('whatever it is given, answers a rectangular table or a PlanError', () => {
    const cell = fc.oneof(
      fc.double(),
      fc.constantFrom(1e308, -1e308),
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.boolean(),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 30 }), fc.anything()),
        fc.anything(),
        fc.anything(),
        (values, target, improvement) => {
          let table: unknown[][];
          try {
            table = spcTable(values, target, improvement);
          } catch (error) {
            expect(error).toBeInstanceOf(PlanError);
            return;
          }
          expect(table.every((row) => row.length === 5)).toBe(true);
          expect(table.flat().every((c) => typeof c === 'string' || Number.isFinite(c))).toBe(true);
        },
      ),
    );
  });
});
