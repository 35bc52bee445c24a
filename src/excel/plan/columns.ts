/**
 * RRP Plan: the plan targets kept in the workbook, one row per region, edition and metric, in the
 * analyst's columns (the domain's PLAN_COLUMNS), then Check, the add-in's own column, which every
 * check rewrites. Columns are found by header, so columns moved or added by the analyst do not matter.
 */
import { PLAN_COLUMNS, type PlanColumn } from '../../domain/planColumns';
import { FORMAT } from '../shared/formats';
import type { ColumnSpec, TableSpec } from '../shared/tableWriter';

/**
 * ExcelApi versions RRP Plan needs: reading (*OrNullObject) 1.4; watching (table.onChanged) 1.7;
 * creating it (data validation) 1.8. A full recalculation (application.calculate) is 1.1.
 */
export const PLAN_API = { read: '1.4', watch: '1.7', append: '1.8' } as const;

export const PLAN_SHEET = 'RRP Plan';
export const PLAN_TABLE = 'RRPPlan';
export const CHECK_HEADER = 'Check';

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

export const PLAN_TABLE_COLUMNS: readonly ColumnSpec[] = [...PLAN_COLUMNS.map((header) => ({ header, ...FORMATS[header] })), { header: CHECK_HEADER, format: FORMAT.text, width: 240 }];

export const PLAN_TABLE_SPEC: TableSpec = { columns: PLAN_TABLE_COLUMNS, style: 'TableStyleMedium4' };
