/**
 * Reading the board pack out of the workbook: RRP Report and RRP History as values with their number
 * formats, the styles the add-in gave them (header, status colours), and each chart on RRP Charts as
 * a PNG (Chart.getImage). The file itself is made in the pane (exceljs, loaded only when exporting).
 * Syncs: 1 (what exists) + 1 (cells and chart names) + one per group of images, the groups sized
 * from the largest picture seen so far so no response nears Excel on the web's 5 MB limit.
 */
import { monthOfSerial } from '../../domain/months';
import type { BoardPackData, PackSheet, PackStyle } from '../../domain/report';
import { REGION_CODES, type RegionCode } from '../../domain/planSchema';
import { ExcelLayerError, toLayerError } from '../shared/excelErrors';
import { requireExcel } from '../shared/host';
import { sameName } from '../shared/sheetNames';
import { HISTORY_COLUMNS } from './historyTable';
import { CHART_PREFIX, MAX_REQUEST_BYTES, REPORT_API, REPORT_SHEETS, REPORT_TABLES } from './names';
import { FOOTER } from './printSetup';
import { readOldReport, REPORT_COL, REPORT_COLUMNS } from './reportGrid';
import { HEADER_STYLE, REPORT_STATUS_COLOURS } from './reportSheet';
import { runBatch } from '../shared/gateway';

/** Chart pictures in the first sync; later groups hold as many as fit in MAX_REQUEST_BYTES at the largest size seen. */
export const FIRST_CHARTS = 4;
const MOST_CHARTS = 32;
const IMAGE = { width: 640, height: 360 };

type Value = string | number | boolean;

function reportSheetOf(
  values: Value[][],
  formats: string[][],
): { sheet: PackSheet; month: number; regions: RegionCode[] } {
  const old = readOldReport(values);
  const header = values.findIndex(
    (row) => row[REPORT_COL.region] === 'Region' && row[REPORT_COL.commentary] === 'Commentary',
  );
  const styles: PackStyle[] = [{ row: 0, column: 0, rows: 1, columns: 1, bold: true }];
  if (header >= 0)
    styles.push({
      row: header,
      column: 0,
      rows: 1,
      columns: REPORT_COLUMNS.length,
      bold: true,
      fill: HEADER_STYLE.fill,
      font: HEADER_STYLE.font,
      wrap: true,
    });
  values.forEach((row, r) => {
    if (r <= header) return;
    const colours =
      typeof row[REPORT_COL.status] === 'string' ? REPORT_STATUS_COLOURS[row[REPORT_COL.status] as string] : undefined;
    if (colours)
      styles.push({ row: r, column: REPORT_COL.status, rows: 1, columns: 1, fill: colours.fill, font: colours.font });
    if (typeof row[REPORT_COL.notes] === 'string' && row[REPORT_COL.notes] !== '')
      styles.push({ row: r, column: REPORT_COL.notes, rows: 1, columns: 2, wrap: true });
    if (row[REPORT_COL.month] === '' && row[REPORT_COL.region] !== '' && String(row[REPORT_COL.region]).includes(':'))
      styles.push({ row: r, column: 0, rows: 1, columns: REPORT_COLUMNS.length, bold: true });
  });
  const month = old.figures[0]?.month ?? monthOfSerial(Number(values[header + 1]?.[REPORT_COL.month])) ?? 0;
  const regions = REGION_CODES.filter((code) => old.figures.some((f) => f.region === code));
  const sheet: PackSheet = {
    name: REPORT_SHEETS.report,
    values,
    formats,
    widths: REPORT_COLUMNS.map((c) => ('width' in c ? c.width : 64)),
    styles,
    titleRow: header >= 0 ? header : undefined,
    footer: { left: FOOTER.left(month), centre: FOOTER.centre, right: FOOTER.right },
  };
  return { sheet, month, regions };
}

export async function readBoardPack(): Promise<BoardPackData> {
  requireExcel('export the board pack', REPORT_API);
  try {
    return await runBatch(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const tables = context.workbook.tables.load('items/name');
      await context.sync();
      const has = (name: string) => sheets.items.some((s) => sameName(s.name, name));
      if (!has(REPORT_SHEETS.report))
        throw new ExcelLayerError('There is no board report to export yet: build the report first.', 'NoReport');
      const report = context.workbook.worksheets
        .getItem(REPORT_SHEETS.report)
        .getUsedRange()
        .load('values,numberFormat,rowIndex,columnIndex');
      const history = tables.items.some((t) => sameName(t.name, REPORT_TABLES.history))
        ? context.workbook.tables.getItem(REPORT_TABLES.history).getRange().load('values,numberFormat')
        : undefined;
      const charts = has(REPORT_SHEETS.charts)
        ? context.workbook.worksheets.getItem(REPORT_SHEETS.charts).charts.load('items/name')
        : undefined;
      await context.sync();
      if (report.rowIndex !== 0 || report.columnIndex !== 0 || !readOldReport(report.values).ours) {
        throw new ExcelLayerError(
          `The sheet ${REPORT_SHEETS.report} is not the add-in's report: build the report first.`,
          'NoReport',
        );
      }
      const { sheet, month, regions } = reportSheetOf(report.values as Value[][], report.numberFormat);
      const pack: BoardPackData = { month, regions, chartSheet: REPORT_SHEETS.charts, report: sheet, charts: [] };
      if (history) {
        pack.history = {
          name: REPORT_SHEETS.history,
          values: history.values as Value[][],
          formats: history.numberFormat,
          widths: HISTORY_COLUMNS.map((c) => c.width ?? 72),
          styles: [
            {
              row: 0,
              column: 0,
              rows: 1,
              columns: HISTORY_COLUMNS.length,
              bold: true,
              fill: HEADER_STYLE.fill,
              font: HEADER_STYLE.font,
            },
          ],
          titleRow: 0,
        };
      }
      const ours = (charts?.items ?? []).filter((c) => c.name.startsWith(CHART_PREFIX));
      let groupSize = FIRST_CHARTS;
      let largest = 0;
      for (let start = 0; start < ours.length; start += groupSize) {
        if (largest > 0) groupSize = Math.max(1, Math.min(MOST_CHARTS, Math.floor(MAX_REQUEST_BYTES / largest)));
        const group = ours.slice(start, start + groupSize).map((chart) => ({
          chart,
          image: chart.getImage(IMAGE.width, IMAGE.height),
          title: chart.title.load('text'),
        }));
        await context.sync();
        for (const { chart, image, title } of group) {
          largest = Math.max(largest, image.value.length);
          pack.charts.push({ name: chart.name, title: title.text, png: image.value });
        }
      }
      return pack;
    });
  } catch (error) {
    throw toLayerError(error, 'export the board pack');
  }
}

/** "board-pack-KSS-SC-2023-03.xlsx". */
export function boardPackFileName(pack: Pick<BoardPackData, 'month' | 'regions'>): string {
  const month = `${Math.floor(pack.month / 12)}-${String((pack.month % 12) + 1).padStart(2, '0')}`;
  return `board-pack-${[...pack.regions].join('-') || 'report'}-${month}.xlsx`;
}
