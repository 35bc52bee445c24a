/** Shared by the tests of the Excel double itself. */
import { DoubleError } from '../excelDouble';

/** The code of the DoubleError a promise rejects with; fails when it resolves or rejects with anything else. */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DoubleError) return error.code;
    throw error;
  }
  throw new Error('expected the promise to reject');
}
