/**
 * Reading RRP Plan: one sync finds whether the workbook has the table and where its columns are;
 * only when it has one is the checking code loaded (check.ts, on demand) and the rows read and checked.
 * Without a table the workbook plan is empty. Syncs: 1 without a table; 1 + the check's with one
 * (2 or 3 for any real plan).
 */
import { answeredBeforeWorkbookPlan, setWorkbookPlan } from '../../domain/planData';
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { exclusive } from '../shared/exclusive';
import { requireExcel } from '../shared/host';
import { PLAN_API } from './columns';
import { probePlanTable, queuePlanLayout } from './layout';
import { runBatch, type BatchOptions } from '../shared/gateway';

/** What to do when Check needs writing and the sheet is protected: refuse (an asked-for check) or leave Check as it is (a reading). */
export type WhenProtected = 'refuse' | 'leave';

/** What a reading does, for messages: "Excel could not read RRP Plan …". */
export const READING = 'read RRP Plan';

/** Whether a reading of the plan has completed since the add-in started (the first one may need no recalculation). */
let readBefore = false;

/**
 * Whether formulas need a full recalculation after a reading that did (or did not) change the plan:
 * always after a change, except at the first reading when no answer was given before it (the
 * answers waited for it).
 */
export function recalculationNeeded(changed: boolean): boolean {
  const needed = changed && (readBefore || answeredBeforeWorkbookPlan());
  readBefore = true;
  return needed;
}

/**
 * Reads and checks RRP Plan in its own run, after any check or import under way. Resolves to undefined
 * when there is no RRP Plan table (the workbook plan is then empty). `batch`: how it runs (a reading
 * at start-up or after a change waits for a cell being edited).
 */
export function readPlanInWorkbook(
  whenProtected: WhenProtected,
  batch: BatchOptions = {},
): Promise<PlanCheckSummary | undefined> {
  requireExcel(READING, PLAN_API.read);
  return exclusive(() =>
    runBatch(async (context) => {
      const probe = probePlanTable(context);
      await context.sync();
      if (probe.isNullObject) {
        // No table (never made, or deleted): no workbook plan; formulas that used one need recalculating.
        if (recalculationNeeded(setWorkbookPlan([]))) {
          context.workbook.application.calculate(Excel.CalculationType.full);
          await context.sync();
        }
        return undefined;
      }
      const queued = queuePlanLayout(probe);
      const { checkLaidOutPlan, planLayoutOf } = await import(/* webpackChunkName: "planCheck" */ './check');
      await context.sync();
      return checkLaidOutPlan(context, planLayoutOf(queued), whenProtected);
    }, batch),
  );
}
