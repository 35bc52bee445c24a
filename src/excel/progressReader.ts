/**
 * The pane's progress summary, worked out by the domain rather than read from RRP Progress's
 * calculated cells: Excel calculates custom functions in the background, so those cells can say
 * #BUSY! for a while. Reads the regions, metrics and editions on RRP Progress and the analyst's
 * columns of RRP Actuals, checks the actuals (nothing is written) and gives the progress of each row
 * by the same code as RRP.STATUS. Syncs: 1 + one per block of 20,000 actuals rows (2 for most
 * workbooks); when a table is missing, one more to read RRP Progress alone.
 */
import { checkActuals, currentMonth, progressFrom, type LoadedTarget, type ProgressLine, type Today, type UsableActual } from '../domain/actuals';
import { monthLabel } from '../domain/months';
import { EDITIONS, METRIC_CODES, REGION_CODES, type Edition, type MetricCode, type RegionCode } from '../domain/planSchema';
import type { ProgressItem } from '../taskpane/services';
import { CHECKED_COLUMNS } from './actualsColumns';
import { readActualsRows } from './actualsBlocks';
import { readActualsLayout, requireAnalystColumns } from './actualsLayout';
import { officeErrorCode, toLayerError } from './excelErrors';
import { EXCEL_API, requireExcel } from './host';
import { sameName, TABLE_NAMES } from './sheetNames';

const isRegion = (code: string): code is RegionCode => (REGION_CODES as readonly string[]).includes(code);
const isMetric = (code: string): code is MetricCode => (METRIC_CODES as readonly string[]).includes(code);
const isEdition = (value: unknown): value is Edition => (EDITIONS as readonly unknown[]).includes(value);

/**
 * The targets RRP Progress tracks, from its header and body values, found by header name. Rows whose
 * region, metric or edition is not one the add-in knows (edited by hand) are left out.
 */
export function loadedTargetsFromValues(header: readonly unknown[], body: readonly (readonly unknown[])[]): LoadedTarget[] {
  const at = (name: string) => header.findIndex((h) => typeof h === 'string' && sameName(h.trim(), name));
  const [region, metric, edition] = [at('Region'), at('Metric'), at('Edition')];
  if (region < 0 || metric < 0 || edition < 0) return [];
  const targets: LoadedTarget[] = [];
  for (const cells of body) {
    const r = String(cells[region] ?? '').trim().toUpperCase();
    const m = String(cells[metric] ?? '').trim().toUpperCase();
    const e = cells[edition];
    if (isRegion(r) && isMetric(m) && isEdition(e)) targets.push({ region: r, metric: m, edition: e });
  }
  return targets;
}

/** A progress line as the pane shows it: the month as a label ("September 2023"). */
export function progressItemOf(line: ProgressLine): ProgressItem {
  const item: ProgressItem = { region: line.region, metric: line.metric, edition: line.edition, status: line.status };
  if (line.latestMonth !== undefined) item.latestMonth = monthLabel(line.latestMonth);
  if (line.latestActual !== undefined) item.latestActual = line.latestActual;
  if (line.gapToTarget !== undefined) item.gapToTarget = line.gapToTarget;
  if (line.yearToDate !== undefined) item.yearToDate = line.yearToDate;
  return item;
}

interface ProgressValues {
  header: unknown[];
  body: unknown[][];
}

/** Progress values and the usable actuals, in one sync and the blocks of actuals rows. */
async function readBoth(context: Excel.RequestContext, today: Today): Promise<{ progress: ProgressValues; actuals: UsableActual[] }> {
  const table = context.workbook.tables.getItem(TABLE_NAMES.progress);
  const header = table.getHeaderRowRange().load('values');
  const body = table.getDataBodyRange().load('values');
  const layout = await readActualsLayout(context); // the same sync
  requireAnalystColumns(layout, CHECKED_COLUMNS);
  const rows = await readActualsRows(context, layout, CHECKED_COLUMNS);
  return { progress: { header: header.values[0], body: body.values }, actuals: checkActuals(rows, { today }).actuals };
}

/** Progress values alone (one sync); undefined when there is no progress table. */
async function readProgressOnly(): Promise<ProgressValues | undefined> {
  try {
    return await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAMES.progress);
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('values');
      await context.sync();
      return { header: header.values[0], body: body.values };
    });
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return undefined;
    throw error;
  }
}

/**
 * The progress of every row of RRP Progress; empty when there is no RRP Progress table. `today` is
 * the current month for checking the actuals (by the computer's clock unless given).
 */
export async function readProgress(today: Today = currentMonth()): Promise<ProgressItem[]> {
  requireExcel('read progress', EXCEL_API.readProgress);
  const summarise = (progress: ProgressValues, actuals: readonly UsableActual[]) => progressFrom(loadedTargetsFromValues(progress.header, progress.body), actuals).map(progressItemOf);
  try {
    try {
      const { progress, actuals } = await Excel.run((context) => readBoth(context, today));
      return summarise(progress, actuals);
    } catch (error) {
      if (officeErrorCode(error) !== 'ItemNotFound') throw error;
      // One of the tables is missing: without progress there is nothing to show; without actuals, no actual yet.
      const progress = await readProgressOnly();
      return progress === undefined ? [] : summarise(progress, []);
    }
  } catch (error) {
    throw toLayerError(error, 'read progress');
  }
}
