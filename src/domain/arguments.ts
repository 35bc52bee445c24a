/**
 * Reading function arguments as Excel passes them (numbers, text, null for a left-out optional) into
 * plan terms, with messages that say what was given and what is accepted.
 */
import { invalid } from './errors';
import { METRICS, resolveMetric, suggestMetrics } from './metrics';
import { monthOfSerial, monthOfText, type MonthIndex } from './months';
import type { MetricCode, RegionCode } from './planSchema';
import { REGIONS, resolveRegion, suggestRegions } from './regions';

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));
const didYouMean = (names: string[]): string => (names.length > 0 ? ` Did you mean ${names.join(' or ')}?` : '');
const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

const REGION_CODES_TEXT = REGIONS.map((r) => r.code).join(', ');
const METRIC_CODES_TEXT = METRICS.map((m) => m.code).join(', ');

export function readRegion(value: unknown): RegionCode {
  if (isBlank(value)) throw invalid(`No region given. Use a region code (${REGION_CODES_TEXT}) or its name, such as "Kent, Surrey and Sussex".`);
  const code = typeof value === 'string' ? resolveRegion(value) : undefined;
  if (code !== undefined) return code;
  const hint = typeof value === 'string' ? didYouMean(suggestRegions(value)) : '';
  throw invalid(`Region ${shown(value)} is not recognised.${hint} Use a region code (${REGION_CODES_TEXT}) or its name, such as "Kent, Surrey and Sussex".`);
}

export function readMetric(value: unknown): MetricCode {
  if (isBlank(value)) throw invalid(`No metric given. Use a metric code (${METRIC_CODES_TEXT}) or its name, such as "employed six weeks after release".`);
  const code = typeof value === 'string' ? resolveMetric(value) : undefined;
  if (code !== undefined) return code;
  const hint = typeof value === 'string' ? didYouMean(suggestMetrics(value)) : '';
  throw invalid(`Metric ${shown(value)} is not recognised.${hint} Use a metric code (${METRIC_CODES_TEXT}) or its name, such as "employed six weeks after release".`);
}

const MONTH_FORMS = 'Give an Excel date (any day in the month) or text such as "2023-10", "Oct 2023" or "October 2023".';

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
