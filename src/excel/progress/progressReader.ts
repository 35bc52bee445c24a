/**
 * The pane's progress summary, worked out by the domain rather than read from RRP Progress's
 * calculated cells: Excel calculates custom functions in the background, so those cells can say
 * #BUSY! for a while. Reads the regions, metrics and editions on RRP Progress and the analyst's
 * columns of RRP Actuals, checks the actuals (nothing is written) and gives the progress of each row
 * by the same code as RRP.STATUS. Syncs: 1 + one per block of actuals rows (2 for most workbooks);
 * 1 when there is no progress table; when the actuals table is missing, one more to read RRP
 * Progress alone. A check works progress out in its own run too (progressOfCheck), without this read.
 */
import {
  checkActuals,
  currentMonth,
  progressFrom,
  progressItemOf,
  type ProgressItem,
  type LoadedTarget,
  type Today,
  type UsableActual,
} from '../../domain/actuals';
import { isEdition, METRIC_CODES, REGION_CODES, type MetricCode, type RegionCode } from '../../domain/planSchema';
import { CHECKED_COLUMNS } from '../actuals/columns';
import { readActualsRows } from '../actuals/blocks';
import { readActualsColumns, requireAnalystColumns } from '../actuals/layout';
import { officeErrorCode, toLayerError } from '../shared/excelErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { sameName, TABLE_NAMES } from '../shared/sheetNames';
import { runBatch } from '../shared/gateway';

const isRegion = (code: string): code is RegionCode => (REGION_CODES as readonly string[]).includes(code);
const isMetric = (code: string): code is MetricCode => (METRIC_CODES as readonly string[]).includes(code);

/**
 * The targets RRP Progress tracks, from its header and body values, found by header name. Rows whose
 * region, metric or edition is not one the add-in knows (edited by hand) are left out.
 */
export function loadedTargetsFromValues(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
): LoadedTarget[] {
  const at = (name: string) => header.findIndex((h) => typeof h === 'string' && sameName(h.trim(), name));
  const [region, metric, edition] = [at('Region'), at('Metric'), at('Edition')];
  if (region < 0 || metric < 0 || edition < 0) return [];
  const targets: LoadedTarget[] = [];
  for (const cells of body) {
    const r = String(cells[region] ?? '')
      .trim()
      .toUpperCase();
    const m = String(cells[metric] ?? '')
      .trim()
      .toUpperCase();
    const e = cells[edition];
    if (isRegion(r) && isMetric(m) && isEdition(e)) targets.push({ region: r, metric: m, edition: e });
  }
  return targets;
}

interface ProgressValues {
  header: unknown[];
  body: unknown[][];
}

/**
 * Whether RRP Progress is there, learnt in the next sync: Office.js documents only `isNullObject` on
 * what getItemOrNullObject returns, so nothing else is asked of it.
 */
export const probeProgress = (context: Excel.RequestContext): Excel.Table =>
  context.workbook.tables.getItemOrNullObject(TABLE_NAMES.progress);

/** RRP Progress's header and body values, loaded with whatever else goes in the next sync. */
export interface QueuedProgress {
  header: Excel.Range;
  body: Excel.Range;
}

/** Queues the loads of RRP Progress's values (the sync rejects with ItemNotFound when there is no progress table). */
function loadProgressValues(context: Excel.RequestContext): QueuedProgress {
  const table = context.workbook.tables.getItem(TABLE_NAMES.progress);
  return { header: table.getHeaderRowRange().load('values'), body: table.getDataBodyRange().load('values') };
}

/** After the sync that probed: queues the loads of RRP Progress's values; undefined when there is no progress table. */
export function queueProgressValues(context: Excel.RequestContext, probe: Excel.Table): QueuedProgress | undefined {
  return probe.isNullObject ? undefined : loadProgressValues(context);
}

const progressValuesOf = (queued: QueuedProgress): ProgressValues => ({
  header: queued.header.values[0],
  body: queued.body.values,
});

function progressItems(progress: ProgressValues, actuals: readonly UsableActual[]): ProgressItem[] {
  return progressFrom(loadedTargetsFromValues(progress.header, progress.body), actuals).map(progressItemOf);
}

/**
 * After the sync that loaded `queued`: the progress of every row of RRP Progress from the usable
 * actuals of a check; undefined when there is no progress table.
 */
export function progressOfCheck(
  queued: QueuedProgress | undefined,
  actuals: readonly UsableActual[],
): ProgressItem[] | undefined {
  return queued && progressItems(progressValuesOf(queued), actuals);
}

/** Progress values and the usable actuals: one sync to find both tables, then the blocks of actuals rows (the first brings the progress values). */
async function readBoth(
  context: Excel.RequestContext,
  today: Today,
): Promise<{ progress: ProgressValues | undefined; actuals: UsableActual[] }> {
  const probe = probeProgress(context);
  const layout = await readActualsColumns(context); // the same sync
  if (probe.isNullObject) return { progress: undefined, actuals: [] }; // nothing to show: the actuals need not be read
  requireAnalystColumns(layout, CHECKED_COLUMNS);
  let queued: QueuedProgress | undefined;
  const rows = await readActualsRows(context, layout, CHECKED_COLUMNS, () => (queued = loadProgressValues(context)));
  if (rows.length === 0) await context.sync(); // no block read brought the progress values
  return { progress: queued && progressValuesOf(queued), actuals: checkActuals(rows, { today }).actuals };
}

/** Progress values alone, in one sync; undefined when there is no progress table (getItem's documented ItemNotFound). */
async function readProgressOnly(): Promise<ProgressValues | undefined> {
  try {
    return await runBatch(async (context) => {
      const queued = loadProgressValues(context);
      await context.sync();
      return progressValuesOf(queued);
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
  try {
    try {
      const { progress, actuals } = await runBatch((context) => readBoth(context, today));
      return progress === undefined ? [] : progressItems(progress, actuals);
    } catch (error) {
      if (officeErrorCode(error) !== 'ItemNotFound') throw error;
      // No actuals table: no actual yet (and without progress there is nothing to show).
      const progress = await readProgressOnly();
      return progress === undefined ? [] : progressItems(progress, []);
    }
  } catch (error) {
    throw toLayerError(error, 'read progress');
  }
}
