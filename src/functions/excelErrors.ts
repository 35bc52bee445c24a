/**
 * Turns domain failures into Excel errors with a message: #VALUE! for unreadable input, #N/A for what
 * the plan does not state; and holds answers back until the workbook's own plan (RRP Plan) is read.
 */
import { PlanError } from '../domain/errors';
import { awaitWorkbookPlan } from '../domain/planData';

function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof PlanError) {
    const code =
      error.kind === 'invalid' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `RRP could not work this out (${detail}). Please report it with the formula used.`,
  );
}

/** Runs a function body, so no raw exception ever reaches a cell. */
export function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * The longest an answer waits for the first reading of the workbook plan when the workbook opens. A
 * reading takes well under a second; the bound keeps a cell from waiting for ever should it never end.
 * An answer given before the reading is over is brought up to date by the recalculation that follows it.
 */
export const PLAN_WAIT_MS = 10_000;

/**
 * Runs a function body once the workbook plan is read (at once when no reading is under way, as in a
 * workbook already open, or outside the task pane's runtime), so a region whose plan is on RRP Plan
 * is not answered #N/A just because the workbook has only just opened.
 */
export async function answerOnceRead<T>(compute: () => T): Promise<T> {
  await awaitWorkbookPlan(PLAN_WAIT_MS);
  return answer(compute);
}
