/**
 * Reading function arguments as Excel passes them (numbers, text, null for a left-out optional) into
 * plan terms, with messages that say what was given and what is accepted.
 */
import { invalid } from './errors';
import { isBlank, shown } from './givenValues';
import { readMetricName } from './metrics';
import { MONTH_FORMS, monthOfSerial, monthOfText, type MonthIndex } from './months';
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

export function readMonth(value: unknown): MonthIndex {
  if (isBlank(value)) throw invalid(`No month given. ${MONTH_FORMS}`);
  const month = typeof value === 'number' ? monthOfSerial(value) : typeof value === 'string' ? monthOfText(value) : undefined;
  if (month === undefined) throw invalid(`Month ${shown(value)} cannot be read as a month. ${MONTH_FORMS}`);
  return month;
}

/** A percentage as a fraction: 0.175, or text "17.5%". */
export function readPercentage(value: unknown, what: string): number {
  if (isBlank(value)) throw invalid(`No ${what} given. Give it as a percentage, such as 17.5% (0.175).`);
  let fraction: number | undefined;
  if (typeof value === 'number') fraction = value;
  else if (typeof value === 'string') {
    const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(value);
    if (m) fraction = m[2] === '%' ? Number(m[1]) / 100 : Number(m[1]);
  }
  if (fraction === undefined || !Number.isFinite(fraction)) throw invalid(`The ${what} ${shown(value)} is not a number. Give it as a percentage, such as 17.5% (0.175).`);
  if (fraction < 0) throw invalid(`The ${what} ${shown(value)} is negative; a percentage runs from 0% to 100%.`);
  if (fraction > 1) throw invalid(`The ${what} ${shown(value)} is above 100%. Percentages are fractions in Excel: 17.5% is 0.175. If you meant ${fraction}%, enter ${fraction}% or ${fraction / 100}.`);
  return fraction;
}

/** An optional non-negative number of percentage points as a fraction (1 pp is 0.01). */
export function readTolerance(value: unknown, fallback: number): number {
  if (isBlank(value)) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw invalid(`Tolerance ${shown(value)} must be a percentage-point amount between 0 and 1, such as 0.01 for 1 percentage point.`);
  }
  return value;
}
