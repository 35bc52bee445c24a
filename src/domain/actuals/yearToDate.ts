/**
 * Performance-year-to-date: the year runs April to March. The figure is Σ numerators ÷ Σ denominators
 * over the months from April up to the month asked about, never an average of monthly percentages
 * (a month with 20 people must not weigh as much as a month with 2,000).
 */
import { monthNumberOf, type MonthIndex } from '../months';
import type { MetricCode, RegionCode } from '../planSchema';
import type { ParsedActual, YearToDate } from './schema';

/** April of the performance year a month falls in. */
export function performanceYearStart(month: MonthIndex): MonthIndex {
  return month - ((monthNumberOf(month) - 4 + 12) % 12);
}

/**
 * Year-to-date figure for one region and metric, from usable actuals (`checkActuals(...).actuals`,
 * which holds at most one row per region, metric and month). Only rows with both counts are summed;
 * undefined when there are none in the range.
 */
export function yearToDate(
  actuals: readonly ParsedActual[],
  region: RegionCode,
  metric: MetricCode,
  asOfMonth: MonthIndex,
): YearToDate | undefined {
  const from = performanceYearStart(asOfMonth);
  let numerator = 0;
  let denominator = 0;
  const counted = new Set<MonthIndex>();
  const uncounted = new Set<MonthIndex>();
  for (const a of actuals) {
    if (a.region !== region || a.metric !== metric || a.month < from || a.month > asOfMonth) continue;
    if (a.numerator !== undefined && a.denominator !== undefined && a.denominator > 0) {
      numerator += a.numerator;
      denominator += a.denominator;
      counted.add(a.month);
    } else uncounted.add(a.month);
  }
  if (counted.size === 0 || denominator === 0) return undefined;
  let monthsWithoutCounts = 0;
  for (const m of uncounted) if (!counted.has(m)) monthsWithoutCounts++;
  return {
    value: numerator / denominator,
    numerator,
    denominator,
    months: counted.size,
    monthsWithoutCounts,
    from,
    to: asOfMonth,
  };
}
