import fc from 'fast-check';
import { spc, spcPeriods, type SpcResult } from '../../src/domain/spc';

const specialAt = (result: SpcResult): number[] => result.points.flatMap((point, i) => (point.special ? [i] : []));
const repeat = (pattern: number[], times: number): number[] => Array.from({ length: times }, () => pattern).flat();

describe('spc: the published example', () => {
  // NHSRplotthedots' introduction vignette: one outlier at 10 among 1s and 2s.
  const vignette = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

  it('gives mean 1.94 and limits -0.72 and 4.6, the outlier screened out of the moving ranges', () => {
    const { points } = spc(vignette);
    for (const point of points) {
      expect(point.mean).toBeCloseTo(1.94, 2);
      expect(point.lower).toBeCloseTo(-0.72, 2);
      expect(point.upper).toBeCloseTo(4.6, 1);
    }
    // Screening: without it the mean moving range would be 32/17, not 1.
    expect(points[0].upper! - points[0].mean).toBeCloseTo(2.66, 10);
  });

  it('marks only the point beyond the upper limit, as improvement where higher is better', () => {
    const result = spc(vignette);
    expect(specialAt(result)).toEqual([4]);
    expect(result.points[4].signal).toBe('improvement');
    expect(result.variation).toBe('common');
  });

  it('calls the same point a concern where lower is better', () => {
    const result = spc(vignette, { improvement: 'decrease' });
    expect(result.points[4].signal).toBe('concern');
    expect(result.points.filter((point) => point.signal !== 'common')).toHaveLength(1);
  });
});

describe('spc: special-cause rules', () => {
  it('a point below the lower limit is a concern where higher is better', () => {
    // Mean 4.68, lower limit -0.64 (the two moving ranges of 9 are screened out).
    const result = spc([...repeat([4, 6], 10), -3, ...repeat([6, 4], 2)]);
    expect(result.points[0].lower).toBeCloseTo(-0.64, 10);
    expect(specialAt(result)).toEqual([20]);
    expect(result.points[20].signal).toBe('concern');
  });

  it('7 points on one side of the mean are each special; 6 are not', () => {
    // 10 alternating points, then 7 just above the mean (2.22).
    const shift = [...repeat([3, 1], 5), 2.5, 2.6, 2.5, 2.6, 2.5, 2.6, 2.5];
    const result = spc(shift);
    expect(specialAt(result)).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(result.variation).toBe('improvement');
    expect(specialAt(spc(shift.slice(0, -1)))).toEqual([]);
  });

  it('a point on the mean breaks a run on one side', () => {
    // The mean is exactly 2; the 2 in the middle of seven would-be points above it ends the run.
    const series = [...repeat([3, 1], 4), 2.5, 2.5, 2.5, 2, 2.5, 2.5, 2.5, ...repeat([1.5], 6)];
    const result = spc(series);
    expect(result.points[0].mean).toBe(2);
    expect(specialAt(result)).toEqual([]);
  });

  it('7 points each above the one before are special, whichever side of the mean; 6 are not', () => {
    const rising = [...repeat([2, 8], 4), 3.5, 4, 4.5, 5, 5.5, 6, 6.5];
    const result = spc(rising);
    expect(result.points[0].mean).toBe(5);
    expect(specialAt(result)).toEqual([8, 9, 10, 11, 12, 13, 14]);
    // Below the mean (and on it) a special point is a concern when higher is better; above it, an improvement.
    expect(result.points.slice(8).map((point) => point.signal)).toEqual([
      'concern',
      'concern',
      'concern',
      'concern',
      'improvement',
      'improvement',
      'improvement',
    ]);
    expect(specialAt(spc(rising.slice(0, -1)))).toEqual([]);
  });

  it('7 falling points are special; a repeated value breaks the run', () => {
    const falling = [...repeat([8, 2], 4), 6.5, 6, 5.5, 5, 4.5, 4, 3.5];
    expect(specialAt(spc(falling))).toEqual([8, 9, 10, 11, 12, 13, 14]);
    const flat = [...repeat([8, 2], 4), 6.5, 6, 5.5, 5.5, 4.5, 4, 3.5];
    expect(specialAt(spc(flat))).toEqual([]);
  });

  it('2 of 3 points beyond two-thirds of the way to a limit, all 3 on that side, mark the 2', () => {
    // Mean 11.33, two-thirds of the way to the upper limit 15.21, upper limit 17.15.
    const series = [...repeat([10, 12], 10), 15.5, 13, 15.5, ...repeat([10, 12], 5)];
    const result = spc(series);
    expect(specialAt(result)).toEqual([20, 22]);
    expect(result.points[20].signal).toBe('improvement');
  });

  it('2 of 3 near a limit with the middle point across the mean are common cause', () => {
    const series = [...repeat([10, 12], 10), 15.5, 10, 15.5, ...repeat([10, 12], 5)];
    expect(specialAt(spc(series))).toEqual([]);
  });

  it('a point beyond the limit does not count towards 2 of 3 (as NHSRplotthedots counts)', () => {
    const series = [...repeat([10, 12], 10), 15.5, 13, 18, ...repeat([10, 12], 5)];
    expect(specialAt(spc(series))).toEqual([22]);
  });
});

describe('spc: rebasing', () => {
  const before = repeat([1, 2], 6);
  const after = repeat([11, 12], 6);

  it('gives each period its own mean and limits', () => {
    const result = spc([...before, ...after], { rebase: [12] });
    expect(result.points[0].mean).toBe(1.5);
    expect(result.points[12].mean).toBe(11.5);
    expect(result.points[11].upper).toBeCloseTo(1.5 + 2.66, 10);
    expect(result.points[12].upper).toBeCloseTo(11.5 + 2.66, 10);
    expect(specialAt(result)).toEqual([]);
  });

  it('without the rebase the shift is two runs of special causes', () => {
    const result = spc([...before, ...after]);
    expect(specialAt(result)).toHaveLength(24);
    expect(result.variation).toBe('improvement');
  });

  it('applies the rules within a period only: a run does not continue across a rebase', () => {
    const series = [...repeat([1, 3], 5), 2.5, 2.6, 2.5, 2.6, 2.5, 2.6, 2.5];
    expect(specialAt(spc(series, { rebase: [13] }))).toEqual([]);
  });

  it('ignores 0, repeats and indices past the end, and refuses fractions and negatives', () => {
    expect(spcPeriods(10, [0, 4, 4, 20])).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 10 },
    ]);
    expect(spcPeriods(10, [7, 3])).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 7 },
      { start: 7, end: 10 },
    ]);
    expect(() => spc([1, 2, 3], { rebase: [1.5] })).toThrow(/whole number/);
    expect(() => spc([1, 2, 3], { rebase: [-1] })).toThrow(/whole number/);
  });

  it('assurance reads the last period', () => {
    const series = [...before, ...after];
    // One period: 6.5 ± 2.66 (the jump is screened out); the last period alone: 11.5 ± 2.66.
    expect(spc(series, { target: 8 }).assurance).toBe('hit and miss');
    expect(spc(series, { target: 8, rebase: [12] }).assurance).toBe('pass');
  });
});

describe('spc: assurance', () => {
  // Mean 2, mean moving range 2: limits -3.32 and 7.32.
  const series = repeat([1, 3], 6);

  it.each([
    [8, 'increase', 'fail'],
    [-4, 'increase', 'pass'],
    [4, 'increase', 'hit and miss'],
    [8, 'decrease', 'pass'],
    [-4, 'decrease', 'fail'],
    [4, 'decrease', 'hit and miss'],
  ] as const)('target %p where improvement is %s: %s', (target, improvement, assurance) => {
    expect(spc(series, { target, improvement }).assurance).toBe(assurance);
  });

  it('a target on a limit is hit and miss', () => {
    const { upper } = spc(series).points[0];
    expect(spc(series, { target: upper }).assurance).toBe('hit and miss');
  });

  it('no target, no assurance', () => {
    expect(spc(series).assurance).toBeNull();
    expect(spc(series, { target: null }).assurance).toBeNull();
  });
});

describe('spc: edge cases and bad input', () => {
  it('no points: no signal, no assurance', () => {
    expect(spc([], { target: 1 })).toEqual({ points: [], variation: 'common', assurance: null });
  });

  it('one point: its mean, no limits, no assurance', () => {
    expect(spc([5], { target: 4 })).toEqual({
      points: [{ value: 5, mean: 5, lower: null, upper: null, special: false, signal: 'common' }],
      variation: 'common',
      assurance: null,
    });
  });

  it('a one-point last period has no limits, the earlier period keeps its own', () => {
    const result = spc([1, 2, 1, 2, 9], { rebase: [4], target: 3 });
    expect(result.points[3].upper).toBeCloseTo(1.5 + 2.66, 10);
    expect(result.points[4]).toMatchObject({ mean: 9, lower: null, upper: null });
    expect(result.assurance).toBeNull();
  });

  it('every moving range zero: the limits lie on the mean and nothing is special', () => {
    const result = spc(repeat([3], 14), { target: 4 });
    expect(result.points.every((point) => point.lower === 3 && point.upper === 3 && !point.special)).toBe(true);
    expect(result.assurance).toBe('fail');
  });

  it('a point on the mean in exact arithmetic is on it in floating point too', () => {
    // The 'point on the mean' series scaled to percentages: its mean is 0.4, which floating point sums
    // to 0.3999999999999999; the 0.4 in the middle still breaks the run of seven.
    const series = [...repeat([0.7, 0.1], 4), 0.55, 0.55, 0.55, 0.4, 0.55, 0.55, 0.55, ...repeat([0.25], 6)];
    const result = spc(series);
    expect(result.points[0].mean).not.toBe(0.4);
    expect(specialAt(result)).toEqual([]);
  });

  it('refuses values that are not numbers, a target that is not one, and unknown directions', () => {
    expect(() => spc([1, Number.NaN, 3])).toThrow('Point 2 is not a number (NaN).');
    expect(() => spc([1, Infinity])).toThrow(/Point 2/);
    expect(() => spc([1, 2], { target: Number.NaN })).toThrow(/target/);
    // @ts-expect-error: a caller from outside TypeScript (a cell) can pass any word.
    expect(() => spc([1, 2], { improvement: 'up' })).toThrow('Improvement must be "increase" or "decrease", not "up".');
  });
});

describe('spc: properties', () => {
  const series = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 0, maxLength: 40 });

  it('one point out per point in, each with its value, limits either side of its mean', () => {
    fc.assert(
      fc.property(series, (values) => {
        const { points } = spc(values);
        expect(points.map((point) => point.value)).toEqual(values);
        for (const point of points) {
          if (point.lower === null || point.upper === null) continue;
          expect(point.lower).toBeLessThanOrEqual(point.mean);
          expect(point.upper - point.mean).toBeCloseTo(point.mean - point.lower, 6);
          if (point.value > point.upper + 1e-6 || point.value < point.lower - 1e-6) expect(point.special).toBe(true);
          expect(point.signal === 'common').toBe(!point.special);
        }
      }),
    );
  });

  it('a series turned upside down, with improvement reversed, gives the same signals and assurance', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: -1000, max: 1000 }), (values, target) => {
        const up = spc(values, { target });
        const down = spc(
          values.map((value) => -value),
          { target: -target, improvement: 'decrease' },
        );
        expect(down.points.map((point) => point.signal)).toEqual(up.points.map((point) => point.signal));
        expect(down.variation).toBe(up.variation);
        expect(down.assurance).toBe(up.assurance);
      }),
    );
  });

  it('each period is computed as if it stood alone', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 39 }), (values, cut) => {
        fc.pre(cut < values.length);
        const whole = spc(values, { rebase: [cut] }).points;
        expect(whole).toEqual([...spc(values.slice(0, cut)).points, ...spc(values.slice(cut)).points]);
      }),
    );
  });
});
