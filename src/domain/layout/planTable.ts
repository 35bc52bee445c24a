/**
 * RRP Plan as plain data (its names are in sheetNames.ts): the analyst's columns (the domain's
 * PLAN_COLUMNS) with their formats, then Check, the add-in's own column, and the drop-down lists.
 * The Excel layer's plan/sheet.ts makes the table.
 */
import { METRICS } from '../metrics';
import { PLAN_COLUMNS, type PlanColumn } from '../planColumns';
import { REGIONS } from '../regions';
import { TARGET_KINDS } from '../workbookPlan';
import { FORMAT } from './formats';
import { CHECK_HEADER } from './sheetNames';
import type { ColumnSpec, TableSpec } from './tables';

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
