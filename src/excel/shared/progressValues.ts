/**
 * RRP Progress's values read from the workbook, for the domain to work out the progress of each of
 * its rows from the usable actuals (domain/layout/progressTable.ts), by the same code as RRP.STATUS:
 * a check works it out in its own run, and so does reading progress for the pane.
 */
import type { ProgressItem, UsableActual } from '../../domain/actuals';
import { TABLE_NAMES } from '../../domain/layout/sheetNames';
import { progressItems, type ProgressValues } from '../../domain/layout/progressTable';

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
export function loadProgressValues(context: Excel.RequestContext): QueuedProgress {
  const table = context.workbook.tables.getItem(TABLE_NAMES.progress);
  return { header: table.getHeaderRowRange().load('values'), body: table.getDataBodyRange().load('values') };
}

/** After the sync that probed: queues the loads of RRP Progress's values; undefined when there is no progress table. */
export function queueProgressValues(context: Excel.RequestContext, probe: Excel.Table): QueuedProgress | undefined {
  return probe.isNullObject ? undefined : loadProgressValues(context);
}

export const progressValuesOf = (queued: QueuedProgress): ProgressValues => ({
  header: queued.header.values[0],
  body: queued.body.values,
});

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
