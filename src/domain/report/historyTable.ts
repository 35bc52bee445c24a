/**
 * RRP History as plain data: its columns, one line per region, metric and month with a used actual
 * (historyRows, with its period's mean and limits and its signal from historySpc), and the reverse:
 * the analyst's Commentary and New period entries read from an earlier History, kept by region,
 * metric and month. The Excel layer's report/historyTable.ts writes it.
 */
import { cellText } from '../cellText';
import { FORMAT } from '../layout/formats';
import type { ColumnSpec } from '../layout/tables';
import { readMetricName } from '../metrics';
import { firstDaySerial, monthOfSerial, type MonthIndex } from '../months';
import type { MetricCode, RegionCode } from '../planSchema';
import { readRegionName } from '../regions';
import type { HistoryRow } from './history';
import { commentaryKey, commentaryText, type Cell } from './reportGrid';
import { acrossBreak } from './seriesBreak';
import { periodKey, SERIES_BREAK_MARK, type HistorySpc } from './variation';

export const HISTORY_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Region' },
  { header: 'Metric' },
  { header: 'Month', format: FORMAT.month },
  { header: 'Edition', format: FORMAT.year },
  { header: 'Actual', format: FORMAT.percent },
  { header: 'Trajectory', format: FORMAT.percent },
  { header: 'Target', format: FORMAT.percent },
  { header: 'Status' },
  { header: 'Year to date', format: FORMAT.percent },
  { header: 'New period', format: FORMAT.text, width: 80 },
  { header: 'Mean', format: FORMAT.percent },
  { header: 'Lower limit', format: FORMAT.percent },
  { header: 'Upper limit', format: FORMAT.percent },
  { header: 'Signal', width: 170 },
  { header: 'Note', width: 220 },
  { header: 'Commentary', format: FORMAT.text, width: 220 },
];

const index = (header: string): number => HISTORY_COLUMNS.findIndex((c) => c.header === header);
export const HISTORY_COL = {
  month: index('Month'),
  actual: index('Actual'),
  trajectory: index('Trajectory'),
  target: index('Target'),
  mean: index('Mean'),
  lower: index('Lower limit'),
  upper: index('Upper limit'),
  commentary: index('Commentary'),
} as const;

export function historyLine(row: HistoryRow, commentary: string, spc: HistorySpc): Cell[] {
  return [
    row.region,
    row.metric,
    firstDaySerial(row.month),
    row.edition ?? '',
    row.actual,
    row.trajectory ?? '',
    row.target ?? '',
    row.status,
    row.yearToDate?.value ?? '',
    spc.newPeriod, // a Text (@) column, like Commentary
    spc.mean,
    spc.lower ?? '',
    spc.upper ?? '',
    cellText(spc.text),
    cellText(row.note),
    commentary, // a Text (@) column: kept as text without an apostrophe
  ];
}

/**
 * The rows of an earlier RRP History whose region, metric and month read, each with its cell in
 * `column`; none when a column is missing (a History the analyst changed).
 */
function* historyEntries(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  column: string,
): Generator<{ region: RegionCode; metric: MetricCode; month: MonthIndex; cell: unknown }> {
  const at = (name: string) => header.findIndex((h) => h === name);
  const [r, m, mo, c] = [at('Region'), at('Metric'), at('Month'), at(column)];
  if (r < 0 || m < 0 || mo < 0 || c < 0) return;
  for (const cells of body) {
    const region = readRegionName(cells[r]).code;
    const metric = readMetricName(cells[m]).code;
    const month = typeof cells[mo] === 'number' ? monthOfSerial(cells[mo] as number) : undefined;
    if (region && metric && month !== undefined) yield { region, metric, month, cell: cells[c] };
  }
}

/** The commentary in an earlier RRP History, by region, metric and month. */
export function historyCommentary(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { region, metric, month, cell } of historyEntries(header, body, 'Commentary')) {
    const text = commentaryText(cell);
    if (text.trim() !== '') out.set(commentaryKey(region, metric, month), text);
  }
  return out;
}

/**
 * The analyst's New period entries in an earlier RRP History, by region, metric and month, as typed.
 * The add-in's own "Series break" (at the first month from May 2024 of a series) is not an entry: it
 * is worked out again, so it follows the data when an earlier month is added.
 */
export function historyPeriodMarks(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
): Map<string, string> {
  const out = new Map<string, string>();
  const previous = new Map<string, MonthIndex>();
  for (const { region, metric, month, cell } of historyEntries(header, body, 'New period')) {
    const before = previous.get(`${region}|${metric}`);
    previous.set(`${region}|${metric}`, month);
    const text = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
    const addInsOwn = text === SERIES_BREAK_MARK && before !== undefined && acrossBreak(before, month);
    if (text.trim() !== '' && !addInsOwn) out.set(periodKey(region, metric, month), text);
  }
  return out;
}
