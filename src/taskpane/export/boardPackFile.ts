/**
 * The board pack as an .xlsx file the board opens without the add-in: the report and history as
 * values with their number formats, colours and column widths, the report's print setup (A4
 * landscape, one page wide, headings repeated, footer with the month and attribution), and each
 * chart as a picture. exceljs is large, so this module is loaded only when exporting (the pane
 * services import() it: its own webpack chunk).
 */
import ExcelJS from 'exceljs';
import type { BoardPackData, PackSheet } from '../../domain/report';

export { download } from './download';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
/** Column widths: Excel measures them in characters of the default font, about 5.6 points each. */
const characters = (points: number): number => Math.max(6, Math.round((points / 5.6) * 10) / 10);

function addSheet(book: ExcelJS.Workbook, pack: PackSheet): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(pack.name, {
    views: pack.titleRow === undefined ? [] : [{ state: 'frozen', ySplit: pack.titleRow + 1 }],
  });
  pack.values.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value === '') return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      const format = pack.formats[r]?.[c];
      if (format && format !== 'General' && typeof value === 'number') cell.numFmt = format;
    });
  });
  pack.widths.forEach((w, c) => (sheet.getColumn(c + 1).width = characters(w)));
  // Spreadsheet programs do not grow a row for wrapped text on opening: the headings get room for two lines.
  if (pack.titleRow !== undefined) sheet.getRow(pack.titleRow + 1).height = 30;
  for (const style of pack.styles) {
    for (let r = style.row; r < style.row + style.rows; r++) {
      for (let c = style.column; c < style.column + style.columns; c++) {
        const cell = sheet.getRow(r + 1).getCell(c + 1);
        if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
        if (style.font || style.bold)
          cell.font = { bold: style.bold ?? false, ...(style.font ? { color: { argb: argb(style.font) } } : {}) };
        if (style.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      }
    }
  }
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(pack.titleRow === undefined ? {} : { printTitlesRow: `${pack.titleRow + 1}:${pack.titleRow + 1}` }),
  };
  if (pack.footer)
    sheet.headerFooter = { oddFooter: `&L${pack.footer.left}&C${pack.footer.centre}&R${pack.footer.right}` };
  return sheet;
}

const CHART = { width: 640, height: 360, rows: 20 };

export async function boardPackBytes(pack: BoardPackData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'RRP for Excel';
  addSheet(book, pack.report);
  if (pack.history) addSheet(book, pack.history);
  if (pack.charts.length > 0) {
    const sheet = book.addWorksheet(pack.chartSheet);
    sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    pack.charts.forEach((chart, i) => {
      const top = i * (CHART.rows + 2);
      sheet.getCell(top + 1, 1).value = chart.title;
      sheet.getCell(top + 1, 1).font = { bold: true };
      const image = book.addImage({ base64: chart.png, extension: 'png' });
      sheet.addImage(image, { tl: { col: 0, row: top + 1 }, ext: { width: CHART.width, height: CHART.height } });
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
