/** A1-style addresses as Excel reports them: the columns an address covers ("H2:L40", "'RRP Actuals'!H2", "C:C"), and blocks of cells. */

export const LAST_COLUMN = 16383; // XFD

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** The 0-based column of one end of an area; undefined when it names no column (a whole row). */
function columnOfPart(part: string): number | undefined | null {
  const match = PART.exec(part.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return match[1] === undefined ? undefined : columnNumber(match[1]);
}

/**
 * The column span of each area of the address (areas separated by commas), or undefined when the
 * address cannot be read. A whole-row area spans every column.
 */
export function columnSpans(address: string): { first: number; last: number }[] | undefined {
  const bang = address.lastIndexOf('!');
  const cells = bang >= 0 ? address.slice(bang + 1) : address;
  const spans: { first: number; last: number }[] = [];
  for (const area of cells.split(',')) {
    const [from, to = from] = area.split(':');
    const a = columnOfPart(from);
    const b = columnOfPart(to);
    if (a === null || b === null) return undefined;
    if (a === undefined || b === undefined) spans.push({ first: 0, last: LAST_COLUMN });
    else spans.push({ first: Math.min(a, b), last: Math.max(a, b) });
  }
  return spans;
}

/** True when every cell of the address lies in the given columns. An address that cannot be read is not. */
export function withinColumns(address: string, columns: ReadonlySet<number>): boolean {
  const spans = columnSpans(address);
  if (spans === undefined || spans.length === 0) return false;
  return spans.every(({ first, last }) => {
    for (let c = first; c <= last; c++) if (!columns.has(c)) return false;
    return true;
  });
}

/** A block of cells: 0-based top row and left column, and its size. */
export interface CellBox {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** The block an address of one area gives ("'RRP Progress'!A1:L6", "B3"); undefined when it cannot be read. */
export function cellBox(address: string): CellBox | undefined {
  const bang = address.lastIndexOf('!');
  const [from, to = from, ...more] = (bang >= 0 ? address.slice(bang + 1) : address).split(':');
  const a = CELL.exec(from.trim());
  const b = CELL.exec(to.trim());
  if (!a || !b || more.length > 0) return undefined;
  const [rowA, rowB] = [Number(a[2]) - 1, Number(b[2]) - 1];
  const [colA, colB] = [columnNumber(a[1]), columnNumber(b[1])];
  return {
    row: Math.min(rowA, rowB),
    column: Math.min(colA, colB),
    rows: Math.abs(rowA - rowB) + 1,
    columns: Math.abs(colA - colB) + 1,
  };
}

function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A10" for row 9, column 0 (both 0-based). */
export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

/** "A1:L16", or "A1" for one cell. */
export function boxAddress(box: CellBox): string {
  const start = cellAddress(box.row, box.column);
  return box.rows === 1 && box.columns === 1
    ? start
    : `${start}:${cellAddress(box.row + box.rows - 1, box.column + box.columns - 1)}`;
}

/** True when the cell (0-based) lies in the block. */
export const inBox = (box: CellBox, row: number, column: number): boolean =>
  row >= box.row && row < box.row + box.rows && column >= box.column && column < box.column + box.columns;
