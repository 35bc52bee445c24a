/**
 * Reading the board pack out of the workbook: RRP Report and RRP History as values with their number
 * formats; the domain's boardPackOf (domain/report/boardPack.ts) makes the pack of them. The file
 * itself is made in the pane (exceljs, loaded only when exporting). Syncs: 2 (what exists; the cells).
 */
import { boardPackOf, readOldReport, type BoardPackData, type SheetValue } from '../../domain/report';
import { sameName } from '../../domain/layout/sheetNames';
import { ExcelLayerError, toLayerError } from '../shared/layerErrors';
import { requireExcel } from '../shared/host';
import { runBatch } from '../shared/gateway';
import { REPORT_API, REPORT_SHEETS, REPORT_TABLES } from './names';

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
      await context.sync();
      if (report.rowIndex !== 0 || report.columnIndex !== 0 || !readOldReport(report.values).ours) {
        throw new ExcelLayerError(
          `The sheet ${REPORT_SHEETS.report} is not the add-in's report: build the report first.`,
          'NoReport',
        );
      }
      return boardPackOf(
        { name: REPORT_SHEETS.report, values: report.values as SheetValue[][], formats: report.numberFormat },
        history && {
          name: REPORT_SHEETS.history,
          values: history.values as SheetValue[][],
          formats: history.numberFormat,
        },
      );
    });
  } catch (error) {
    throw toLayerError(error, 'export the board pack');
  }
}
