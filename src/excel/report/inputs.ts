/**
 * What building a report, closing a month or exporting reads first, in two syncs whatever the size
 * of the workbook (plus one per further block of 20,000 actuals rows):
 *   1. which sheets and tables exist, and RRP Actuals' header and row count;
 *   2. RRP Actuals' checked columns (first block), and, only for those that exist, the old report's
 *      cells, RRP History's and RRP Log's rows, RRP Targets' rows and the names of the charts on RRP Charts.
 * Nothing is read through a *OrNullObject: what exists is known from step 1.
 * The actuals are checked here by the domain (nothing is written to RRP Actuals), so the report uses
 * exactly the rows a check of the actuals uses.
 */
import { checkActuals, currentMonth, type Today } from '../../domain/actuals';
import type { ReportSnapshot } from '../../domain/report';
import { CHECKED_COLUMNS } from '../../domain/layout/actualsColumns';
import { readActualsRows } from '../shared/actualsRows';
import { readActualsColumns, requireAnalystColumns } from '../shared/actualsLayout';
import { sameName, TABLE_NAMES } from '../../domain/layout/sheetNames';
import { logEntriesOf } from '../../domain/report/logEntries';
import { REPORT_SHEETS, REPORT_TABLES } from './names';

/** The domain's snapshot (RRP History's and RRP Targets' header and body values among it), and what exists. */
export interface ReportInputs extends ReportSnapshot {
  /** Names of every sheet, and of every table with its sheet. */
  sheets: string[];
  tables: { name: string; sheet: string }[];
  /** Names of the charts on RRP Charts. */
  chartNames?: string[];
}

export const hasSheet = (inputs: Pick<ReportInputs, 'sheets'>, name: string): boolean =>
  inputs.sheets.some((s) => sameName(s, name));
export const tableOf = (
  inputs: Pick<ReportInputs, 'tables'>,
  name: string,
): { name: string; sheet: string } | undefined => inputs.tables.find((t) => sameName(t.name, name));

function queueTableValues(context: Excel.RequestContext, name: string): { header: Excel.Range; body: Excel.Range } {
  const table = context.workbook.tables.getItem(name);
  return { header: table.getHeaderRowRange().load('values'), body: table.getDataBodyRange().load('values') };
}

/** `logOnly`: read the actuals and the log only (closing a month needs nothing else). */
export async function readReportInputs(
  context: Excel.RequestContext,
  today: Today = currentMonth(),
  { logOnly = false } = {},
): Promise<ReportInputs> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const layout = await readActualsColumns(context);
  requireAnalystColumns(layout, CHECKED_COLUMNS);
  const inputs: ReportInputs = {
    actuals: [],
    log: [],
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };

  const queueReads = () => ({
    reportRange:
      !logOnly && hasSheet(inputs, REPORT_SHEETS.report)
        ? context.workbook.worksheets
            .getItem(REPORT_SHEETS.report)
            .getUsedRange(true)
            .load('values,rowIndex,columnIndex')
        : undefined,
    history: !logOnly && tableOf(inputs, REPORT_TABLES.history) && queueTableValues(context, REPORT_TABLES.history),
    log: tableOf(inputs, REPORT_TABLES.log) && queueTableValues(context, REPORT_TABLES.log),
    targets: !logOnly && tableOf(inputs, TABLE_NAMES.targets) && queueTableValues(context, TABLE_NAMES.targets),
    charts:
      !logOnly && hasSheet(inputs, REPORT_SHEETS.charts)
        ? context.workbook.worksheets.getItem(REPORT_SHEETS.charts).charts.load('items/name')
        : undefined,
  });
  let reads: ReturnType<typeof queueReads> | undefined;
  // The reads go with the first block of actuals rows (again, when it is read again smaller).
  const rows = await readActualsRows(context, layout, CHECKED_COLUMNS, () => (reads = queueReads()));
  // Set by then: readActualsRows queues them whatever the rows (a table has at least one).
  const { reportRange, history, log, targets, charts } = reads as ReturnType<typeof queueReads>;
  inputs.actuals = checkActuals(rows, { today }).actuals;
  if (reportRange)
    inputs.oldReport = { values: reportRange.values, row: reportRange.rowIndex, column: reportRange.columnIndex };
  if (history) inputs.history = { header: history.header.values[0], body: history.body.values };
  if (log) inputs.log = logEntriesOf(log.body.values);
  if (targets) inputs.targets = { header: targets.header.values[0], body: targets.body.values };
  if (charts) inputs.chartNames = charts.items.map((c) => c.name);
  return inputs;
}
