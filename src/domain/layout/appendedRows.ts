/**
 * Rows added to RRP Actuals as cells: text exactly as given (Excel's apostrophe in the General,
 * date and number columns; as it is in the Note, a Text column), each column's number format, and
 * the rows as the check reads them back once written. The Excel layer's actuals/append.ts writes them.
 */
import { ACTUALS_COLUMNS, type ActualsColumn, type ActualsRow, type CellValue } from '../actuals';
import { cellOf } from '../actuals/cells';
import { exactText } from '../cellText';
import { ACTUALS_TABLE_COLUMNS, CHECKED_COLUMNS, type OwnedColumn } from './actualsColumns';
import { FORMAT } from './formats';
import { sameName } from './sheetNames';

export type Entry = string | number | boolean;

/** Where RRP Actuals' columns are, found by header (the Excel layer's actualsLayout.ts reads them). */
export interface ColumnsFound {
  /** Header texts, in table order. */
  headers: string[];
  /** Table column (0-based) of each analyst column the table has. */
  analyst: Partial<Record<ActualsColumn, number>>;
  /** Table column (0-based) of each add-in column the table has. */
  owned: Partial<Record<OwnedColumn, number>>;
}

/**
 * What goes in a cell of a General (or number, date, percent) column: text exactly as given (never a
 * formula, number or date), numbers and TRUE/FALSE as they are.
 */
function entryOf(value: CellValue): Entry {
  if (value === null) return '';
  if (typeof value === 'string') return exactText(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return exactText(String(value));
  return value;
}

/** What goes in a cell of a Text column (the Note, its format set first): the text itself, which a Text cell keeps as it is. */
function textEntryOf(value: CellValue): Entry {
  if (value === null) return '';
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

/** A full-width table row: the analyst's columns filled (the Note as for a Text cell), every other column blank. */
export function tableRow(layout: ColumnsFound, row: ActualsRow): Entry[] {
  const entries: Entry[] = layout.headers.map(() => '');
  for (const column of ACTUALS_COLUMNS)
    entries[layout.analyst[column] as number] = (column === 'Note' ? textEntryOf : entryOf)(row[column] ?? null);
  return entries;
}

/** The number formats of a new row: each column's own (the Note's is Text), General for a column the analyst added. */
export const rowFormats = (layout: Pick<ColumnsFound, 'headers'>): string[] =>
  layout.headers.map(
    (header) => ACTUALS_TABLE_COLUMNS.find((c) => sameName(c.header, header.trim()))?.format ?? FORMAT.general,
  );

/** The value a cell holds once `entry` is written: the text without the apostrophe that kept it exact. */
const heldValue = (entry: Entry): Entry =>
  typeof entry === 'string' && entry.startsWith("'") ? entry.slice(1) : entry;

/** An added row as the check would read it back: the checked columns as Excel holds them, the others blank. */
export function heldRow(row: ActualsRow): ActualsRow {
  const held: ActualsRow = { Region: '', Metric: '', Month: '', Value: '', Numerator: '', Denominator: '', Note: '' };
  for (const column of CHECKED_COLUMNS) held[column] = cellOf(heldValue(entryOf(row[column] ?? null))) ?? '';
  return held;
}

/** True when every cell of the row is blank, apart from the add-in's own columns (rewritten by the check). */
export function isBlankRow(layout: Pick<ColumnsFound, 'owned'>, cells: readonly unknown[]): boolean {
  const owned = new Set(Object.values(layout.owned));
  return cells.every((cell, index) => owned.has(index) || cell === '' || cell === null);
}
