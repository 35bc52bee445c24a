/**
 * RRP History: one row per region, metric and month with a used actual, measured against the edition
 * in force that month (or the analyst's pick for the region), sorted by region, metric and month so
 * each region and metric is one block of rows (what a chart's series reads).
 */
import { NO_ACTUAL_YET, type ProgressStatus } from '../actuals/progress';
import type { ParsedActual, YearToDate } from '../actuals/schema';
import { yearToDate } from '../actuals/yearToDate';
import type { MonthIndex } from '../months';
import { findTarget } from '../planData';
import { METRIC_CODES, REGION_CODES, type Edition, type MetricCode, type RegionCode } from '../planSchema';
import { progressAgainst } from '../status';
import { reportEdition, type EditionChoices } from './editionInForce';
import { QUALITATIVE } from './reportRows';
import { afterBreak, SERIES_BREAK_NOTE } from './seriesBreak';
import { seriesSpc, type HistorySpc, type PeriodMarks } from './variation';

export interface HistoryRow {
  region: RegionCode;
  metric: MetricCode;
  month: MonthIndex;
  edition?: Edition;
  actual: number;
  trajectory?: number;
  target?: number;
  status: ProgressStatus;
  yearToDate?: YearToDate;
  note: string;
}

const regionOrder = new Map<RegionCode, number>(REGION_CODES.map((c, i) => [c, i]));
const metricOrder = new Map<MetricCode, number>(METRIC_CODES.map((c, i) => [c, i]));

export function historyRows(actuals: readonly ParsedActual[], editions: EditionChoices = {}): HistoryRow[] {
  const sorted = [...actuals].sort(
    (a, b) =>
      (regionOrder.get(a.region) ?? 0) - (regionOrder.get(b.region) ?? 0) ||
      (metricOrder.get(a.metric) ?? 0) - (metricOrder.get(b.metric) ?? 0) ||
      a.month - b.month,
  );
  return sorted.map((a) => {
    const row: HistoryRow = {
      region: a.region,
      metric: a.metric,
      month: a.month,
      actual: a.value,
      status: NO_ACTUAL_YET,
      note: afterBreak(a.month) ? SERIES_BREAK_NOTE : '',
    };
    const edition = reportEdition(a.region, a.month, editions, a.metric);
    const target = edition === undefined ? undefined : findTarget(a.region, a.metric, edition);
    if (target !== undefined) {
      row.edition = target.edition;
      if (target.kind === 'qualitative') row.status = QUALITATIVE;
      else {
        const { status, trajectory } = progressAgainst(target, a.value, a.month);
        row.status = status;
        if (target.kind !== 'direction' && trajectory !== undefined) row.trajectory = trajectory;
        if (target.target !== null) row.target = target.target;
      }
    }
    const ytd = yearToDate(sorted, a.region, a.metric, a.month);
    if (ytd) row.yearToDate = ytd;
    return row;
  });
}

/** Where each region and metric's block of rows starts and how long it is, in history order. */
export function historyBlocks(
  rows: readonly HistoryRow[],
): { region: RegionCode; metric: MetricCode; start: number; count: number }[] {
  const blocks: { region: RegionCode; metric: MetricCode; start: number; count: number }[] = [];
  rows.forEach((row, i) => {
    const last = blocks[blocks.length - 1];
    if (last && last.region === row.region && last.metric === row.metric) last.count++;
    else blocks.push({ region: row.region, metric: row.metric, start: i, count: 1 });
  });
  return blocks;
}

/** Each history row's period mean, limits, signal and New period cell, computed per region and metric. */
export function historySpc(rows: readonly HistoryRow[], marks?: PeriodMarks): HistorySpc[] {
  return historyBlocks(rows).flatMap((block) =>
    seriesSpc(block.region, block.metric, rows.slice(block.start, block.start + block.count), marks),
  );
}
