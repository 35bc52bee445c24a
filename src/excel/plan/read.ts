/**
 * Reading RRP Plan: one sync finds whether the workbook has the table and where its columns are;
 * only when it has one is the checking code loaded (check.ts, on demand) and the rows read and checked.
 * Without a table the workbook plan is empty. Syncs: 1 without a table; 1 + the check's with one
 * (2 or 3 for any real plan); then, when the plan changed, the recalculation's (recalculate.ts).
 */
import { setWorkbookPlan } from '../../domain/planData';
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { exclusive } from '../shared/exclusive';
import { ExcelLayerError } from '../shared/layerErrors';
import { requireExcel } from '../shared/host';
import { PLAN_API } from './columns';
import { probePlanTable, queuePlanLayout } from './layout';
import { NO_PLAN_TABLE, planError } from './planErrors';
import { READING, type WhenProtected } from './reading';
import { followPlanChange } from './recalculate';
import { runBatch, type BatchOptions } from '../shared/gateway';

/**
 * Reads and checks RRP Plan in its own run, after any check or import under way. Resolves to undefined
 * when there is no RRP Plan table (the workbook plan is then empty). `batch`: how it runs (a reading
 * at start-up or after a change waits for a cell being edited). `write`: false to leave Check as it
 * is (a co-author's change, whose Check their add-in writes).
 */
export function readPlanInWorkbook(
  whenProtected: WhenProtected,
  batch: BatchOptions = {},
  write = true,
): Promise<PlanCheckSummary | undefined> {
  requireExcel(READING, PLAN_API.read);
  return exclusive(() =>
    runBatch(async (context) => {
      const probe = probePlanTable(context);
      await context.sync();
      if (probe.isNullObject) {
        // No table (never made, or deleted): no workbook plan; formulas that used one need recalculating.
        await followPlanChange(context, setWorkbookPlan([]));
        return undefined;
      }
      const queued = queuePlanLayout(probe);
      const { checkLaidOutPlan, planLayoutOf } = await import(/* webpackChunkName: "planCheck" */ './check');
      await context.sync();
      return checkLaidOutPlan(context, planLayoutOf(queued), whenProtected, undefined, write);
    }, batch),
  );
}

/** Checks every row of RRP Plan, writes each row's Check and uses the rows that pass; rejects in plain words, also when there is no table. */
export async function checkPlan(): Promise<PlanCheckSummary> {
  try {
    const summary = await readPlanInWorkbook('refuse');
    if (summary === undefined) throw new ExcelLayerError(NO_PLAN_TABLE, 'ItemNotFound');
    return summary;
  } catch (error) {
    throw planError(error, 'check the plan on RRP Plan');
  }
}
