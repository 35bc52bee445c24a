/**
 * When this workbook's RRP formulas need recalculating after a reading of RRP Plan, and keeping the
 * fingerprint of the plan they were calculated with (fingerprint.ts). The recalculation itself
 * (recalculateFormulas.ts) loads on demand, only when the formulas may be stale.
 */
import { answeredBeforeWorkbookPlan, workbookPlanText } from '../../domain/planData';
import { fingerprintOf } from '../../domain/fingerprint';
import { saveFingerprint, savedFingerprint } from './fingerprint';
import type { Recalculation } from './recalculateFormulas';
import { updateWorkbookPlanStatus } from './status';

/** Whether a reading of the plan has completed since the add-in started. */
let readBefore = false;

/**
 * After a reading of RRP Plan (`changed`: whether the plan is not what it was): recalculates the RRP
 * formulas when they may be stale, and keeps the plan's fingerprint in the workbook once they are up
 * to date. At the first reading they are stale when an answer was given before it from another plan,
 * or when the workbook's formulas were last calculated with another plan (the saved fingerprint);
 * after it, whenever the plan changed. In Manual mode the fingerprint stays as it was, so the next
 * opening recalculates the formulas should they still wait.
 */
export async function followPlanChange(context: Excel.RequestContext, changed: boolean): Promise<Recalculation> {
  const first = !readBefore;
  readBefore = true;
  const fingerprint = fingerprintOf(workbookPlanText());
  const stale = first ? (changed && answeredBeforeWorkbookPlan()) || fingerprint !== savedFingerprint() : changed;
  if (!stale) return 'none';
  const { recalculateRrpFormulas } = await import(/* webpackChunkName: "recalculate" */ './recalculateFormulas');
  const outcome: Recalculation = await recalculateRrpFormulas(context);
  if (outcome === 'waitsForF9') updateWorkbookPlanStatus({ waitsForF9: true });
  else {
    updateWorkbookPlanStatus({ waitsForF9: false });
    await saveFingerprint(fingerprint);
  }
  return outcome;
}
