/**
 * Signal and noise in the board report (Making Data Count): where each region and metric's series
 * starts a new period (the series break by default, and where the analyst marks one on RRP History),
 * what its last period says (variation and assurance) and how that reads in words and a symbol, so
 * no reader depends on colour.
 */
import type { ParsedActual } from '../actuals/schema';
import type { MonthIndex } from '../months';
import type { MetricCode, RegionCode } from '../planSchema';
import { spc, SPC_MIN_POINTS, spcPeriods, type Assurance, type Improvement, type Signal } from '../spc';
import { acrossBreak } from './seriesBreak';

/** Every RRP metric is a proportion where higher is better: the plans' targets are increases or levels to keep. */
export const RRP_IMPROVEMENT: Improvement = 'increase';

/** What RRP History's New period column says where the add-in starts a period by default. */
export const SERIES_BREAK_MARK = 'Series break';

/** The analyst's New period entries on RRP History, by periodKey: the text as typed. */
export type PeriodMarks = ReadonlyMap<string, string>;

export const periodKey = (region: RegionCode, metric: MetricCode, month: MonthIndex): string =>
  `${region}|${metric}|${month}`;

/**
 * How a New period entry reads: blank leaves the default (a period starts at the series break); "No"
 * stops one starting there; anything else starts one. (The add-in's own "Series break" entries are
 * not marks: the Excel layer leaves them out when it reads the table back.)
 */
export function readPeriodMark(text: string): 'yes' | 'no' | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  return t === 'no' || t === 'n' ? 'no' : 'yes';
}

/** Indices (into a series sorted by month) where a new period starts. */
export function rebaseIndices(
  region: RegionCode,
  metric: MetricCode,
  months: readonly MonthIndex[],
  marks: PeriodMarks = new Map(),
): number[] {
  const starts: number[] = [];
  for (let i = 1; i < months.length; i++) {
    const mark = readPeriodMark(marks.get(periodKey(region, metric, months[i])) ?? '');
    if (mark === 'yes' || (mark === undefined && acrossBreak(months[i - 1], months[i]))) starts.push(i);
  }
  return starts;
}

/** What the last period of a series says; too few points to say anything is its own answer. */
export type SpcReading =
  | { kind: 'too few'; points: number }
  | { kind: 'read'; points: number; variation: Signal; assurance: Assurance | null };

/** The reading of one region and metric's series (sorted by month), with the target for assurance. */
export function spcReading(
  values: readonly number[],
  rebase: readonly number[],
  target: number | null,
  improvement: Improvement = RRP_IMPROVEMENT,
): SpcReading {
  const last = spcPeriods(values.length, rebase).at(-1);
  const points = last === undefined ? 0 : last.end - last.start;
  if (points < SPC_MIN_POINTS) return { kind: 'too few', points };
  const result = spc(values, { rebase, target, improvement });
  return { kind: 'read', points, variation: result.variation, assurance: result.assurance };
}

/** The reading of one region and metric's actuals (in month order) up to a month, with the target for assurance. */
export function readingOf(
  series: readonly ParsedActual[],
  upTo: MonthIndex,
  target: number | null,
  marks?: PeriodMarks,
): SpcReading {
  const used = series.filter((a) => a.month <= upTo);
  if (used.length === 0) return { kind: 'too few', points: 0 };
  const { region, metric } = used[0];
  return spcReading(
    used.map((a) => a.value),
    rebaseIndices(
      region,
      metric,
      used.map((a) => a.month),
      marks,
    ),
    target,
  );
}

export const tooFewText = (points: number): string => `too few points (${points} of ${SPC_MIN_POINTS})`;

/** A point's or a series' signal in words with a symbol: the arrow is the side it moved to. */
export function signalText(signal: Signal, improvement: Improvement = RRP_IMPROVEMENT): string {
  const better = improvement === 'increase' ? '↑' : '↓';
  const worse = improvement === 'increase' ? '↓' : '↑';
  switch (signal) {
    case 'common':
      return '○ Common cause: no signal';
    case 'improvement':
      return `${better} Special cause: improvement`;
    case 'concern':
      return `${worse} Special cause: concern`;
  }
}

export const NO_TARGET_TEXT = '– No target to assure against';

export function assuranceText(assurance: Assurance | null): string {
  switch (assurance) {
    case 'pass':
      return '✓ Passes the target consistently';
    case 'fail':
      return '✗ Fails the target consistently';
    case 'hit and miss':
      return '± Hit and miss: the target is within the limits';
    case null:
      return NO_TARGET_TEXT;
  }
}

/** The variation and assurance cells of a reading. */
export function readingTexts(reading: SpcReading): { variation: string; assurance: string } {
  if (reading.kind === 'too few') {
    const text = tooFewText(reading.points);
    return { variation: text, assurance: text };
  }
  return { variation: signalText(reading.variation), assurance: assuranceText(reading.assurance) };
}

/** Per History row (rows of one region and metric in month order): its period's mean and limits, its signal and its New period cell. */
export interface HistorySpc {
  /** The New period cell: the analyst's entry as typed, or "Series break" where the add-in starts one by default. */
  newPeriod: string;
  mean: number;
  lower: number | null;
  upper: number | null;
  /** The point's signal; undefined in a period too short to read. */
  signal?: Signal;
  /** The signal in words, or "too few points (n of 12)". */
  text: string;
}

export function seriesSpc(
  region: RegionCode,
  metric: MetricCode,
  rows: readonly { month: MonthIndex; actual: number }[],
  marks: PeriodMarks = new Map(),
): HistorySpc[] {
  const months = rows.map((r) => r.month);
  const rebase = rebaseIndices(region, metric, months, marks);
  const { points } = spc(
    rows.map((r) => r.actual),
    { rebase, improvement: RRP_IMPROVEMENT },
  );
  const periods = spcPeriods(rows.length, rebase);
  return points.map((point, i) => {
    const period = periods.find((p) => i >= p.start && i < p.end) as { start: number; end: number };
    const size = period.end - period.start;
    const marked = marks.get(periodKey(region, metric, months[i])) ?? '';
    const row: HistorySpc = {
      newPeriod: marked.trim() === '' && i > 0 && acrossBreak(months[i - 1], months[i]) ? SERIES_BREAK_MARK : marked,
      mean: point.mean,
      lower: point.lower,
      upper: point.upper,
      text: size >= SPC_MIN_POINTS ? signalText(point.signal) : tooFewText(size),
    };
    if (size >= SPC_MIN_POINTS) row.signal = point.signal;
    return row;
  });
}
