/**
 * A stand-in for Excel's `CustomFunctions` global under jest, where it does not exist: `Error` with
 * code and message, `ErrorCode` with the values Excel shows ('invalidValue' is '#VALUE!',
 * 'notAvailable' is '#N/A', ...) and `associate(id, fn)` recording into a registry.
 * The implementation is scripts/customFunctionsStandIn.js, shared with the build's load check.
 *
 *   const runtime = installCustomFunctionsRuntime();   // globalThis.CustomFunctions = a fresh stand-in
 *   ...
 *   uninstallCustomFunctionsRuntime();
 */
import { createCustomFunctionsRuntime, ERROR_CODES, type ErrorCodeValue, type StandInError, type StandInRuntime } from '../../scripts/customFunctionsStandIn';

export { createCustomFunctionsRuntime, ERROR_CODES };
export type { ErrorCodeValue, StandInError, StandInRuntime };

type WithCustomFunctions = { CustomFunctions?: unknown };

/** Sets globalThis.CustomFunctions to a fresh stand-in and returns it with its registry. */
export function installCustomFunctionsRuntime(): StandInRuntime {
  const runtime = createCustomFunctionsRuntime();
  (globalThis as WithCustomFunctions).CustomFunctions = runtime.CustomFunctions;
  return runtime;
}

export function uninstallCustomFunctionsRuntime(): void {
  delete (globalThis as WithCustomFunctions).CustomFunctions;
}

/** True when `error` is a stand-in CustomFunctions.Error (of any runtime), optionally with the given code. */
export function isCustomFunctionsError(error: unknown, code?: ErrorCodeValue): error is StandInError {
  if (!(error instanceof Error) || error.name !== 'CustomFunctions.Error') return false;
  const actual = (error as StandInError).code;
  return code === undefined ? Object.values(ERROR_CODES).includes(actual) : actual === code;
}
