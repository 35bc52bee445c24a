/**
 * Where things are in RRP Plan, read in one sync with whatever else is queued: which table column
 * holds each of the analyst's columns and Check (by header), how many rows there are, the sheet and
 * whether it is protected. Undefined when the workbook has no RRP Plan table.
 */
import { PLAN_COLUMNS, type PlanColumn } from '../../domain/planColumns';
import { sameName } from '../shared/sheetNames';
import { CHECK_HEADER, PLAN_TABLE } from './columns';

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

const indexOf = (headers: readonly string[], name: string): number | undefined => {
  const index = headers.findIndex((h) => sameName(h.trim(), name));
  return index < 0 ? undefined : index;
};

/** After the sync: the layout, or undefined when there is no RRP Plan table. */
export function planLayoutOf(queued: QueuedPlanLayout): PlanLayout | undefined {
  if (queued.table.isNullObject) return undefined;
  const headers = queued.header.values[0].map((h) => (typeof h === 'string' ? h : String(h)));
  const columns: Partial<Record<PlanColumn, number>> = {};
  for (const column of PLAN_COLUMNS) {
    const index = indexOf(headers, column);
    if (index !== undefined) columns[column] = index;
  }
  return {
    table: queued.table,
    rowCount: queued.body.rowCount,
    headers,
    columns,
    check: indexOf(headers, CHECK_HEADER),
    sheetName: queued.sheet.name,
    sheetProtected: queued.sheet.protection.protected,
    firstSheetColumn: queued.header.columnIndex,
  };
}
