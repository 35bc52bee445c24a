/** Shared by the tests of the domain's answers, which refuse bad arguments with a PlanError. */
import { PlanError } from '../../src/domain/errors';

/** The PlanError a computation throws; fails when it returns or throws anything else. */
export function failure(compute: () => unknown): PlanError {
  try {
    compute();
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}
