/** Turns domain failures into Excel errors with a message: #VALUE! for unreadable input, #N/A for what the plan does not state. */
import { PlanError } from '../domain/errors';

function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof PlanError) {
    const code = error.kind === 'invalid' ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `RRP could not work this out (${detail}). Please report it with the formula used.`);
}

/** Runs a function body, so no raw exception ever reaches a cell. */
export function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
