/**
 * Turns domain failures into Excel errors with a message: #VALUE! for unreadable input, #N/A for what
 * the plan does not state; and holds answers back until the workbook's own plan (RRP Plan) is read.
 */
import { PlanError } from '../domain/errors';
import { workbookPlanWait } from '../domain/planData';

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
 * Runs a function body at once and returns its value, as Excel takes a plain value without a promise's
 * cost; only while the workbook's own plan (RRP Plan) is being read when the workbook opens does it
 * answer through a promise that waits for that reading (until its one shared deadline, see
 * workbookPlanWait), so a region whose plan is on RRP Plan is not answered #N/A just because the
 * workbook has only just opened. An answer given after the deadline is brought up to date by the
 * recalculation that follows the reading.
 */
export function answerWhenRead<T>(compute: () => T): T | Promise<T> {
  const wait = workbookPlanWait();
  return wait === undefined ? answer(compute) : wait.then(() => answer(compute));
}
