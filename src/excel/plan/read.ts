/**
 * Reading RRP Plan: one sync finds whether the workbook has the table and where its columns are;
 * only when it has one is the checking code loaded (check.ts, on demand) and the rows read and checked.
 * Without a table the workbook plan is empty. Syncs: 1 without a table; 1 + the check's with one
 * (2 or 3 for any real plan); then, when the plan changed, the recalculation's (recalculate.ts).
 */
import { setWorkbookPlan } from '../../domain/planData';
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { exclusive } from '../shared/exclusive';
import { requireExcel } from '../shared/host';
import { PLAN_API } from './columns';
import { probePlanTable, queuePlanLayout } from './layout';
import { followPlanChange } from './recalculate';

/** What to do when Check needs writing and the sheet is protected: refuse (an asked-for check) or leave Check as it is (a reading). */
export type WhenProtected = 'refuse' | 'leave';

/** What a reading does, for messages: "Excel could not read RRP Plan …". */
export const READING = 'read RRP Plan';

/**
 * Reads and checks RRP Plan in its own run, after any check or import under way. Resolves to undefined
 * when there is no RRP Plan table (the workbook plan is then empty).
 */
export function readPlanInWorkbook(whenProtected: WhenProtected): Promise<PlanCheckSummary | undefined> {
  requireExcel(READING, PLAN_API.read);
  return exclusive(() =>
    Excel.run(async (context) => {
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
      return checkLaidOutPlan(context, planLayoutOf(queued), whenProtected);
    }),
  );
}
