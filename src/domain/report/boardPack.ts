/**
 * The board pack from the cells of RRP Report and RRP History as read (report/boardPack.ts reads
 * them): the sheets with the styles the add-in gave them (header, status colours), and from the same
 * cells each region and metric's report line and monthly series, from which the pane draws the
 * pack's summary page and charts.
 */
import { readMetricName } from '../metrics';
import { monthOfSerial, type MonthIndex } from '../months';
import { REGION_CODES, type MetricCode, type RegionCode } from '../planSchema';
import { readRegionName } from '../regions';
import { HISTORY_COLUMNS, historyPeriodMarks } from './historyTable';
import { readOldReport, REPORT_COL, REPORT_COLUMNS } from './reportGrid';
import { FOOTER, HEADER_STYLE, REPORT_STATUS_COLOURS } from './reportStyle';
import type { BoardPackData, PackLine, PackSeries, PackSheet, PackStyle } from './results';

/** A cell's value as Excel gives it. */
export type SheetValue = string | number | boolean;

/** A sheet's cells as read: values and number formats, row by row. */
export interface SheetCells {
  name: string;
  values: SheetValue[][];
  formats: string[][];
}

function reportSheetOf(
  name: string,
  values: SheetValue[][],
  formats: string[][],
): { sheet: PackSheet; month: number; regions: RegionCode[] } {
  const old = readOldReport(values);
  const header = values.findIndex(
    (row) => row[REPORT_COL.region] === 'Region' && row[REPORT_COL.commentary] === 'Commentary',
  );
  const styles: PackStyle[] = [{ row: 0, column: 0, rows: 1, columns: 1, bold: true }];
  if (header >= 0)
    styles.push({
      row: header,
      column: 0,
      rows: 1,
      columns: REPORT_COLUMNS.length,
      bold: true,
      fill: HEADER_STYLE.fill,
      font: HEADER_STYLE.font,
      wrap: true,
    });
  values.forEach((row, r) => {
    if (r <= header) return;
    const colours =
      typeof row[REPORT_COL.status] === 'string' ? REPORT_STATUS_COLOURS[row[REPORT_COL.status] as string] : undefined;
    if (colours)
      styles.push({ row: r, column: REPORT_COL.status, rows: 1, columns: 1, fill: colours.fill, font: colours.font });
    if (typeof row[REPORT_COL.notes] === 'string' && row[REPORT_COL.notes] !== '')
      styles.push({ row: r, column: REPORT_COL.notes, rows: 1, columns: 2, wrap: true });
    if (row[REPORT_COL.month] === '' && row[REPORT_COL.region] !== '' && String(row[REPORT_COL.region]).includes(':'))
      styles.push({ row: r, column: 0, rows: 1, columns: REPORT_COLUMNS.length, bold: true });
  });
  const month = old.figures[0]?.month ?? monthOfSerial(Number(values[header + 1]?.[REPORT_COL.month])) ?? 0;
  const regions = REGION_CODES.filter((code) => old.figures.some((f) => f.region === code));
  const sheet: PackSheet = {
    name,
    values,
    formats,
    widths: REPORT_COLUMNS.map((c) => ('width' in c ? c.width : 64)),
    styles,
    titleRow: header >= 0 ? header : undefined,
    footer: { left: FOOTER.left(month), centre: FOOTER.centre, right: FOOTER.right },
  };
  return { sheet, month, regions };
}

const numberOr = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const monthOr = (v: unknown): MonthIndex | undefined => (typeof v === 'number' ? monthOfSerial(v) : undefined);

/** The report's lines for its month, found by their column headings. */
function packLines(values: readonly (readonly SheetValue[])[], month: MonthIndex): PackLine[] {
  const header = values.findIndex(
    (row) => row[REPORT_COL.region] === 'Region' && row[REPORT_COL.commentary] === 'Commentary',
  );
  if (header < 0) return [];
  const at = (name: string): number => values[header].indexOf(name);
  const [actual, actualMonth, target, deadline, trajectory] = [
    'Actual',
    'Actual month',
    'Target',
    'Deadline',
    'Trajectory',
  ].map(at);
  const lines: PackLine[] = [];
  for (const row of values.slice(header + 1)) {
    const region = readRegionName(row[REPORT_COL.region]).code;
    const metric = readMetricName(row[REPORT_COL.metric]).code;
    const status = row[REPORT_COL.status];
    if (monthOr(row[REPORT_COL.month]) !== month || !region || !metric || typeof status !== 'string' || status === '')
      continue;
    lines.push({
      region,
      metric,
      status,
      actual: numberOr(row[actual]),
      actualMonth: monthOr(row[actualMonth]),
      target: numberOr(row[target]),
      deadline: monthOr(row[deadline]),
      trajectory: numberOr(row[trajectory]),
    });
  }
  return lines;
}

/** RRP History's rows (header first) as one series per region and metric, in month order. */
function packSeries(values: readonly (readonly SheetValue[])[]): PackSeries[] {
  const at = (name: string): number => values[0]?.indexOf(name) ?? -1;
  const [region, metric, month, actual, trajectory, target] = [
    'Region',
    'Metric',
    'Month',
    'Actual',
    'Trajectory',
    'Target',
  ].map(at);
  type Point = { month: MonthIndex; actual: number; trajectory?: number; target?: number };
  const points = new Map<string, { region: RegionCode; metric: MetricCode; points: Point[] }>();
  for (const row of values.slice(1)) {
    const r = readRegionName(row[region]).code;
    const m = readMetricName(row[metric]).code;
    const mo = monthOr(row[month]);
    const value = numberOr(row[actual]);
    if (!r || !m || mo === undefined || value === undefined) continue;
    const key = `${r}|${m}`;
    if (!points.has(key)) points.set(key, { region: r, metric: m, points: [] });
    points.get(key)?.points.push({
      month: mo,
      actual: value,
      trajectory: numberOr(row[trajectory]),
      target: numberOr(row[target]),
    });
  }
  // The analyst may have sorted the table: each series goes in month order.
  return [...points.values()].map(({ region: r, metric: m, points: list }) => {
    const sorted = [...list].sort((a, b) => a.month - b.month);
    return {
      region: r,
      metric: m,
      months: sorted.map((p) => p.month),
      actuals: sorted.map((p) => p.actual),
      trajectory: sorted.map((p) => p.trajectory),
      target: sorted.map((p) => p.target),
    };
  });
}

/** The pack from RRP Report's cells (the add-in's report, from A1) and RRP History's (header first), when there is one. */
export function boardPackOf(report: SheetCells, history: SheetCells | undefined): BoardPackData {
  const { sheet, month, regions } = reportSheetOf(report.name, report.values, report.formats);
  const pack: BoardPackData = {
    month,
    regions,
    report: sheet,
    lines: packLines(report.values, month),
    series: history ? packSeries(history.values) : [],
    periodMarks: history ? historyPeriodMarks(history.values[0], history.values.slice(1)) : new Map(),
    statusColours: REPORT_STATUS_COLOURS,
  };
  if (history) {
    pack.history = {
      name: history.name,
      values: history.values,
      formats: history.formats,
      widths: HISTORY_COLUMNS.map((c) => c.width ?? 72),
      styles: [
        {
          row: 0,
          column: 0,
          rows: 1,
          columns: HISTORY_COLUMNS.length,
          bold: true,
          fill: HEADER_STYLE.fill,
          font: HEADER_STYLE.font,
        },
      ],
      titleRow: 0,
    };
  }
  return pack;
}

/** "board-pack-KSS-SC-2023-03.xlsx". */
export function boardPackFileName(pack: Pick<BoardPackData, 'month' | 'regions'>): string {
  const month = `${Math.floor(pack.month / 12)}-${String((pack.month % 12) + 1).padStart(2, '0')}`;
  return `board-pack-${[...pack.regions].join('-') || 'report'}-${month}.xlsx`;
}
