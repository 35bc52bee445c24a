/** A1-style addresses for the Excel double: "B3", "A1:K31", "'RRP Targets'!A1:K31". Rows and columns are 0-based. */

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function parseCell(text: string): { row: number; col: number } | undefined {
  const m = CELL.exec(text);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : undefined;
}

/** Splits "'My sheet'!A1:B2" into sheet name and cells; undefined when it is not an address the double reads. */
export function parseAddress(address: string): { sheet?: string; box: Box } | undefined {
  let sheet: string | undefined;
  let cells = address.trim();
  const bang = cells.lastIndexOf('!');
  if (bang >= 0) {
    sheet = cells.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    cells = cells.slice(bang + 1);
  }
  const [first, last = first] = cells.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  if (!a || !b) return undefined;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { sheet, box: { row, col, rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 } };
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The address Office.js reports: sheet-qualified, "A1" for one cell, "A1:K31" otherwise. */
export function formatAddress(sheetName: string, box: Box): string {
  const start = `${columnLetters(box.col)}${box.row + 1}`;
  const end = `${columnLetters(box.col + box.cols - 1)}${box.row + box.rows}`;
  return `${quoteSheetName(sheetName)}!${box.rows === 1 && box.cols === 1 ? start : `${start}:${end}`}`;
}

export const contains = (outer: Box, inner: Box): boolean =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

export const intersects = (a: Box, b: Box): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
