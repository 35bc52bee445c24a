/**
 * The shapes of the add-in's tables as plain data: their columns, their entries and where each goes.
 * The domain decides them; the Excel layer (shared/tableWriter.ts) writes them.
 */

export interface ColumnSpec {
  header: string;
  /** Number format of the column's data cells (General when absent). */
  format?: string;
  /** Fixed width in points, instead of fitting the contents (long text). */
  width?: number;
}

export interface TableSpec {
  columns: readonly ColumnSpec[];
  style: string;
}

export type CellEntry = string | number;

/** Where one of our tables goes: its name, its sheet, and whether it is there already (placement.ts decides). */
export interface TablePlace {
  tableName: string;
  /** The sheet the table is on, or will be on. */
  sheetName: string;
  /** True when our table is already in the workbook. */
  existing: boolean;
}

/** The size a table of `rowCount` data rows will have: the header row and at least the one row Excel requires. */
export const tableSize = (spec: TableSpec, rowCount: number): { rows: number; columns: number } => ({
  rows: 1 + Math.max(rowCount, 1),
  columns: spec.columns.length,
});
