/**
 * Where a target should be in a given month: a straight line, counted in whole months, from the
 * baseline (in the baseline month) to the target (in the deadline month).
 */
import type { MonthIndex } from './months';
import type { PlanTarget } from './planData';
import { commitmentInWords, onlyDirection } from './targetWording';

export function trajectoryAt(target: PlanTarget, month: MonthIndex): number {
  switch (target.kind) {
    case 'maintain':
      return target.target;
    case 'increase': {
      const start = target.baselineMonthIndex as MonthIndex;
      const end = target.deadlineMonthIndex as MonthIndex;
      if (month <= start) return target.baseline;
      if (month >= end) return target.target;
      return target.baseline + (target.change * (month - start)) / (end - start);
    }
    case 'direction':
      throw onlyDirection(target, 'trajectory');
    case 'qualitative':
      throw commitmentInWords(target);
  }
}

/** 0.165 as "16.5%": percentText under the name the task pane imports. */
export { percentText as percent } from './givenValues';
