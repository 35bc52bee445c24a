/**
 * The pane's progress summary, worked out by the domain rather than read from RRP Progress's
 * calculated cells: Excel calculates custom functions in the background, so those cells can say
 * #BUSY! for a while. Reads the regions, metrics and editions on RRP Progress and the analyst's
 * columns of RRP Actuals, checks the actuals (nothing is written) and gives the progress of each row
 * by the same code as RRP.STATUS. Syncs: 1 + one per block of actuals rows (2 for most workbooks);
 * 1 when there is no progress table; when the actuals table is missing, one more to read RRP
 * Progress alone. A check works progress out in its own run too (progressOfCheck), without this read.
 */
import { checkActuals, currentMonth, type ProgressItem, type Today, type UsableActual } from '../../domain/actuals';
import { CHECKED_COLUMNS } from '../../domain/layout/actualsColumns';
import { readActualsRows } from '../shared/actualsRows';
import { readActualsColumns, requireAnalystColumns } from '../shared/actualsLayout';
import { officeErrorCode, toLayerError } from '../shared/layerErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { loadProgressValues, probeProgress, progressValuesOf, type QueuedProgress } from '../shared/progressValues';
import { progressItems, type ProgressValues } from '../../domain/layout/progressTable';
import { runBatch } from '../shared/gateway';

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
