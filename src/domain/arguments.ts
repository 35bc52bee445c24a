/**
 * Reading function arguments as Excel passes them (numbers, text, null for a left-out optional) into
 * plan terms, with messages that say what was given and what is accepted.
 */
import { invalid } from './errors';
import { isBlank, numberOfText, shown, tidy, withoutDust } from './givenValues';
import { readMetricName } from './metrics';
import { readMonthValue, type MonthIndex } from './months';
import type { NameRead } from './nameMatching';
import type { MetricCode, RegionCode } from './planSchema';
import { readRegionName } from './regions';

/** The code of a name read, or the read's message as a PlanError. */
function codeOf<Code>(read: NameRead<Code>): Code {
  if (read.error !== undefined) throw invalid(read.error);
  return read.code;
}

/** Regions and metrics are read exactly as the actuals check reads its cells, with the same messages. */
export const readRegion = (value: unknown): RegionCode => codeOf(readRegionName(value));
export const readMetric = (value: unknown): MetricCode => codeOf(readMetricName(value));

/** A month read exactly as the actuals check reads a Month cell, with the same messages. */
export function readMonth(value: unknown): MonthIndex {
  const read = readMonthValue(value);
  if (read.error !== undefined) throw invalid(read.error);
  return read.month;
}

const PERCENTAGE_FORMS = 'Give it as a percentage, such as 17.5% (0.175).';

/**
 * A percentage as a fraction: 0.175, or text read as the actuals check reads it ("0.175", ".175",
 * "17.5%", "17.5 %"). Stricter than the check: a number above 1 is refused, not read as a percentage,
 * because a formula has no note to say it was.
 */
export function readPercentage(value: unknown, what: string): number {
  // The usual case, a cell holding a percentage, in one comparison: what the reading below gives it.
  if (typeof value === 'number' && value >= 0 && value <= 1) return value + 0; // + 0 turns -0 into 0
  if (isBlank(value)) throw invalid(`No ${what} given. ${PERCENTAGE_FORMS}`);
  let fraction: number | undefined;
  let percentSign = false;
  if (typeof value === 'number') fraction = value;
  else if (typeof value === 'string') {
    const text = value.trim();
    percentSign = text.endsWith('%');
    const n = numberOfText(percentSign ? text.slice(0, -1) : text);
    if (n !== undefined) fraction = percentSign ? tidy(n / 100) : n;
  }
  if (fraction === undefined || !Number.isFinite(fraction))
    throw invalid(`The ${what} ${shown(value)} is not a number. ${PERCENTAGE_FORMS}`);
  fraction = withoutDust(fraction, 0, 1); // =(0.1+0.2)/0.3 is 100%
  if (fraction < 0) throw invalid(`The ${what} ${shown(value)} is negative; a percentage runs from 0% to 100%.`);
  if (fraction > 1) {
    if (percentSign) throw invalid(`The ${what} ${shown(value)} is above 100%; a percentage runs from 0% to 100%.`);
    const asPercent = tidy(fraction);
    throw invalid(
      `The ${what} ${shown(value)} is above 100%. Percentages are fractions in Excel: 17.5% is 0.175. If you meant ${asPercent}%, enter ${asPercent}% or ${tidy(fraction / 100)}.`,
    );
  }
  return fraction + 0; // + 0 turns -0 into 0
}

/** An optional non-negative number of percentage points as a fraction (1 pp is 0.01). */
export function readTolerance(value: unknown, fallback: number): number {
  if (isBlank(value)) return fallback;
  const tolerance = typeof value === 'number' ? withoutDust(value, 0, 1) : Number.NaN;
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 1) {
    throw invalid(
      `Tolerance ${shown(value)} must be a percentage-point amount between 0 and 1, such as 0.01 for 1 percentage point.`,
    );
  }
  return tolerance + 0;
}
