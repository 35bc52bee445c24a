/**
 * The board's summary page, one per region: for each metric of the report, its latest actual,
 * target, trajectory and status (the report line), and what Making Data Count says of its monthly
 * series up to the report month: variation and assurance (spc.ts), in words with a symbol, never by
 * colour alone. The series, its limits and its signals are what the pack's pictures draw.
 */
import { metricName } from '../metrics';
import type { MonthIndex } from '../months';
import type { MetricCode, RegionCode } from '../planSchema';
import { regionName } from '../regions';
import { spc, SPC_MIN_POINTS, spcPeriods, type Assurance, type Signal, type SpcResult } from '../spc';
import { QUALITATIVE } from './reportRows';
import type { BoardPackData, PackLine, PackSeries } from './results';
import { acrossBreak } from './seriesBreak';

/** Every RRP metric is a proportion where higher is better. */
const IMPROVEMENT = 'increase';

export interface BoardMetric {
  metric: MetricCode;
  name: string;
  line: PackLine;
  /** The months up to the report month with a used actual, and their XmR reading; undefined when there are none. */
  series?: PackSeries;
  spc?: SpcResult;
  /** Indices of `series` where a new period starts (the series break). */
  rebase: number[];
  variation: string;
  assurance: string;
}

export interface BoardPage {
  region: RegionCode;
  title: string;
  metrics: BoardMetric[];
}

export const tooFewText = (points: number): string => `too few points (${points} of ${SPC_MIN_POINTS})`;

export function signalText(signal: Signal): string {
  switch (signal) {
    case 'common':
      return '○ Common cause: no signal';
    case 'improvement':
      return '↑ Special cause: improvement';
    case 'concern':
      return '↓ Special cause: concern';
  }
}

export function assuranceText(assurance: Assurance | null): string {
  switch (assurance) {
    case 'pass':
      return '✓ Passes the target consistently';
    case 'fail':
      return '✗ Fails the target consistently';
    case 'hit and miss':
      return '± Hit and miss: the target is within the limits';
    case null:
      return '– No target to assure against';
  }
}

/** The series up to `month`. */
function upTo(series: PackSeries, month: MonthIndex): PackSeries {
  const n = series.months.filter((m) => m <= month).length;
  return {
    ...series,
    months: series.months.slice(0, n),
    actuals: series.actuals.slice(0, n),
    trajectory: series.trajectory.slice(0, n),
    target: series.target.slice(0, n),
  };
}

function boardMetric(line: PackLine, all: PackSeries | undefined, month: MonthIndex): BoardMetric {
  const base = { metric: line.metric, name: metricName(line.metric), line, rebase: [] as number[] };
  const series = all && upTo(all, month);
  if (series === undefined || series.months.length === 0) {
    const none = line.status === QUALITATIVE ? '– A commitment in words, not a figure' : '– No actuals yet';
    return { ...base, variation: none, assurance: none };
  }
  const rebase = series.months.flatMap((m, i) => (i > 0 && acrossBreak(series.months[i - 1], m) ? [i] : []));
  const result = spc(series.actuals, { rebase, target: line.target ?? null, improvement: IMPROVEMENT });
  const last = spcPeriods(series.months.length, rebase).at(-1) as { start: number; end: number };
  const points = last.end - last.start;
  const read = points >= SPC_MIN_POINTS;
  return {
    ...base,
    series,
    spc: result,
    rebase,
    variation: read ? signalText(result.variation) : tooFewText(points),
    assurance: read ? assuranceText(result.assurance) : tooFewText(points),
  };
}

export function boardPages(pack: Pick<BoardPackData, 'month' | 'regions' | 'lines' | 'series'>): BoardPage[] {
  return pack.regions.flatMap((region) => {
    const lines = pack.lines.filter((l) => l.region === region);
    if (lines.length === 0) return [];
    const metrics = lines.map((line) =>
      boardMetric(
        line,
        pack.series.find((s) => s.region === region && s.metric === line.metric),
        pack.month,
      ),
    );
    return [{ region, title: regionName(region), metrics }];
  });
}
