/**
 * The workbook the Excel double holds, and how typed input lands in a cell.
 *
 * What the double does with input (mirroring Excel's "as if typed" rule for `values` and `formulas`):
 * - null in an input array leaves that cell alone; "" empties it (its number format stays).
 * - in a cell whose number format is "@" (Text), any string is text, kept as given: a leading
 *   apostrophe stays part of the value (whether Excel shows it there is documented nowhere, so the
 *   double takes the reading that shows the analyst a character they did not write);
 * - otherwise a string that starts with an apostrophe is text (the apostrophe is not part of the value);
 * - otherwise "=…" is a formula, "+…"/"-…"/"@…" that is not a number becomes a formula too ("=" + text),
 *   a numeric string becomes a number, "12%" the number 0.12, "TRUE"/"FALSE" (any case) a boolean,
 *   "1/2" or "1/2/2024" a date (day first, the current year when none is given; its serial), anything
 *   else is text;
 * - via `formulas`, a string starting with "=" is a formula even in a Text-formatted cell.
 * The double does not calculate: a formula cell's value is whatever a test set with
 * `simulateCalculation`, or else the formula text itself.
 */
import { contains, formatAddress, intersects, type Box } from './addresses';

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  formula?: string;
  /** Set by tests in place of Excel's calculation. */
  calculated?: CellValue;
  numberFormat?: string;
  /** True when the text came in with a leading apostrophe. */
  apostrophe?: boolean;
}

export interface ConditionalFormatRecord {
  type: string;
  address: string;
  box: Box;
  rule?: unknown;
  fillColor?: string;
  fontColor?: string;
}

export interface DataValidationRecord {
  address: string;
  box: Box;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface SheetState {
  /** Excel's `Worksheet.id`: the same for the sheet's life, whatever it is renamed to; never its name. */
  id: string;
  name: string;
  protected: boolean;
  cells: Map<string, Cell>;
  conditionalFormats: ConditionalFormatRecord[];
  dataValidations: DataValidationRecord[];
  autofitted: Box[];
  columnWidths: Map<number, number>;
  frozenRows: number;
}

export interface TableState {
  /** Excel's `Table.id`: the same for the table's life, whatever it is renamed to; never its name. */
  id: string;
  name: string;
  sheet: SheetState;
  box: Box;
  style: string;
  showBandedRows: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  structureProtected: boolean;
  activeSheet: SheetState;
  activeCell: { sheet: SheetState; row: number; col: number };
  selection: { sheet: SheetState; box: Box };
  /** Set while the user has selected several areas, or a chart or shape: no single range is selected. */
  unreadableSelection?: 'areas' | 'shape';
  tableCounter: number;
  /** The last number given to a sheet's or table's id (see nextId). */
  idCounter: number;
  /** Calculations asked for through application.calculate, by type ("Full", "Recalculate", …), in order. */
  calculations: string[];
  /** Set while the user is editing a cell (cell-edit mode); `ended` resolves when the edit ends. */
  cellEdit?: { sheet: SheetState; row: number; col: number; ended: Promise<void>; end: () => void };
}

/** An error as Office.js reports it: `code` is what callers switch on. */
export class DoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const objectId = (kind: 'sheet' | 'table', n: number): string => `{${kind}-${n}}`;

/** An id no sheet or table of the workbook has had (Excel's ids are not reused either). */
export function nextId(book: WorkbookState, kind: 'sheet' | 'table'): string {
  book.idCounter += 1;
  return objectId(kind, book.idCounter);
}

export function newSheet(name: string, id: string): SheetState {
  return {
    id,
    name,
    protected: false,
    cells: new Map(),
    conditionalFormats: [],
    dataValidations: [],
    autofitted: [],
    columnWidths: new Map(),
    frozenRows: 0,
  };
}

export function newWorkbook(): WorkbookState {
  const sheet = newSheet('Sheet1', objectId('sheet', 1));
  return {
    sheets: [sheet],
    tables: [],
    structureProtected: false,
    activeSheet: sheet,
    activeCell: { sheet, row: 0, col: 0 },
    selection: { sheet, box: { row: 0, col: 0, rows: 1, cols: 1 } },
    tableCounter: 0,
    idCounter: 1,
    calculations: [],
  };
}

const key = (row: number, col: number): string => `${row},${col}`;

export const cellAt = (sheet: SheetState, row: number, col: number): Cell | undefined => sheet.cells.get(key(row, col));

export function valueOf(cell: Cell | undefined): CellValue {
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.calculated ?? cell.formula;
  return cell.value;
}

export const formulaOf = (cell: Cell | undefined): CellValue =>
  cell?.formula !== undefined ? cell.formula : (cell?.value ?? '');
export const numberFormatOf = (cell: Cell | undefined): string => cell?.numberFormat ?? 'General';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const BOOLEAN = /^(true|false)$/i;
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;

/** The serial of a typed day/month[/year] (day first), or undefined when it is no date. */
function typedDate(text: string): number | undefined {
  const m = DAY_MONTH.exec(text);
  if (!m) return undefined;
  const year = m[3] === undefined ? new Date().getFullYear() : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const utc = Date.UTC(year, Number(m[2]) - 1, Number(m[1]));
  const back = new Date(utc);
  if (back.getUTCDate() !== Number(m[1]) || back.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return Math.round(utc / 86_400_000) + 25_569; // days since 1970, from Excel's 1900 system
}

/** Puts one input into a cell as Excel would take it when typed (see the module comment). */
export function writeInput(
  sheet: SheetState,
  row: number,
  col: number,
  input: unknown,
  via: 'values' | 'formulas',
): void {
  if (input === null || input === undefined) return;
  const old = cellAt(sheet, row, col);
  const cell: Cell = { value: '', numberFormat: old?.numberFormat };
  if (typeof input === 'number' || typeof input === 'boolean') cell.value = input;
  else if (typeof input === 'string') {
    const textFormat = cell.numberFormat === '@';
    if (input === '') cell.value = '';
    else if (via === 'formulas' && input.startsWith('=') && input.length > 1) cell.formula = input;
    else if (textFormat) cell.value = input;
    else if (input.startsWith("'")) {
      cell.value = input.slice(1);
      cell.apostrophe = true;
    } else if (input.startsWith('=') && input.length > 1) cell.formula = input;
    else if (NUMBER.test(input)) cell.value = Number(input);
    else if (PERCENT.test(input)) cell.value = Number((PERCENT.exec(input) as RegExpExecArray)[1]) / 100;
    else if (BOOLEAN.test(input)) cell.value = input.toLowerCase() === 'true';
    else if (typedDate(input) !== undefined) cell.value = typedDate(input) as number;
    else if (/^[+\-@]./.test(input)) cell.formula = `=${input}`;
    else cell.value = input;
  } else {
    throw new DoubleError('InvalidArgument', `The double cannot put a ${typeof input} in a cell.`);
  }
  if (cell.value === '' && cell.formula === undefined && cell.numberFormat === undefined)
    sheet.cells.delete(key(row, col));
  else sheet.cells.set(key(row, col), cell);
}

export function setNumberFormat(sheet: SheetState, row: number, col: number, format: unknown): void {
  if (format === null || format === undefined) return;
  if (typeof format !== 'string') throw new DoubleError('InvalidArgument', 'A number format must be text.');
  const cell = cellAt(sheet, row, col) ?? { value: '' };
  sheet.cells.set(key(row, col), { ...cell, numberFormat: format });
}

export function clearBox(sheet: SheetState, box: Box, what: 'All' | 'Contents' | 'Formats'): void {
  for (let r = box.row; r < box.row + box.rows; r++) {
    for (let c = box.col; c < box.col + box.cols; c++) {
      const cell = cellAt(sheet, r, c);
      if (!cell) continue;
      if (what === 'All') sheet.cells.delete(key(r, c));
      else if (what === 'Contents') {
        if (cell.numberFormat === undefined) sheet.cells.delete(key(r, c));
        else sheet.cells.set(key(r, c), { value: '', numberFormat: cell.numberFormat });
      } else sheet.cells.set(key(r, c), { ...cell, numberFormat: undefined });
    }
  }
  if (what !== 'Contents') sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(box, cf.box));
  if (what === 'All') sheet.dataValidations = sheet.dataValidations.filter((dv) => !contains(box, dv.box));
}

/** Moves the cells of columns [col, col + cols) from `fromRow` down by `by` rows (Excel inserting table rows). */
export function shiftDown(sheet: SheetState, fromRow: number, col: number, cols: number, by: number): void {
  const moving = [...sheet.cells.entries()]
    .map(([k, cell]) => ({ k, cell, row: Number(k.split(',')[0]), c: Number(k.split(',')[1]) }))
    .filter((x) => x.row >= fromRow && x.c >= col && x.c < col + cols)
    .sort((a, b) => b.row - a.row);
  for (const x of moving) {
    sheet.cells.delete(x.k);
    sheet.cells.set(key(x.row + by, x.c), x.cell);
  }
}

/** Moves the cells of rows [row, row + rows) from column `fromCol` right by `by` columns (Excel inserting table columns). */
export function shiftRight(sheet: SheetState, row: number, rows: number, fromCol: number, by: number): void {
  const moving = [...sheet.cells.entries()]
    .map(([k, cell]) => ({ k, cell, r: Number(k.split(',')[0]), c: Number(k.split(',')[1]) }))
    .filter((x) => x.r >= row && x.r < row + rows && x.c >= fromCol)
    .sort((a, b) => b.c - a.c);
  for (const x of moving) {
    sheet.cells.delete(x.k);
    sheet.cells.set(key(x.r, x.c + by), x.cell);
  }
}

/**
 * Adds `by` rows at the bottom of a table's box (the cells there are not moved: callers move them
 * first when Excel would). The new rows take the number formats of the last row (unless
 * `extendFormats` is false: Table.resize, which documents no such thing); conditional-format and
 * validation rules covering a whole data column (or several) grow with the table, as in Excel.
 */
export function growTable(table: TableState, by: number, extendFormats = true): void {
  const dataTop = table.box.row + 1;
  const oldEnd = table.box.row + table.box.rows;
  // New rows take each column's number format from the last row, as Excel extends a table's formats.
  for (let c = table.box.col; c < table.box.col + table.box.cols && extendFormats; c++) {
    const format = cellAt(table.sheet, oldEnd - 1, c)?.numberFormat;
    if (format === undefined || oldEnd - 1 < dataTop) continue;
    for (let r = oldEnd; r < oldEnd + by; r++)
      if (cellAt(table.sheet, r, c) === undefined) setNumberFormat(table.sheet, r, c, format);
  }
  for (const record of [...table.sheet.conditionalFormats, ...table.sheet.dataValidations]) {
    const b = record.box;
    if (
      b.row === dataTop &&
      b.row + b.rows === oldEnd &&
      b.col >= table.box.col &&
      b.col + b.cols <= table.box.col + table.box.cols
    ) {
      b.rows += by;
      record.address = formatAddress(table.sheet.name, b);
    }
  }
  table.box = { ...table.box, rows: table.box.rows + by };
}

/** The smallest box holding every cell with a value or formula (and, unless valuesOnly, a format); A1 when there is none. */
export function usedBox(sheet: SheetState, valuesOnly: boolean): Box {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && cell.formula === undefined && cell.value === '') continue;
    const [r, c] = k.split(',').map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0
    ? { row: 0, col: 0, rows: 1, cols: 1 }
    : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function assertEditable(sheet: SheetState): void {
  if (sheet.protected) {
    throw new DoubleError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`,
    );
  }
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function findSheet(book: WorkbookState, name: string): SheetState | undefined {
  return book.sheets.find((s) => sameName(s.name, name));
}

/** A table by name (without regard to case) or by id, as TableCollection.getItem(key) finds it. */
export function findTable(book: WorkbookState, name: string): TableState | undefined {
  return book.tables.find((t) => sameName(t.name, name) || t.id === name);
}

export function validateSheetName(book: WorkbookState, name: string, except?: SheetState): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new DoubleError('InvalidArgument', `"${name}" is not a valid sheet name.`);
  }
  const clash = findSheet(book, name);
  if (clash && clash !== except) throw new DoubleError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

export function validateTableName(book: WorkbookState, name: string, except?: TableState): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw new DoubleError('InvalidArgument', `"${name}" is not a valid table name.`);
  }
  const clash = findTable(book, name);
  if (clash && clash !== except) throw new DoubleError('ItemAlreadyExists', `A table named "${name}" already exists.`);
}

export const tablesOverlapping = (book: WorkbookState, sheet: SheetState, box: Box): TableState[] =>
  book.tables.filter((t) => t.sheet === sheet && intersects(t.box, box));
