/**
 * The months the plans speak to, and the refusal of a month outside them, wherever a month is chosen
 * or typed (the report month, the month a month is closed for). A month far outside would otherwise
 * give a report with no plan in it, or no month at all ("RRP board report: undefined").
 *
 * The range runs from the April before the earliest month any plan names (a baseline or a deadline)
 * to the March that ends the fifth performance year after the latest deadline: reports go on after a
 * deadline, to say whether the target was met and held.
 */
import { performanceYearStart } from './actuals/yearToDate';
import { allEditions, planVersion, regionsWithPlans, targetsOf } from './planData';
import { EARLIEST_MONTH, monthLabel, type MonthIndex } from './months';

const YEARS_AFTER_LAST_DEADLINE = 5;

export interface MonthRange {
  first: MonthIndex;
  last: MonthIndex;
}

let kept: { version: number; range: MonthRange | undefined } | undefined;

/** The plans' range of months (built-in and the workbook's own plan); undefined when there is no plan. */
export function planMonthRange(): MonthRange | undefined {
  const version = planVersion();
  if (kept?.version === version) return kept.range;
  let earliest = Infinity;
  let latest = -Infinity;
  for (const t of targetsOf(regionsWithPlans(), allEditions())) {
    for (const m of [t.baselineMonthIndex, t.deadlineMonthIndex]) {
      if (m === null) continue;
      earliest = Math.min(earliest, m);
      latest = Math.max(latest, m);
    }
  }
  const range = Number.isFinite(earliest)
    ? {
        first: performanceYearStart(earliest),
        last: performanceYearStart(latest) + 12 * (YEARS_AFTER_LAST_DEADLINE + 1) - 1,
      }
    : undefined;
  kept = { version, range };
  return range;
}

/**
 * Why a month cannot be chosen, or undefined when it is within the plans' range. `what` names the
 * month in the message ("The report month"). Anything not a whole month index is refused too.
 */
export function monthOutsidePlans(what: string, month: unknown): string | undefined {
  const range = planMonthRange();
  const span = range === undefined ? '' : ` (${monthLabel(range.first)} to ${monthLabel(range.last)})`;
  const choose = `Choose a month within the plans' range${span}.`;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < EARLIEST_MONTH)
    return `${what} is not a month the plans cover. ${choose}`;
  if (range === undefined || (month >= range.first && month <= range.last)) return undefined;
  return `${what}, ${monthLabel(month)}, is outside the plans' range${span}. Choose a month within it.`;
}
