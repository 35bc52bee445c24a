/**
 * Where things are in RRP Plan: first whether the table exists (probePlanTable), then, only when it
 * does, which table column holds each of the analyst's columns and Check (by header), how many rows
 * there are, the sheet and whether it is protected. The loads are queued here; what they say is
 * worked out by check.ts (planLayoutOf), which loads only when the workbook has the table.
 */
import type { PlanColumn } from '../../domain/planColumns';
import { PLAN_TABLE } from '../../domain/layout/sheetNames';

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

/**
 * RRP Plan looked up by name: whether it exists is known after the next sync (`isNullObject`). Excel
 * documents nothing else on a null object, so nothing else is asked of it before that is known.
 */
export const probePlanTable = (context: Excel.RequestContext): Excel.Table =>
  context.workbook.tables.getItemOrNullObject(PLAN_TABLE);

/** Queues the loads of the layout of RRP Plan, known to exist. */
export function queuePlanLayout(table: Excel.Table): QueuedPlanLayout {
  return {
    table,
    header: table.getHeaderRowRange().load('values,columnIndex'),
    body: table.getDataBodyRange().load('rowCount'),
    sheet: table.worksheet.load('name,protection/protected'),
  };
}
