/** Progress status of an actual against a target, as the RRP.STATUS function and the progress sheet report it. */
import type { MonthIndex } from './months';
import type { PlanTarget } from './planData';
import { commitmentInWords } from './targetWording';
import { trajectoryAt } from './trajectory';

export const STATUSES = ['Met', 'On track', 'At risk', 'Off track', 'Missed', 'Improving', 'Not improving'] as const;
export type Status = (typeof STATUSES)[number];

export const DEFAULT_TOLERANCE = 0.01;

// Percentages are decimals that binary floating point cannot hold exactly (0.18 + 0.02 is
// 0.19999999999999998, not 0.2), so comparisons allow a margin far below anything a percentage to two
// decimal places can show.
const EPSILON = 1e-9;
const atLeast = (a: number, b: number): boolean => a >= b - EPSILON;

export function progressStatus(
  target: PlanTarget,
  actual: number,
  month: MonthIndex,
  tolerance: number = DEFAULT_TOLERANCE,
): Status {
  return progressAgainst(target, actual, month, tolerance).status;
}

/** The status, with the trajectory it was measured against for a target that has one (the progress summary shows both). */
export function progressAgainst(
  target: PlanTarget,
  actual: number,
  month: MonthIndex,
  tolerance: number = DEFAULT_TOLERANCE,
): { status: Status; trajectory?: number } {
  switch (target.kind) {
    case 'qualitative':
      throw commitmentInWords(target);
    case 'direction':
      return { status: actual > target.baseline + EPSILON ? 'Improving' : 'Not improving' };
    case 'increase':
    case 'maintain': {
      const trajectory = trajectoryAt(target, month);
      return {
        status: statusAgainst(
          actual,
          month,
          target.target,
          target.deadlineMonthIndex as MonthIndex,
          trajectory,
          tolerance,
        ),
        trajectory,
      };
    }
  }
}

function statusAgainst(
  actual: number,
  month: MonthIndex,
  level: number,
  deadline: MonthIndex,
  trajectory: number,
  tolerance: number,
): Status {
  if (atLeast(actual, level)) return 'Met';
  if (month > deadline) return 'Missed';
  if (atLeast(actual, trajectory)) return 'On track';
  return atLeast(actual, trajectory - tolerance) ? 'At risk' : 'Off track';
}

/** Rounds away floating-point dust so 0.2 − 0.16 shows as 0.04, not 0.04000000000000001. */
export const roundFraction = (x: number): number => Math.round(x * 1e10) / 1e10;
