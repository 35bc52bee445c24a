/**
 * The first sync of a load: what sheets and tables the workbook has, the column names of our actuals
 * table (a load may add the add-in's columns to it), what is protected, and, for each of our tables that a load rebuilds, where it is and what is in the cells
 * the rebuilt table will need (its old box grown to the new size), so placement can refuse before
 * anything is written rather than write over the analyst's cells.
 */
import { TABLE_NAMES, type SheetRole } from '../shared/sheetNames';

/** Rows (with the header) and columns a rebuilt table will have. */
export interface TableSize {
  rows: number;
  columns: number;
}

/** What is where a rebuilt table will go: read from the old table's top-left cell. */
export interface TableRoom {
  /** The old table's address ("'RRP Progress'!A1:L6"). */
  tableAddress: string;
  /** The cells the rebuilt table will cover, from the old table's top-left cell ("'RRP Progress'!A1:L16"). */
  areaAddress: string;
  /** Formulas (or values) of those cells, row by row; "" for an empty cell. */
  areaFormulas: unknown[][];
}

export interface WorkbookSurvey {
  sheets: { name: string; protected: boolean }[];
  /** Every table in the workbook and the sheet it is on. */
  tables: { name: string; sheetName: string }[];
  /** The column names (headers) of our actuals table; empty when there is none. */
  actualsColumns: string[];
  /** True when the workbook's structure is protected (no sheets can be added). */
  structureProtected: boolean;
  /** For each table asked about that exists: where it is and what the cells its rebuilt self needs hold. */
  room: Partial<Record<SheetRole, TableRoom>>;
}

/**
 * Queues the loads and syncs once. `rebuilt` gives the size each table to be rebuilt will have; for
 * a table that does not exist yet the loads come to nothing (a null object), and it is not in `room`.
 */
export async function surveyWorkbook(context: Excel.RequestContext, rebuilt: Partial<Record<SheetRole, TableSize>> = {}): Promise<WorkbookSurvey> {
  const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const actualsTable = context.workbook.tables.getItemOrNullObject(TABLE_NAMES.actuals);
  const actualsColumns = actualsTable.columns.load('items/name');
  const workbookProtection = context.workbook.protection.load('protected');
  const areas = (Object.entries(rebuilt) as [SheetRole, TableSize][]).map(([role, size]) => {
    const table = context.workbook.tables.getItemOrNullObject(TABLE_NAMES[role]);
    const range = table.getRange().load('address');
    const area = range.getCell(0, 0).getResizedRange(size.rows - 1, size.columns - 1).load('address,formulas');
    return { role, table, range, area };
  });
  await context.sync();
  const room: WorkbookSurvey['room'] = {};
  for (const { role, table, range, area } of areas) {
    if (!table.isNullObject) room[role] = { tableAddress: range.address, areaAddress: area.address, areaFormulas: area.formulas };
  }
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t) => ({ name: t.name, sheetName: t.worksheet.name })),
    actualsColumns: actualsTable.isNullObject ? [] : actualsColumns.items.map((c) => c.name),
    structureProtected: workbookProtection.protected,
    room,
  };
}
