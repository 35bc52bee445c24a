/**
 * Where things are in RRP Plan, read in one sync with whatever else is queued: which table column
 * holds each of the analyst's columns and Check (by header), how many rows there are, the sheet and
 * whether it is protected. The loads are queued here; what they say is worked out by check.ts
 * (planLayoutOf), which loads only when the workbook has the table.
 */
import type { PlanColumn } from '../../domain/planColumns';
import { PLAN_TABLE } from './columns';

export interface PlanLayout {
  table: Excel.Table;
  rowCount: number;
  headers: string[];
  /** Table column (0-based) of each analyst column the table has. */
  columns: Partial<Record<PlanColumn, number>>;
  /** Table column (0-based) of Check, when the table has it. */
  check: number | undefined;
  sheetName: string;
  sheetProtected: boolean;
  /** Sheet column (0-based) of the table's first column. */
  firstSheetColumn: number;
}

export interface QueuedPlanLayout {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  sheet: Excel.Worksheet;
}

/** Queues the loads of RRP Plan's layout; they come to nothing (a null object) when there is no table. */
export function queuePlanLayout(context: Excel.RequestContext): QueuedPlanLayout {
  const table = context.workbook.tables.getItemOrNullObject(PLAN_TABLE);
  return {
    table,
    header: table.getHeaderRowRange().load('values,columnIndex'),
    body: table.getDataBodyRange().load('rowCount'),
    sheet: table.worksheet.load('name,protection/protected'),
  };
}
