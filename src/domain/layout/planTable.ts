/**
 * RRP Plan as plain data (its names are in sheetNames.ts): the analyst's columns (the domain's
 * PLAN_COLUMNS) with their formats, then Check, the add-in's own column, and the drop-down lists.
 * The Excel layer's plan/sheet.ts makes the table.
 */
import { METRICS } from '../metrics';
import { PLAN_COLUMNS, type PlanColumn } from '../planColumns';
import { exactText } from '../cellText';
import type { PlanRecord } from '../planSchema';
import { planRowOf, TARGET_KINDS } from '../workbookPlan';
import { REGIONS } from '../regions';
import { FORMAT } from './formats';
import { CHECK_HEADER } from './sheetNames';
import type { CellEntry, ColumnSpec, TableSpec } from './tables';

const FORMATS: Record<PlanColumn, Omit<ColumnSpec, 'header'>> = {
  Region: {},
  Edition: { format: FORMAT.year },
  Metric: {},
  Kind: {},
  Baseline: { format: FORMAT.percent },
  'Baseline month': { format: FORMAT.month },
  Change: { format: FORMAT.percent },
  Target: { format: FORMAT.percent },
  Deadline: { format: FORMAT.month },
  'Source document': { width: 200 },
  Section: { width: 120 },
  Sentence: { width: 420 },
};

export const PLAN_TABLE_COLUMNS: readonly ColumnSpec[] = [
  ...PLAN_COLUMNS.map((header) => ({ header, ...FORMATS[header] })),
  { header: CHECK_HEADER, format: FORMAT.text, width: 240 },
];

export const PLAN_TABLE_SPEC: TableSpec = { columns: PLAN_TABLE_COLUMNS, style: 'TableStyleMedium4' };

/** The drop-down lists of RRP Plan's columns: codes (names are accepted too, and the check says so). */
export const PLAN_LISTS = {
  Region: REGIONS.map((r) => r.code),
  Metric: METRICS.map((m) => m.code),
  Kind: [...TARGET_KINDS],
} as const;

/**
 * A record as a row in the order of a table's columns: its cells where the table has their column,
 * blank elsewhere; text exactly as given (never a formula, number or date), numbers as they are.
 */
export function planTableRow(record: PlanRecord, columnOf: (column: PlanColumn) => number, width: number): CellEntry[] {
  const cells = planRowOf(record);
  const row: CellEntry[] = Array.from({ length: width }, () => '');
  for (const column of PLAN_COLUMNS) {
    const value = cells[column];
    row[columnOf(column)] = typeof value === 'string' ? exactText(value) : value;
  }
  return row;
}
