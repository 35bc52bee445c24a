/**
 * The board pack as an .xlsx file the board opens without the add-in. First, one printed page per
 * region that a board reads (A4 landscape, text at 10 pt): each metric's latest actual, target,
 * trajectory, status, variation and assurance, and a small trend. Then the full report and history
 * as values with their number formats and colours, and an XmR chart per region and metric. Every
 * picture is drawn by the add-in from the data (domain/report/packPictures.ts), so the pack looks the
 * same wherever it is opened. exceljs is large, so this module is loaded only when exporting (the
 * pane services import() it: its own webpack chunk).
 */
import ExcelJS from 'exceljs';
import { firstDaySerial, lastDaySerial, monthLabel } from '../../domain/months';
import { base64Of } from '../../domain/picture/png';
import { boardPages, type BoardMetric, type BoardPage } from '../../domain/report/boardPage';
import { CHART_KEY, trendPicture, xmrPicture } from '../../domain/report/packPictures';
import type { BoardPackData, PackSheet } from '../../domain/report';

export { base64Of };
export { download } from './download';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
/** Column widths: Excel measures them in characters of the default font, about 5.6 points each. */
const characters = (points: number): number => Math.max(6, Math.round((points / 5.6) * 10) / 10);
/** exceljs places pictures in pixels (96 to the inch); pages are measured in points (72). */
const pixels = (points: number): number => Math.round((points * 4) / 3);
/** Pictures are drawn at twice their printed size in points, so print stays sharp. */
const SHARPNESS = 2;

const BODY = 10; // points: the summary and charts pages' text
const PERCENT = '0.0%';
const MONTH = 'mmm yyyy';
const HEADER = { fill: '#1F4E79', font: '#FFFFFF' };

type Footer = PackSheet['footer'];

function printSetup(sheet: ExcelJS.Worksheet, footer: Footer, titleRow?: number): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRow === undefined ? {} : { printTitlesRow: `${titleRow + 1}:${titleRow + 1}` }),
  };
  if (footer) sheet.headerFooter = { oddFooter: `&L${footer.left}&C${footer.centre}&R${footer.right}` };
}

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
  printSetup(sheet, pack.footer, pack.titleRow);
  return sheet;
}

function addPicture(
  book: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  png: Uint8Array,
  at: { col: number; row: number },
  size: { width: number; height: number },
): void {
  const image = book.addImage({ base64: base64Of(png), extension: 'png' });
  sheet.addImage(image, { tl: at, ext: { width: pixels(size.width), height: pixels(size.height) }, editAs: 'oneCell' });
}

/** A line of text across `columns` columns, wrapped, `height` points tall. */
function textLine(sheet: ExcelJS.Worksheet, row: number, columns: number, text: string, height: number, size = BODY) {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { size };
  cell.alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(row).height = height;
}

function title(sheet: ExcelJS.Worksheet, row: number, columns: number, text: string): void {
  textLine(sheet, row, columns, text, 22, 14);
  sheet.getCell(row, 1).font = { size: 14, bold: true };
}

/** The summary page's columns, in points: they add up to what fits across A4 landscape at full size. */
const SUMMARY = [
  { header: 'Metric', width: 150 },
  { header: 'Latest actual', width: 50 },
  { header: 'Month', width: 52 },
  { header: 'Target', width: 46 },
  { header: 'By', width: 52 },
  { header: 'Trajectory', width: 56 },
  { header: 'Status', width: 62 },
  { header: 'Variation', width: 96 },
  { header: 'Assurance', width: 96 },
  { header: 'Trend', width: 100 },
] as const;
/** Figures (actual … trajectory) to the right, words to the left, indented from the figures before them. */
const alignment = (column: number): Partial<ExcelJS.Alignment> =>
  column >= 1 && column <= 5 ? { horizontal: 'right' } : { horizontal: 'left', indent: column === 0 ? 0 : 1 };
const TREND = { width: 92, height: 38 };
const METRIC_ROW = 44;

const SUMMARY_KEY =
  'Variation (Making Data Count, over the monthly actuals up to the report month): ○ common cause, no signal; ↑ special cause, improvement; ↓ special cause, concern. Assurance: ✓ passes the target consistently; ✗ fails it consistently; ± hit and miss. A period needs 12 months to read (fewer: “too few points”); a new period starts at the series break (May 2024). Trend: monthly actuals (blue), the latest period’s mean (grey), the target (dashed green).';

function summaryRow(sheet: ExcelJS.Worksheet, row: number, m: BoardMetric, colours: BoardPackData['statusColours']) {
  const l = m.line;
  const cells: (string | number | undefined)[] = [
    m.name,
    l.actual,
    l.actualMonth === undefined ? undefined : firstDaySerial(l.actualMonth),
    l.target,
    l.deadline === undefined ? undefined : lastDaySerial(l.deadline),
    l.trajectory,
    l.status,
    m.variation,
    m.assurance,
  ];
  const formats = [undefined, PERCENT, MONTH, PERCENT, MONTH, PERCENT];
  cells.forEach((value, c) => {
    const cell = sheet.getCell(row, c + 1);
    cell.value = value ?? '–';
    cell.font = { size: BODY };
    cell.alignment = { wrapText: true, vertical: 'middle', ...alignment(c) };
    const format = formats[c];
    if (format && typeof value === 'number') cell.numFmt = format;
  });
  const colour = colours[l.status];
  if (colour) {
    const status = sheet.getCell(row, 7);
    status.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.fill) } };
    status.font = { size: BODY, color: { argb: argb(colour.font) } };
  }
  sheet.getRow(row).height = METRIC_ROW;
}

function addSummary(book: ExcelJS.Workbook, pack: BoardPackData, pages: readonly BoardPage[]): void {
  const sheet = book.addWorksheet('Board summary');
  SUMMARY.forEach((c, i) => (sheet.getColumn(i + 1).width = characters(c.width)));
  const columns = SUMMARY.length;
  let row = 1;
  for (const page of pages) {
    title(sheet, row++, columns, `${page.title}: board summary, ${monthLabel(pack.month)}`);
    textLine(
      sheet,
      row++,
      columns,
      'Latest actual: the report month’s, or the latest before it (its month beside it). Status against the plan’s trajectory, as in RRP Report.',
      16,
    );
    SUMMARY.forEach((c, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = c.header;
      cell.font = { size: BODY, bold: true, color: { argb: argb(HEADER.font) } };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER.fill) } };
      cell.alignment = { wrapText: true, vertical: 'middle', ...alignment(i) };
    });
    sheet.getRow(row++).height = 28;
    for (const m of page.metrics) {
      summaryRow(sheet, row, m, pack.statusColours);
      if (m.series)
        addPicture(
          book,
          sheet,
          trendPicture(m, TREND.width * SHARPNESS, TREND.height * SHARPNESS),
          { col: columns - 1 + 0.04, row: row - 1 + 0.1 },
          TREND,
        );
      row++;
    }
    textLine(sheet, row, columns, SUMMARY_KEY, 42);
    sheet.getRow(row++).addPageBreak();
  }
  printSetup(sheet, pack.report.footer);
}

const CHART = { width: 360, height: 120 };
const CHART_TITLE_ROW = 26;

function addCharts(book: ExcelJS.Workbook, pack: BoardPackData, pages: readonly BoardPage[]): void {
  const charted = pages.map((p) => ({ ...p, metrics: p.metrics.filter((m) => m.series) }));
  if (charted.every((p) => p.metrics.length === 0)) return;
  const sheet = book.addWorksheet('RRP Charts');
  const half = CHART.width + 14;
  [half, half].forEach((w, i) => (sheet.getColumn(i + 1).width = characters(w)));
  let row = 1;
  for (const page of charted) {
    if (page.metrics.length === 0) continue;
    title(sheet, row++, 2, `${page.title}: monthly actuals to ${monthLabel(pack.month)} (XmR charts)`);
    textLine(sheet, row++, 2, CHART_KEY, 28);
    for (let i = 0; i < page.metrics.length; i += 2) {
      const pair = page.metrics.slice(i, i + 2);
      pair.forEach((m, c) => {
        const cell = sheet.getCell(row, c + 1);
        cell.value = `${m.name}. Variation: ${m.variation}. Assurance: ${m.assurance}.`;
        cell.font = { size: BODY, bold: true };
        cell.alignment = { wrapText: true, vertical: 'top' };
        addPicture(
          book,
          sheet,
          xmrPicture(m, CHART.width * SHARPNESS, CHART.height * SHARPNESS),
          { col: c, row },
          CHART,
        );
      });
      sheet.getRow(row++).height = CHART_TITLE_ROW;
      sheet.getRow(row++).height = CHART.height + 4;
    }
    sheet.getRow(row - 1).addPageBreak();
  }
  printSetup(sheet, pack.report.footer);
}

export async function boardPackBytes(pack: BoardPackData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'RRP for Excel';
  const pages = boardPages(pack);
  addSummary(book, pack, pages);
  addSheet(book, pack.report);
  if (pack.history) addSheet(book, pack.history);
  addCharts(book, pack, pages);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
