/**
 * Keeping the workbook plan up to date in the shared runtime (loaded on demand, once the workbook has
 * an RRP Plan table; start.ts reads it when the workbook opens): RRP Plan is read and checked again
 * whenever the table changes: once, a short quiet time after the last of a burst of changes (a paste
 * raises many). Changes that lie wholly in the Check column are the add-in's own
 * writes and are ignored, or every check would set off the next. After changes whose source is Remote
 * only (a co-author's, in a shared workbook), the plan is read again but Check is left to the
 * co-author's own add-in. Excel raises table events after
 * the batch that made the change, never inside a sync. When RRP Plan or its sheet is deleted, the
 * watch stops and the plan is read again: with no table the workbook plan is empty and formulas are
 * recalculated, as at start-up; so the next "Add N targets to RRP Plan", which makes the table again,
 * watches it again. And whenever a table is added to the workbook (TableCollection.onAdded, ExcelApi
 * 1.7) while RRP Plan is not watched, the plan is read again: an RRP Plan made by hand, or pasted
 * from another workbook, is read and watched from then on (watchPlanArrival).
 */
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { withinColumns } from '../../domain/layout/a1';
import { debounce, WATCH_DEBOUNCE_MS, type Debounced } from '../shared/debounce';
import { officeErrorCode, toLayerError } from '../shared/layerErrors';
import { requireExcel } from '../shared/host';
import { queueDeletionHandlers, removeHandlers } from '../shared/watchHandlers';
import { planCheckColumn } from './check';
import { readPlanInWorkbook } from './read';
import { READING } from './reading';
import { PLAN_TABLE } from '../../domain/layout/sheetNames';
import { PLAN_API } from './columns';
import { BY_ITSELF, runBatch } from '../shared/gateway';

interface Watch {
  /** The table's change handler and the deletion handlers, all added through one context. */
  handlers: OfficeExtension.EventHandlerResult<unknown>[];
  debounced: Debounced;
}

export interface WatchPlanOptions {
  /** Quiet time after the last change before reading again (default 500 ms). */
  debounceMs?: number;
  /** Called after each reading that follows a change or a deletion; errors in plain words. */
  onRead?: (outcome: { summary?: PlanCheckSummary; error?: string }) => void;
}

const FOLLOWING = 'follow changes to RRP Plan';

let watch: Watch | undefined;
let options: WatchPlanOptions = {};
/** Listening for tables added to the workbook (watchPlanArrival). */
let arrival: Watch | undefined;

/** Reads RRP Plan again and says how it went (writing Check unless `write` is false); resolves to whether the workbook has the table. */
async function readAgain(write = true): Promise<boolean> {
  try {
    const summary = await readPlanInWorkbook('leave', BY_ITSELF, write);
    options.onRead?.({ summary });
    return summary !== undefined;
  } catch (error) {
    options.onRead?.({ error: toLayerError(error, READING).message });
    return false;
  }
}

/** Reads RRP Plan again and, when the workbook has it, watches it; a failure to watch goes to onRead. */
async function readThenWatch(): Promise<void> {
  if (await readAgain())
    await watchPlanTable().catch((error: unknown) =>
      options.onRead?.({ error: toLayerError(error, FOLLOWING).message }),
    );
}

/** Drops a watch's handlers, and the reading it had due. */
async function drop(dropped: Watch): Promise<void> {
  dropped.debounced.cancel();
  await removeHandlers(dropped.handlers);
}

/**
 * Starts re-reading RRP Plan when it changes, if it exists and is not watched already; resolves to
 * whether it is watched. The manifest asks for ExcelApi 1.9 (tables.onDeleted); an Excel without it is
 * not offered the add-in, and this refuses to watch there rather than miss a deletion.
 */
export async function watchPlanTable(watchOptions?: WatchPlanOptions): Promise<boolean> {
  if (watchOptions) options = watchOptions;
  if (watch) return true;
  try {
    requireExcel(FOLLOWING, PLAN_API.watch);
  } catch {
    return false;
  }
  /** A change of this analyst's (source Local) was heard since the last reading: that reading writes Check. */
  let localHeard = false;
  const debounced = debounce(options.debounceMs ?? WATCH_DEBOUNCE_MS, () => {
    const write = localHeard;
    localHeard = false;
    void readAgain(write);
  });
  const onChanged = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    // Excel can deliver an event after the handlers are removed (events follow their batch): ignore it then.
    if (watch?.debounced !== debounced) return;
    const check = planCheckColumn();
    if (check !== undefined && withinColumns(event.address, new Set([check]))) return;
    if (event.source !== 'Remote') localHeard = true;
    debounced.trigger();
  };
  const onDeleted = async (): Promise<void> => {
    const deleted = watch;
    if (deleted?.debounced !== debounced) return;
    watch = undefined;
    // Excel calls the deleted table's handler no more; once not the current watch, the others ignore everything.
    await drop(deleted).catch(() => undefined);
    // A table made again meanwhile (an append that found this watch still set) is watched now.
    await readThenWatch();
  };
  try {
    const handlers = await runBatch(async (context) => {
      const table = context.workbook.tables.getItem(PLAN_TABLE);
      const deletion = queueDeletionHandlers(context, table, onDeleted);
      const added = [table.onChanged.add(onChanged), ...deletion.handlers];
      await context.sync();
      deletion.synced();
      return added;
    }, BY_ITSELF);
    watch = { handlers, debounced };
    return true;
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return false;
    throw toLayerError(error, FOLLOWING);
  }
}

/**
 * Reads RRP Plan (and watches it) whenever a table is added to the workbook while it is not watched,
 * once a short quiet time after a burst of additions; resolves once listening. Already listening: nothing.
 */
export async function watchPlanArrival(watchOptions?: WatchPlanOptions): Promise<void> {
  if (watchOptions) options = watchOptions;
  if (arrival) return;
  requireExcel(FOLLOWING, PLAN_API.watch);
  const debounced = debounce(options.debounceMs ?? WATCH_DEBOUNCE_MS, () => {
    if (!watch) void readThenWatch();
  });
  const onAdded = async (): Promise<void> => {
    // Excel can deliver an event after the handler is removed (events follow their batch): ignore it then.
    if (arrival?.debounced === debounced && !watch) debounced.trigger();
  };
  try {
    const handler = await runBatch(async (context) => {
      const added = context.workbook.tables.onAdded.add(onAdded);
      await context.sync();
      return added;
    }, BY_ITSELF);
    arrival = { handlers: [handler], debounced };
  } catch (error) {
    throw toLayerError(error, FOLLOWING);
  }
}

/** Stops watching RRP Plan and tables being added (resolves once Excel has dropped the handlers). */
export async function stopWatchingPlan(): Promise<void> {
  const dropped = [watch, arrival];
  watch = undefined;
  arrival = undefined;
  try {
    for (const current of dropped) if (current) await drop(current);
  } catch (error) {
    throw toLayerError(error, 'stop following changes to RRP Plan');
  }
}
