/**
 * Building the board report for a month, in one Excel.run of 3 syncs for a workbook of up to 20,000
 * actuals rows (one more per further 20,000, and per further 4 MB of history):
 *   1–2. readReportInputs (what exists; the actuals, the old report, history, log, targets, charts),
 *        from which the domain's decideReport decides every cell;
 *   3.   every write: RRP Report (with the analyst's commentary kept), RRP History (with the
 *        analyst's New period entries kept), RRP Charts, RRP Summary and the report's print setup.
 * RRP Actuals is only read. A sheet named RRP Report that is not the add-in's is never written: the
 * build is refused before anything changes.
 */
import { currentMonth, type Today } from '../../domain/actuals';
import { sameName, freeSheetName } from '../../domain/layout/sheetNames';
import { decideReport, serialOfMoment, type ReportBuilt, type ReportChoice } from '../../domain/report';
import { ExcelLayerError, toLayerError } from '../shared/layerErrors';
import { runBatch } from '../shared/gateway';
import { requireExcel } from '../shared/host';
import { queueCharts } from './charts';
import { writeHistory } from './historyTable';
import { hasSheet, readReportInputs, tableOf, type ReportInputs } from './inputs';
import { REPORT_API, REPORT_SHEETS, REPORT_TABLES } from './names';
import { queueReportSheet } from './reportSheet';
import { queueSummarySheet } from './summarySheet';

/**
 * The sheet for a table the build rebuilds at A1 (History, Summary), its old table already removed:
 * where the table is, else a new sheet of that name (frozen header), or another name when a sheet of
 * that name holds no table of ours (it is the analyst's). `taken` gains the new sheet's name.
 */
function tableSheet(
  context: Excel.RequestContext,
  inputs: ReportInputs,
  table: string,
  sheetName: string,
  taken: string[],
): Excel.Worksheet {
  const old = tableOf(inputs, table);
  if (old) {
    const range = context.workbook.tables.getItem(table).convertToRange();
    range.conditionalFormats.clearAll();
    range.dataValidation.clear(); // History's New period prompt, which clearing cells need not remove
    range.clear('All');
    return context.workbook.worksheets.getItem(old.sheet);
  }
  const name = freeSheetName(sheetName, taken);
  taken.push(name);
  const sheet = context.workbook.worksheets.add(name);
  sheet.freezePanes.freezeRows(1);
  return sheet;
}

export async function buildReportInWorkbook(
  choice: ReportChoice,
  now: Date = new Date(),
  today: Today = currentMonth(),
): Promise<ReportBuilt> {
  requireExcel('build the board report', REPORT_API);
  try {
    return await runBatch(async (context) => {
      const inputs = await readReportInputs(context, today);
      const decision = decideReport(choice, inputs, serialOfMoment(now), REPORT_SHEETS.report);
      if ('refused' in decision) throw new ExcelLayerError(decision.refused.message, decision.refused.code);
      const { rows, grid, history, spc, historyLines, summary, changes } = decision.writes;

      const sheets = context.workbook.worksheets;
      const taken = [...inputs.sheets];
      const reportExists = hasSheet(inputs, REPORT_SHEETS.report);
      const reportSheet = reportExists ? sheets.getItem(REPORT_SHEETS.report) : sheets.add(REPORT_SHEETS.report);
      if (!reportExists) taken.push(REPORT_SHEETS.report);
      queueReportSheet(reportSheet, grid, choice.month, reportExists);

      const historySheet = tableSheet(context, inputs, REPORT_TABLES.history, REPORT_SHEETS.history, taken);
      await writeHistory(context, historySheet, historyLines);

      const chartsExist = taken.some((s) => sameName(s, REPORT_SHEETS.charts));
      const chartSheet = chartsExist ? sheets.getItem(REPORT_SHEETS.charts) : sheets.add(REPORT_SHEETS.charts);
      const charts = queueCharts(chartSheet, historySheet, history, spc, inputs.chartNames);

      const summarySheet = tableSheet(context, inputs, REPORT_TABLES.summary, REPORT_SHEETS.summary, taken);
      queueSummarySheet(summarySheet, summary);
      reportSheet.activate();
      await context.sync();
      const built: ReportBuilt = {
        month: choice.month,
        lines: rows.length,
        restated: rows.filter((r) => r.restated).length,
        historyRows: history.length,
        charts: charts.count,
      };
      if (changes) built.changes = changes;
      return built;
    });
  } catch (error) {
    throw toLayerError(error, 'build the board report');
  }
}
