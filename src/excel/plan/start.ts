/**
 * When the workbook opens (the pane's runtime starts): RRP Plan is read, its rows that pass become
 * part of the plan, and, when the workbook has the table, it is watched (watch.ts, loaded then).
 * Answers of the RRP functions wait for this first reading (answerOnceRead).
 * Syncs: 1 without an RRP Plan table; with one, the reading's (2 or 3) and 1 to add the handlers (its changes, its deletion).
 */
import { expectWorkbookPlan, settleWorkbookPlan } from '../../domain/planData';
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { toLayerError } from '../shared/excelErrors';
import { BY_ITSELF } from '../shared/gateway';
import { readPlanInWorkbook } from './read';
import { READING } from './reading';
import type { WatchPlanOptions } from './watch';

/** Never rejects: without Excel, or when the reading fails, the plan is the built-in one and the outcome says why. */
export async function startWorkbookPlan(
  options: WatchPlanOptions = {},
): Promise<{ summary?: PlanCheckSummary; error?: string }> {
  expectWorkbookPlan();
  try {
    const summary = await readPlanInWorkbook('leave', BY_ITSELF);
    if (summary !== undefined)
      await (await import(/* webpackChunkName: "planWatch" */ './watch')).watchPlanTable(options);
    return { summary };
  } catch (error) {
    return { error: toLayerError(error, READING).message };
  } finally {
    settleWorkbookPlan();
  }
}

/** Stops watching RRP Plan, if it is watched (resolves once Excel has dropped the handler). */
export async function stopWatchingPlan(): Promise<void> {
  await (await import(/* webpackChunkName: "planWatch" */ './watch')).stopWatchingPlan();
}
