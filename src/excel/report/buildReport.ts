/**
 * Building the board report for a month, in one Excel.run of 3 syncs for a workbook of up to 20,000
 * actuals rows (one more per further 20,000, and per further 4 MB of history):
 *   1–2. readReportInputs (what exists; the actuals, the old report, history, log, targets, charts);
 *   3.   every write: RRP Report (with the analyst's commentary kept), RRP History (with the
 *        analyst's New period entries kept), RRP Charts, RRP Summary and the report's print setup.
 * RRP Actuals is only read. A sheet named RRP Report that is not the add-in's is never written: the
 * build is refused before anything changes.
 */
import { currentMonth, type Today } from '../../domain/actuals';
import { editionsOf } from '../../domain/planData';
import { REGION_CODES, type RegionCode } from '../../domain/planSchema';
import {
  commentaryKey,
  figuresOf,
  historyCommentary,
  historyLine,
  historyPeriodMarks,
  historyRows,
  historySpc,
  readOldReport,
  reportGrid,
  reportChanges,
  reportEdition,
  reportRows,
  serialOfMoment,
  summaryTable,
  type KeptCommentary,
  type ReportBuilt,
  type ReportChoice,
} from '../../domain/report';
import { ExcelLayerError, toLayerError } from '../shared/excelErrors';
import { requireExcel } from '../shared/host';
import { freeSheetName, sameName } from '../../domain/layout/sheetNames';
import { queueCharts } from './charts';
import { writeHistory } from './historyTable';
import { hasSheet, readReportInputs, tableOf, type ReportInputs } from './inputs';
import { REPORT_API, REPORT_SHEETS, REPORT_TABLES } from './names';
import { queueReportSheet } from './reportSheet';
import { queueSummarySheet } from './summarySheet';
import { readRegionName } from '../../domain/regions';
import { readMetricName } from '../../domain/metrics';
import { runBatch } from '../shared/gateway';

/** The regions reported: those on RRP Targets, else those with actuals; only regions with plan data, in the usual order. */
export function reportRegions(inputs: Pick<ReportInputs, 'targets' | 'actuals'>): RegionCode[] {
  const found = new Set<RegionCode>();
  if (inputs.targets) {
    const at = inputs.targets.header.findIndex((h) => h === 'Region');
    for (const cells of inputs.targets.body) {
      const code = readRegionName(cells[at]).code;
      if (code) found.add(code);
    }
  }
  if (found.size === 0) for (const a of inputs.actuals) found.add(a.region);
  return REGION_CODES.filter((r) => found.has(r) && editionsOf(r).length > 0);
}

function parseKey(key: string): KeptCommentary | undefined {
  const [region, metric, month] = key.split('|');
  const r = readRegionName(region).code;
  const m = readMetricName(metric).code;
  return r && m ? { region: r, metric: m, month: Number(month), text: '' } : undefined;
}

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
      const regions = reportRegions(inputs);
      if (regions.length === 0)
        throw new ExcelLayerError(
          'There is nothing to report yet: load the plan data, then add actuals to RRP Actuals.',
          'NothingToReport',
        );
      const old = inputs.oldReport
        ? readOldReport(inputs.oldReport.values, inputs.oldReport.row, inputs.oldReport.column)
        : undefined;
      if (old && !old.ours) {
        throw new ExcelLayerError(
          `The sheet ${REPORT_SHEETS.report} is not the add-in's report, so it was left alone and nothing was changed. Rename that sheet and build the report again.`,
          'SheetNotOurs',
        );
      }
      // New period entries: the analyst's, on the History being replaced; every series also starts one at the series break.
      const marks = inputs.history
        ? historyPeriodMarks(inputs.history.header, inputs.history.body)
        : new Map<string, string>();
      const rows = reportRows(
        { month: choice.month, regions, editions: choice.editions },
        inputs.actuals,
        inputs.log,
        marks,
      );
      const history = historyRows(inputs.actuals, choice.editions);
      const spc = historySpc(history, marks);

      // Commentary: History's, overlaid by the report's (where the analyst types it); what has no row in either is kept below the report.
      const commentary = inputs.history
        ? historyCommentary(inputs.history.header, inputs.history.body)
        : new Map<string, string>();
      for (const [key, text] of old?.commentary ?? []) commentary.set(key, text);
      const placed = new Set([
        ...rows.map((r) => commentaryKey(r.region, r.metric, r.month)),
        ...history.map((h) => commentaryKey(h.region, h.metric, h.month)),
      ]);
      const kept: KeptCommentary[] = [];
      for (const [key, text] of commentary) {
        const k = placed.has(key) ? undefined : parseKey(key);
        if (k) kept.push({ ...k, text });
      }

      const earlier = old?.figures.filter((f) => f.month === choice.month) ?? [];
      const changes = earlier.length === 0 ? undefined : reportChanges(earlier, figuresOf(rows));
      const editions = new Map(
        regions.flatMap((r) => {
          const edition = reportEdition(r, choice.month, choice.editions);
          return edition === undefined ? [] : [[r, { edition, picked: choice.editions?.[r] === edition }] as const];
        }),
      );
      const grid = reportGrid({
        month: choice.month,
        madeAt: serialOfMoment(now),
        rows,
        regions,
        editions,
        commentary,
        changes,
        kept,
      });

      const sheets = context.workbook.worksheets;
      const taken = [...inputs.sheets];
      const reportExists = hasSheet(inputs, REPORT_SHEETS.report);
      const reportSheet = reportExists ? sheets.getItem(REPORT_SHEETS.report) : sheets.add(REPORT_SHEETS.report);
      if (!reportExists) taken.push(REPORT_SHEETS.report);
      queueReportSheet(reportSheet, grid, choice.month, reportExists);

      const historySheet = tableSheet(context, inputs, REPORT_TABLES.history, REPORT_SHEETS.history, taken);
      await writeHistory(
        context,
        historySheet,
        history.map((h, i) => historyLine(h, commentary.get(commentaryKey(h.region, h.metric, h.month)) ?? '', spc[i])),
      );

      const chartsExist = taken.some((s) => sameName(s, REPORT_SHEETS.charts));
      const chartSheet = chartsExist ? sheets.getItem(REPORT_SHEETS.charts) : sheets.add(REPORT_SHEETS.charts);
      const charts = queueCharts(chartSheet, historySheet, history, spc, inputs.chartNames);

      const summarySheet = tableSheet(context, inputs, REPORT_TABLES.summary, REPORT_SHEETS.summary, taken);
      queueSummarySheet(summarySheet, summaryTable(choice.month, rows, regions));
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
