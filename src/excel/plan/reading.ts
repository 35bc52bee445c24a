/**
 * What every reading of RRP Plan shares (the reading itself, read.ts; the check, check.ts, loaded on
 * demand): how it treats a protected sheet, its name in messages, and whether formulas need a full
 * recalculation after it.
 */
import { answeredBeforeWorkbookPlan } from '../../domain/planData';

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
