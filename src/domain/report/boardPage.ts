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
import { spc, SPC_MIN_POINTS, spcPeriods, type Signal, type SpcResult } from '../spc';
import { QUALITATIVE } from './reportRows';
import type { BoardPackData, PackLine, PackSeries } from './results';
import { readingTexts, rebaseIndices, RRP_IMPROVEMENT, spcReading, type PeriodMarks } from './variation';

export interface BoardMetric {
  metric: MetricCode;
  name: string;
  line: PackLine;
  /** The months up to the report month with a used actual, and their XmR reading; undefined when there are none. */
  series?: PackSeries;
  spc?: SpcResult;
  /** Each point's signal as the pack marks it: a special cause only in a period long enough to read. */
  signals: Signal[];
  /** Indices of `series` where a new period starts (the series break, or where the analyst marks one on RRP History). */
  rebase: number[];
  variation: string;
  assurance: string;
}

export interface BoardPage {
  region: RegionCode;
  title: string;
  metrics: BoardMetric[];
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

function boardMetric(line: PackLine, all: PackSeries | undefined, month: MonthIndex, marks: PeriodMarks): BoardMetric {
  const base = { metric: line.metric, name: metricName(line.metric), line, rebase: [], signals: [] };
  const series = all && upTo(all, month);
  if (series === undefined || series.months.length === 0) {
    const none = line.status === QUALITATIVE ? '– A commitment in words, not a figure' : '– No actuals yet';
    return { ...base, variation: none, assurance: none };
  }
  // The same reading as RRP Report's (variation.ts), and the points and limits the chart draws.
  const rebase = rebaseIndices(line.region, line.metric, series.months, marks);
  const target = line.target ?? null;
  const texts = readingTexts(spcReading(series.actuals, rebase, target));
  const result = spc(series.actuals, { rebase, target, improvement: RRP_IMPROVEMENT });
  const readable = spcPeriods(series.months.length, rebase).flatMap(({ start, end }) =>
    Array.from({ length: end - start }, () => end - start >= SPC_MIN_POINTS),
  );
  const signals = result.points.map((p, i): Signal => (readable[i] && p.special ? p.signal : 'common'));
  return { ...base, series, spc: result, rebase, signals, ...texts };
}

export function boardPages(
  pack: Pick<BoardPackData, 'month' | 'regions' | 'lines' | 'series' | 'periodMarks'>,
): BoardPage[] {
  return pack.regions.flatMap((region) => {
    const lines = pack.lines.filter((l) => l.region === region);
    if (lines.length === 0) return [];
    const metrics = lines.map((line) =>
      boardMetric(
        line,
        pack.series.find((s) => s.region === region && s.metric === line.metric),
        pack.month,
        pack.periodMarks,
      ),
    );
    return [{ region, title: regionName(region), metrics }];
  });
}
