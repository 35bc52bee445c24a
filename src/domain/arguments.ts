/**
 * Reading function arguments as Excel passes them (numbers, text, null for a left-out optional) into
 * plan terms, with messages that say what was given and what is accepted.
 */
import { invalid } from './errors';
import { METRICS, resolveMetric, suggestMetrics } from './metrics';
import { monthOfSerial, monthOfText, type MonthIndex } from './months';
import { didYouMean } from './nameMatching';
import type { MetricCode, RegionCode } from './planSchema';
import { REGIONS, resolveRegion, suggestRegions } from './regions';

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));
const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * A reader of a code or name (a region, a metric): `what` names it in messages, `resolve` and
 * `suggest` match people's names for it, and `forms` says what is accepted.
 */
function nameReader<Code extends string>(what: string, resolve: (text: string) => Code | undefined, suggest: (text: string) => string[], forms: string) {
  const What = what[0].toUpperCase() + what.slice(1);
  return (value: unknown): Code => {
    if (isBlank(value)) throw invalid(`No ${what} given. ${forms}`);
    const code = typeof value === 'string' ? resolve(value) : undefined;
    if (code !== undefined) return code;
    const hint = typeof value === 'string' ? didYouMean(suggest(value)) : '';
    throw invalid(`${What} ${shown(value)} is not recognised.${hint} ${forms}`);
  };
}

const REGION_FORMS = `Use a region code (${REGIONS.map((r) => r.code).join(', ')}) or its name, such as "Kent, Surrey and Sussex".`;
const METRIC_FORMS = `Use a metric code (${METRICS.map((m) => m.code).join(', ')}) or its name, such as "employed six weeks after release".`;

export const readRegion = nameReader<RegionCode>('region', resolveRegion, suggestRegions, REGION_FORMS);
export const readMetric = nameReader<MetricCode>('metric', resolveMetric, suggestMetrics, METRIC_FORMS);

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
