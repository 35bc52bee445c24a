/**
 * The analyst's columns of RRP Plan, the plan kept in the workbook: the fields of the built-in plan
 * data, by the names the table gives them. Apart from workbookPlan.ts, which checks the rows, so the
 * Excel layer can find the columns without loading the check.
 */
import type { CellValue } from './actuals/schema';

export const PLAN_COLUMNS = [
  'Region',
  'Edition',
  'Metric',
  'Kind',
  'Baseline',
  'Baseline month',
  'Change',
  'Target',
  'Deadline',
  'Source document',
  'Section',
  'Sentence',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];
/** A row of RRP Plan as Excel gives its values: each column by its header. */
export type PlanRow = Record<PlanColumn, CellValue>;
