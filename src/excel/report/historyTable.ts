/**
 * RRP History: one table row per region, metric and month with a used actual (the domain's
 * historyRows), with its period's mean and limits and its signal (historySpc), rebuilt on every build
 * with the analyst's Commentary and New period entries kept by region, metric and month. Always at
 * A1 of its sheet, so the charts' ranges are known without reading the sheet. Its rows go in blocks
 * of at most MAX_REQUEST_BYTES, one sync each, when they would not fit one request.
 */
import { firstDaySerial, monthOfSerial, type MonthIndex } from '../../domain/months';
import {
  acrossBreak,
  commentaryKey,
  commentaryText,
  periodKey,
  SERIES_BREAK_MARK,
  type Cell,
  type HistoryRow,
  type HistorySpc,
} from '../../domain/report';
import { readMetricName } from '../../domain/metrics';
import { readRegionName } from '../../domain/regions';
import { asCellText } from '../shared/cellText';
import { FORMAT } from '../../domain/layout/formats';
import type { ColumnSpec } from '../../domain/layout/tables';
import { MAX_REQUEST_BYTES, REPORT_TABLES } from './names';

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
    asCellText(spc.text),
    asCellText(row.note),
    commentary, // a Text (@) column: kept as text without an apostrophe
  ];
}

/** The commentary in an earlier RRP History, by region, metric and month. */
export function historyCommentary(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
): Map<string, string> {
  const at = (name: string) => header.findIndex((h) => h === name);
  const [r, m, mo, c] = [at('Region'), at('Metric'), at('Month'), at('Commentary')];
  const out = new Map<string, string>();
  if (r < 0 || m < 0 || mo < 0 || c < 0) return out;
  for (const cells of body) {
    const region = readRegionName(cells[r]).code;
    const metric = readMetricName(cells[m]).code;
    const month = typeof cells[mo] === 'number' ? monthOfSerial(cells[mo] as number) : undefined;
    const text = commentaryText(cells[c]);
    if (region && metric && month !== undefined && text.trim() !== '')
      out.set(commentaryKey(region, metric, month), text);
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
  const at = (name: string) => header.findIndex((h) => h === name);
  const [r, m, mo, p] = [at('Region'), at('Metric'), at('Month'), at('New period')];
  const out = new Map<string, string>();
  if (r < 0 || m < 0 || mo < 0 || p < 0) return out;
  const previous = new Map<string, MonthIndex>();
  for (const cells of body) {
    const region = readRegionName(cells[r]).code;
    const metric = readMetricName(cells[m]).code;
    const month = typeof cells[mo] === 'number' ? monthOfSerial(cells[mo] as number) : undefined;
    if (!region || !metric || month === undefined) continue;
    const before = previous.get(`${region}|${metric}`);
    previous.set(`${region}|${metric}`, month);
    const text = typeof cells[p] === 'string' || typeof cells[p] === 'number' ? String(cells[p]) : '';
    const addInsOwn = text === SERIES_BREAK_MARK && before !== undefined && acrossBreak(before, month);
    if (text.trim() !== '' && !addInsOwn) out.set(periodKey(region, metric, month), text);
  }
  return out;
}

/** Rows in consecutive blocks whose JSON (as Office.js sends it) stays under `maxBytes`. */
export function byteBlocks<T>(rows: readonly T[], maxBytes = MAX_REQUEST_BYTES): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = new TextEncoder().encode(JSON.stringify(row)).length + 1;
    if (i > start && bytes + size > maxBytes) {
      blocks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) blocks.push({ start, count: rows.length - start });
  return blocks;
}

/**
 * Writes RRP History at A1 of `sheet` (its old table, if any, already removed by the caller), body
 * first in byte-sized blocks (a sync after each but the last), then the table over it. Resolves once
 * the last block is queued; the caller's sync sends it with the table.
 */
export async function writeHistory(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  lines: readonly Cell[][],
): Promise<Excel.Table> {
  const columns = HISTORY_COLUMNS.length;
  sheet.getRangeByIndexes(0, 0, 1, columns).values = [HISTORY_COLUMNS.map((c) => c.header)];
  const formats = HISTORY_COLUMNS.map((c) => c.format ?? FORMAT.general);
  // A block's request carries each row's number formats beside its values: both count.
  const blocks = byteBlocks(lines.map((line) => [...line, ...formats]));
  for (const [i, block] of blocks.entries()) {
    const range = sheet.getRangeByIndexes(1 + block.start, 0, block.count, columns);
    range.numberFormat = lines.slice(block.start, block.start + block.count).map(() => formats);
    range.values = lines.slice(block.start, block.start + block.count).map((l) => [...l]);
    if (i < blocks.length - 1) await context.sync();
  }
  if (lines.length === 0) sheet.getRangeByIndexes(1, 0, 1, columns).numberFormat = [formats];
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + Math.max(lines.length, 1), columns), true);
  table.name = REPORT_TABLES.history;
  table.style = 'TableStyleMedium2';
  table.getRange().format.autofitColumns();
  for (const c of HISTORY_COLUMNS)
    if (c.width !== undefined) table.columns.getItem(c.header).getRange().format.columnWidth = c.width;
  table.columns.getItem('New period').getDataBodyRange().dataValidation.prompt = {
    title: 'New period',
    message:
      'Type Yes to start a new period (its own mean and limits) at this month, or No where the add-in wrote Series break to keep one period. Kept when the report is built again.',
    showPrompt: true,
  };
  return table;
}
