/**
 * The workbook the Excel double holds, written as an .xlsx with exceljs, so a real spreadsheet engine
 * can calculate it: every table on its sheet with its header and its cells, formulas in their file form
 * (`[@Column]` is `Table[[#This Row],[Column]]` in a file, and functions newer than the file format
 * carry the `_xlfn.` prefix). Formulas are written without a cached result, so the engine computes them.
 */
import ExcelJS from 'exceljs';
import type { ExcelDouble } from '../excelDouble';

/** Functions the file format stores with the _xlfn. prefix (those the add-in could plausibly use). */
const PREFIXED = [
  'MAXIFS',
  'MINIFS',
  'XLOOKUP',
  'XMATCH',
  'IFS',
  'SWITCH',
  'TEXTJOIN',
  'CONCAT',
  'FILTER',
  'SORT',
  'UNIQUE',
  'LET',
];

/** A formula as Excel writes it in a file, for a cell of table `table`. */
export function fileFormula(formula: string, table: string): string {
  let text = formula.replace(/^=/, '');
  text = text.replace(/\[@\[([^\]]+)\]\]/g, (_, column: string) => `${table}[[#This Row],[${column}]]`);
  text = text.replace(/\[@([^[\]]+)\]/g, (_, column: string) => `${table}[[#This Row],[${column}]]`);
  for (const name of PREFIXED) text = text.replace(new RegExp(`(?<![A-Za-z0-9_.])${name}\\(`, 'g'), `_xlfn.${name}(`);
  return text;
}

const letters = (index: number): string =>
  index < 26 ? String.fromCharCode(65 + index) : letters(Math.floor(index / 26) - 1) + letters(index % 26);

/** Writes the double's sheets and tables to `file`; returns the sheet names in order (1-based positions for the engine). */
export async function writeDoubleAsXlsx(double: ExcelDouble, file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const names = double.sheetNames();
  for (const name of names) {
    const sheet = workbook.addWorksheet(name);
    for (const table of double.tables().filter((t) => t.sheet === name)) {
      const topLeft = table.address.split('!')[1].split(':')[0];
      const match = /^([A-Z]+)(\d+)$/.exec(topLeft) as RegExpExecArray;
      const firstColumn = match[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const headerRow = Number(match[2]);
      const rows = Array.from({ length: table.rowCount }, (_, r) =>
        table.headers.map((_, c) => {
          const address = `${letters(firstColumn + c)}${headerRow + 1 + r}`;
          const cell = double.cell(name, address);
          if (cell === undefined) return null;
          if (cell.formula !== undefined) return { formula: fileFormula(cell.formula, table.name) };
          return cell.value === '' ? null : cell.value;
        }),
      );
      sheet.addTable({
        name: table.name,
        ref: topLeft,
        headerRow: true,
        columns: table.headers.map((header) => ({ name: header })),
        rows,
      });
    }
  }
  await workbook.xlsx.writeFile(file);
  return names;
}
