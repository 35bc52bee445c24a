/**
 * RRP Progress's values and the progress of each of its rows from the usable actuals, by the same
 * code as RRP.STATUS: a check works it out in its own run, and so does reading progress for the pane.
 */
import {
  progressFrom,
  progressItemOf,
  type LoadedTarget,
  type ProgressItem,
  type UsableActual,
} from '../../domain/actuals';
import { isEdition, METRIC_CODES, REGION_CODES, type MetricCode, type RegionCode } from '../../domain/planSchema';
import { sameName, TABLE_NAMES } from '../../domain/layout/sheetNames';

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

export interface ProgressValues {
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

export function progressItems(progress: ProgressValues, actuals: readonly UsableActual[]): ProgressItem[] {
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
