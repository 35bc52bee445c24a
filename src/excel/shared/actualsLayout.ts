/**
 * Where things are in RRP Actuals, read in one sync before its rows are read or written: which
 * table column holds each of the analyst's and the add-in's columns (found by header, so columns the
 * analyst moved or added do not matter), how many rows there are, and whether the sheet is protected.
 */
import { ACTUALS_COLUMNS, type ActualsColumn } from '../../domain/actuals';
import { OWNED_HEADERS, type OwnedColumn } from '../../domain/layout/actualsColumns';
import type { ColumnsFound } from '../../domain/layout/appendedRows';
import { ExcelLayerError, officeErrorCode, toLayerError } from './layerErrors';
import { sameName, SHEET_NAMES, TABLE_NAMES } from '../../domain/layout/sheetNames';

/** Where the table's columns are and how many rows it has: enough to read its rows. */
export interface ActualsColumnsLayout extends ColumnsFound {
  table: Excel.Table;
  /** Data rows of the table when the layout was read. */
  rowCount: number;
}

/** The same, with what writing to the table needs: its sheet, whether that is protected, where the table starts. */
export interface ActualsLayout extends ActualsColumnsLayout {
  sheetName: string;
  sheetProtected: boolean;
  /** Sheet column (0-based) of the table's first column. */
  firstSheetColumn: number;
  /** Sheet row (0-based) of the table's header row. */
  headerSheetRow: number;
}

export const NO_ACTUALS_TABLE = `There is no ${SHEET_NAMES.actuals} table yet: load the plan data first.`;

function indexOf(headers: readonly string[], name: string): number | undefined {
  const index = headers.findIndex((h) => sameName(h.trim(), name));
  return index < 0 ? undefined : index;
}

/** The columns' layout from the header row. */
function columnsFromHeader(table: Excel.Table, header: readonly unknown[], rowCount: number): ActualsColumnsLayout {
  const headers = header.map((h) => (typeof h === 'string' ? h : String(h)));
  const analyst: Partial<Record<ActualsColumn, number>> = {};
  for (const column of ACTUALS_COLUMNS) {
    const index = indexOf(headers, column);
    if (index !== undefined) analyst[column] = index;
  }
  return { table, rowCount, headers, analyst, owned: ownedIndexes(headers) };
}

function ownedIndexes(headers: readonly string[]): Partial<Record<OwnedColumn, number>> {
  const owned: Partial<Record<OwnedColumn, number>> = {};
  for (const column of OWNED_HEADERS) {
    const index = indexOf(headers, column);
    if (index !== undefined) owned[column] = index;
  }
  return owned;
}

/**
 * Queues the loads and syncs once. Anything else queued on `context` before the call goes in the same
 * sync. Rejects with ItemNotFound when there is no actuals table (see actualsError).
 */
export async function readActualsLayout(context: Excel.RequestContext): Promise<ActualsLayout> {
  const table = context.workbook.tables.getItem(TABLE_NAMES.actuals);
  const header = table.getHeaderRowRange().load('values,columnIndex,rowIndex');
  const body = table.getDataBodyRange().load('rowCount');
  const sheet = table.worksheet.load('name,protection/protected');
  await context.sync();
  return {
    ...columnsFromHeader(table, header.values[0], body.rowCount),
    sheetName: sheet.name,
    sheetProtected: sheet.protection.protected,
    firstSheetColumn: header.columnIndex,
    headerSheetRow: header.rowIndex,
  };
}

/** The same for reading rows only (nothing is written): the header and the row count, in one sync with anything queued before. */
export async function readActualsColumns(context: Excel.RequestContext): Promise<ActualsColumnsLayout> {
  const table = context.workbook.tables.getItem(TABLE_NAMES.actuals);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('rowCount');
  await context.sync();
  return columnsFromHeader(table, header.values[0], body.rowCount);
}

/** Throws a plain error naming the first of `columns` the table lacks. */
export function requireAnalystColumns(
  layout: Pick<ActualsColumnsLayout, 'analyst'>,
  columns: readonly ActualsColumn[],
): void {
  const missing = columns.filter((c) => layout.analyst[c] === undefined);
  if (missing.length === 0) return;
  throw new ExcelLayerError(
    `The ${SHEET_NAMES.actuals} table has no ${missing[0]} column. Its first columns should be ${ACTUALS_COLUMNS.join(', ')}: give the column its name back and try again.`,
    'ColumnMissing',
  );
}

/** Throws a plain error when one of the add-in's columns is missing. */
export function requireOwnedColumns(layout: ActualsLayout): void {
  const missing = OWNED_HEADERS.filter((c) => layout.owned[c] === undefined);
  if (missing.length === 0) return;
  throw new ExcelLayerError(
    `The ${SHEET_NAMES.actuals} table has no ${missing[0]} column, where the add-in writes what each check used. Load the plan data again: it adds the missing columns and keeps your rows.`,
    'ColumnMissing',
  );
}

/** Throws, before anything is written, when the actuals sheet is protected. */
export function requireWritable(layout: ActualsLayout, toDo: string): void {
  if (!layout.sheetProtected) return;
  throw new ExcelLayerError(
    `The sheet ${layout.sheetName} is protected, so the add-in cannot ${toDo}. Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
    'SheetProtected',
  );
}

/** Sheet columns (0-based) of the add-in's columns. */
export function ownedSheetColumns(layout: Pick<ActualsLayout, 'owned' | 'firstSheetColumn'>): number[] {
  return OWNED_HEADERS.flatMap((c) => {
    const index = layout.owned[c];
    return index === undefined ? [] : [layout.firstSheetColumn + index];
  });
}

/** Office.js errors of an actuals operation in plain words; a missing table says to load the plan. */
export function actualsError(error: unknown, attempted: string): ExcelLayerError {
  if (error instanceof ExcelLayerError) return error;
  if (officeErrorCode(error) === 'ItemNotFound')
    return new ExcelLayerError(NO_ACTUALS_TABLE, 'ItemNotFound', { cause: error });
  return toLayerError(error, attempted);
}
