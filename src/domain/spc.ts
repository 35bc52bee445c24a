/**
 * Signal and noise: the NHS "Making Data Count" XmR chart, with the rules NHSRplotthedots (the public
 * reference implementation) applies. Pure: the workbook, the RRP.SPC function and the board pack all
 * call this one calculation.
 */

export type Improvement = 'increase' | 'decrease';
export type Signal = 'common' | 'improvement' | 'concern';
export type Assurance = 'pass' | 'fail' | 'hit and miss';

export interface SpcPoint {
  value: number;
  mean: number;
  /** Null when the point's period has fewer than 2 points (no moving range, so no limits). */
  lower: number | null;
  upper: number | null;
  special: boolean;
  signal: Signal;
}

export interface SpcResult {
  points: SpcPoint[];
  variation: Signal;
  assurance: Assurance | null;
}

export interface SpcOptions {
  /** Indices where a new period starts (its own mean and limits); 0 and indices past the end change nothing. */
  rebase?: readonly number[];
  target?: number | null;
  improvement?: Improvement;
}

export const IMPROVEMENTS: readonly Improvement[] = ['increase', 'decrease'];

/** Making Data Count asks for at least this many points in a period before its limits mean much. */
export const SPC_MIN_POINTS = 12;

/** Natural process limits lie this many mean moving ranges from the mean. */
const LIMIT = 2.66;
/** Moving ranges this many times their mean or more are screened out before the limits are set. */
const SCREEN = 3.267;
/** Runs (one side of the mean, or rising/falling) of this many points are special causes. */
const RUN = 7;

// Values come from spreadsheets, where 0.1 + 0.2 is not 0.3: a point "on the mean" or "on a limit" is
// one within a margin far below any figure a report shows.
const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const sideOf = (value: number, level: number): -1 | 0 | 1 => (near(value, level) ? 0 : value > level ? 1 : -1);

const meanOf = (xs: readonly number[]): number => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/** The periods (start inclusive, end exclusive) that `rebase` cuts a series of `length` points into. */
export function spcPeriods(length: number, rebase: readonly number[] = []): { start: number; end: number }[] {
  for (const index of rebase) {
    if (!Number.isInteger(index) || index < 0) {
      throw new RangeError(`A rebase point must be a whole number of points from the start, not ${index}.`);
    }
  }
  const starts = [...new Set([0, ...rebase.filter((index) => index < length)])].sort((a, b) => a - b);
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : length }));
}

/** The mean moving range after screening, or null for a period of one point. */
function meanMovingRange(values: readonly number[]): number | null {
  const ranges = values.slice(1).map((value, i) => Math.abs(value - values[i]));
  if (ranges.length === 0) return null;
  const first = meanOf(ranges);
  // Every moving range zero: nothing to screen (NHSRplotthedots would screen them all out and give no
  // limits); a flat series has its limits on its mean.
  if (first === 0) return 0;
  return meanOf(ranges.filter((range) => range < SCREEN * first));
}

/** Marks every point of each run of at least `minimum` points in which `links(i)` joins each point i to the one before. */
function markRuns(length: number, links: (i: number) => boolean, minimum: number, special: boolean[]): void {
  let runStart = 0;
  for (let i = 1; i <= length; i++) {
    if (i < length && links(i)) continue;
    if (i - runStart >= minimum) for (let j = runStart; j < i; j++) special[j] = true;
    runStart = i;
  }
}

function periodPoints(values: readonly number[], better: 1 | -1): SpcPoint[] {
  const mean = meanOf(values);
  const mr = meanMovingRange(values);
  const lower = mr === null ? null : mean - LIMIT * mr;
  const upper = mr === null ? null : mean + LIMIT * mr;
  const nearLower = mr === null ? null : mean - ((2 * LIMIT) / 3) * mr;
  const nearUpper = mr === null ? null : mean + ((2 * LIMIT) / 3) * mr;

  const side = values.map((value) => sideOf(value, mean));
  const outside = values.map(
    (value) => lower !== null && upper !== null && (sideOf(value, upper) > 0 || sideOf(value, lower) < 0),
  );
  // As NHSRplotthedots counts it: beyond two-thirds of the way to a limit but not beyond the limit.
  const close = values.map(
    (value, i) =>
      !outside[i] &&
      nearLower !== null &&
      nearUpper !== null &&
      (sideOf(value, nearUpper) > 0 || sideOf(value, nearLower) < 0),
  );

  const special = [...outside];
  // A point on the mean is on neither side, so it breaks a run.
  markRuns(values.length, (i) => side[i] !== 0 && side[i] === side[i - 1], RUN, special);
  markRuns(values.length, (i) => sideOf(values[i], values[i - 1]) > 0, RUN, special);
  markRuns(values.length, (i) => sideOf(values[i], values[i - 1]) < 0, RUN, special);
  for (let i = 0; i + 2 < values.length; i++) {
    const window = [i, i + 1, i + 2];
    const oneSide = side[i] !== 0 && window.every((j) => side[j] === side[i]);
    if (oneSide && window.filter((j) => close[j]).length >= 2) for (const j of window) if (close[j]) special[j] = true;
  }

  return values.map((value, i) => ({
    value,
    mean,
    lower,
    upper,
    special: special[i],
    signal: !special[i] ? 'common' : side[i] === better ? 'improvement' : 'concern',
  }));
}

function assuranceOf(
  target: number,
  lower: number | null,
  upper: number | null,
  improvement: Improvement,
): Assurance | null {
  if (lower === null || upper === null) return null;
  const above = sideOf(target, upper) > 0;
  const below = sideOf(target, lower) < 0;
  if (!above && !below) return 'hit and miss';
  // A target beyond the upper limit is out of the process's reach when higher is better, and met every
  // month when lower is better.
  return above === (improvement === 'increase') ? 'fail' : 'pass';
}

export function spc(values: readonly number[], options: SpcOptions = {}): SpcResult {
  const improvement = options.improvement ?? 'increase';
  if (!IMPROVEMENTS.includes(improvement)) {
    throw new RangeError(`Improvement must be "increase" or "decrease", not "${String(improvement)}".`);
  }
  values.forEach((value, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new RangeError(`Point ${i + 1} is not a number (${String(value)}).`);
    }
  });
  const target = options.target ?? null;
  if (target !== null && !Number.isFinite(target)) throw new RangeError(`The target is not a number (${target}).`);

  const better = improvement === 'increase' ? 1 : -1;
  const points = spcPeriods(values.length, options.rebase).flatMap(({ start, end }) =>
    periodPoints(values.slice(start, end), better),
  );
  const last = points.at(-1);
  return {
    points,
    variation: last?.signal ?? 'common',
    assurance: last === undefined || target === null ? null : assuranceOf(target, last.lower, last.upper, improvement),
  };
}
