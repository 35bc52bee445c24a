/**
 * When the workbook opens (the pane's runtime starts): RRP Plan is read, its rows that pass become
 * part of the plan, and, when the workbook has the table, it is watched (watch.ts, loaded then). A
 * reading that fails is tried again a few times (Excel may still be opening the workbook, or the
 * analyst typing in a cell); answers of the RRP functions wait for this first reading until its one
 * deadline (workbookPlanWait), and the pane is told how it went (status.ts), also when RRP Plan could
 * not be read at all. Whatever the outcome, the add-in listens for tables added to the workbook, so
 * an RRP Plan that appears later (made by hand, pasted from another workbook) is read and watched too.
 * Syncs: 1 without an RRP Plan table, and 1 to listen for tables added; with one, the reading's (2 or
 * 3, and the recalculation's when the plan is not the one the formulas were calculated with) and 1 to
 * add its handlers.
 */
import { expectWorkbookPlan, settleWorkbookPlan } from '../../domain/planData';
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { ExcelLayerError, toLayerError } from '../shared/layerErrors';
import { BY_ITSELF } from '../shared/gateway';
import { readPlanInWorkbook } from './read';
import { READING } from './reading';
import { updateWorkbookPlanStatus } from './status';
import type { WatchPlanOptions } from './watch';

/** Waits before each new try of a failed first reading: about 15 seconds in all, then the pane says it failed. */
export const READ_RETRY_DELAYS_MS: readonly number[] = [1_000, 4_000, 10_000];

export interface StartPlanOptions extends WatchPlanOptions {
  /** Waits before each new try of a failed reading (default READ_RETRY_DELAYS_MS). */
  retryDelaysMs?: readonly number[];
}

/** Errors no new try can mend: no Excel here, or one too old for the add-in. */
const lasting = (error: unknown): boolean =>
  error instanceof ExcelLayerError && (error.code === 'NoExcel' || error.code === 'ApiNotSupported');

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const watchModule = () => import(/* webpackChunkName: "planWatch" */ './watch');

/** Reads RRP Plan, trying again after each delay while it fails; rejects with the last failure. */
async function readWithRetries(delays: readonly number[]): Promise<PlanCheckSummary | undefined> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readPlanInWorkbook('leave', BY_ITSELF);
    } catch (error) {
      if (lasting(error) || attempt >= delays.length) throw error;
      await pause(delays[attempt]);
    }
  }
}

/** Never rejects: without Excel, or when every try fails, the plan is the built-in one and the outcome says why. */
export async function startWorkbookPlan(
  options: StartPlanOptions = {},
): Promise<{ summary?: PlanCheckSummary; error?: string }> {
  expectWorkbookPlan();
  updateWorkbookPlanStatus({ reading: 'underWay' });
  const { retryDelaysMs = READ_RETRY_DELAYS_MS, ...watchOptions } = options;
  let summary: PlanCheckSummary | undefined;
  try {
    summary = await readWithRetries(retryDelaysMs);
  } catch (error) {
    settleWorkbookPlan();
    const message = `RRP Plan could not be read, so RRP functions use the built-in plan only. ${toLayerError(error, READING).message}`;
    updateWorkbookPlanStatus({ reading: 'failed', error: message });
    return { error: message };
  }
  settleWorkbookPlan();
  updateWorkbookPlanStatus({ reading: 'read' });
  try {
    const watch = await watchModule();
    await watch.watchPlanArrival(watchOptions);
    if (summary !== undefined) await watch.watchPlanTable(watchOptions);
  } catch (error) {
    return { summary, error: toLayerError(error, 'follow changes to RRP Plan').message };
  }
  return { summary };
}

/** Stops watching RRP Plan and tables being added, if watched (resolves once Excel has dropped the handlers). */
export async function stopWatchingPlan(): Promise<void> {
  await (await watchModule()).stopWatchingPlan();
}
