/**
 * Reading the cells of one actuals row: months, values and counts, each with the plain-words message
 * used when it cannot be read (Region and Metric cells are read by readRegionName and readMetricName,
 * the readers the RRP functions use too). Numerators and denominators are
 * whole numbers (they count people). Text answers are memoised by the exact text, so a table of
 * 100,000 rows that repeats the same few months, values and "TBC"s costs a hash lookup per cell.
 *
 * Value rule (documented for analysts):
 *   - a number from 0 to 1 is a fraction: 0.165 is 16.5%, 0 is 0%, exactly 1 is 100% (within float
 *     dust: 1.0000000000000002, what =(0.1+0.2)/0.3 gives, is 100% too);
 *   - a number above 1 and up to 100 is read as a percentage, with a note: 16.5 is 16.5%, 100 is 100%;
 *   - text is read the same way ("0.165", "16.5"), and text ending in % is a percentage ("16.5%", " 16.5 % ");
 *   - negative values, values above 100%, and text that is not a number are errors;
 *   - blank, and the words of MISSING_WORDS below ("n/a", "TBC", "-" and the like, in any case), mean
 *     "no value yet": the row is reported as missing, never read as zero.
 */
import { numberOfText, shown, tidy, wholeWithoutDust, withoutDust } from '../givenValues';
import { memoiseByText } from '../memoise';
import { monthOfHeaderValue, readMonthValue, type MonthIndex, type MonthRead } from '../months';
import type { CellValue } from './schema';

/** Words that mean "no value yet" (compared trimmed and lower-case). */
const MISSING_WORDS: readonly string[] = ['n/a', 'na', 'n.a.', '-', '–', '—', 'tbc', 'tba', 'tbd', '..', '?'];
const MISSING = new Set(MISSING_WORDS);
const DECIMAL_COMMA = /^[+-]?\d+,\d+\s*%?$/;

/** A cell from an untyped source: anything that is not text, a number, TRUE/FALSE or null counts as blank. */
export function cellOf(value: unknown): CellValue {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    default:
      return null;
  }
}

// ---------------------------------------------------------------- months

/** The month of a Month cell, read as month arguments are (the future is checked separately, against the current month). */
export const readMonthCell: (value: CellValue) => MonthRead = readMonthValue;

/** The month a header cell of a wide block names, if any. */
export const monthOfHeader: (value: CellValue) => MonthIndex | undefined = monthOfHeaderValue;

// ---------------------------------------------------------------- values

export type ValueRead =
  | { kind: 'blank' }
  | { kind: 'missing'; given: string }
  | { kind: 'value'; value: number; note?: string }
  | { kind: 'error'; message: string };

const VALUE_FORMS = 'Give a percentage such as 16.5% or 0.165, or a Numerator and Denominator.';
const RANGE_FORMS = 'A percentage runs from 0% to 100%: give one such as 16.5% or 0.165.';
const BLANK_VALUE = { kind: 'blank' } as const;

/** Rule for numbers (and numeric text without a % sign): see the file comment. */
function valueOfNumber(given: number, shownAs: string): ValueRead {
  if (!Number.isFinite(given)) return { kind: 'error', message: `Value ${shownAs} is not a number. ${VALUE_FORMS}` };
  const n = withoutDust(given, 0, 1); // =(0.1+0.2)/0.3 is 100%, not 1%
  if (n < 0) return { kind: 'error', message: `Value ${shownAs} is negative. ${RANGE_FORMS}` };
  if (n <= 1) return { kind: 'value', value: n + 0 };
  const percent = withoutDust(n, 1, 100);
  if (percent <= 100) {
    const fraction = tidy(percent / 100);
    return {
      kind: 'value',
      value: fraction,
      note: `read ${shownAs} as ${tidy(percent)}% (in Excel a percentage is a fraction: ${tidy(percent)}% is ${fraction})`,
    };
  }
  return { kind: 'error', message: `Value ${shownAs} is above 100%. ${RANGE_FORMS}` };
}

const valueOfText = memoiseByText((raw: string): ValueRead => {
  const trimmed = raw.trim();
  if (trimmed.length === 0) return BLANK_VALUE;
  const given = shown(raw);
  if (MISSING.has(trimmed.toLowerCase())) return { kind: 'missing', given };
  const isPercent = trimmed.endsWith('%');
  const n = numberOfText(isPercent ? trimmed.slice(0, -1) : trimmed);
  if (n === undefined || !Number.isFinite(n)) {
    const comma = DECIMAL_COMMA.test(trimmed) ? ' Write decimals with a point: 16.5%, not 16,5%.' : '';
    return { kind: 'error', message: `Value ${given} is not a number.${comma} ${VALUE_FORMS}` };
  }
  if (!isPercent) return valueOfNumber(n, given);
  const percent = withoutDust(n, 0, 100);
  if (percent < 0) return { kind: 'error', message: `Value ${given} is negative. ${RANGE_FORMS}` };
  if (percent > 100) return { kind: 'error', message: `Value ${given} is above 100%. ${RANGE_FORMS}` };
  return { kind: 'value', value: tidy(percent / 100) };
});

export function readValueCell(value: CellValue): ValueRead {
  if (typeof value === 'number') {
    // Fast path for the common case: a fraction straight from a percentage-formatted cell.
    if (value >= 0 && value <= 1) return { kind: 'value', value: value + 0 };
    return valueOfNumber(value, shown(value));
  }
  if (typeof value === 'string') return valueOfText(value);
  if (value === null) return BLANK_VALUE;
  return { kind: 'error', message: `Value ${shown(value)} is not a number. ${VALUE_FORMS}` };
}

// ---------------------------------------------------------------- counts

export type CountColumn = 'Numerator' | 'Denominator';

export type CountRead =
  | { kind: 'blank' }
  | { kind: 'missing'; given: string }
  | { kind: 'count'; count: number }
  | { kind: 'error'; message: string };

const COUNT_FORMS: Record<CountColumn, string> = {
  Numerator: 'Give the number of people who met the measure, such as 33.',
  Denominator: 'Give the number of people counted, such as 200.',
};

function countOfNumber(column: CountColumn, given: number, shownAs: string): CountRead {
  if (!Number.isFinite(given))
    return { kind: 'error', message: `${column} ${shownAs} is not a number. ${COUNT_FORMS[column]}` };
  const n = wholeWithoutDust(given); // 33.000000000000004 from a formula is 33
  if (n < 0) return { kind: 'error', message: `${column} ${shownAs} is negative. ${COUNT_FORMS[column]}` };
  if (!Number.isInteger(n))
    return {
      kind: 'error',
      message: `${column} ${shownAs} is not a whole number: it counts people. ${COUNT_FORMS[column]}`,
    };
  return { kind: 'count', count: n + 0 };
}

function countOfTextFor(column: CountColumn): (text: string) => CountRead {
  return memoiseByText((raw: string): CountRead => {
    const trimmed = raw.trim();
    if (trimmed.length === 0) return BLANK_VALUE;
    const given = shown(raw);
    if (MISSING.has(trimmed.toLowerCase())) return { kind: 'missing', given };
    const n = numberOfText(trimmed);
    if (n === undefined) {
      const why = trimmed.endsWith('%') ? 'is a percentage, not a count' : 'is not a number';
      return { kind: 'error', message: `${column} ${given} ${why}. ${COUNT_FORMS[column]}` };
    }
    return countOfNumber(column, n, given);
  });
}

const countOfText: Record<CountColumn, (text: string) => CountRead> = {
  Numerator: countOfTextFor('Numerator'),
  Denominator: countOfTextFor('Denominator'),
};

export function readCountCell(column: CountColumn, value: CellValue): CountRead {
  if (typeof value === 'number') {
    if (value >= 0 && Number.isInteger(value)) return { kind: 'count', count: value + 0 };
    return countOfNumber(column, value, shown(value));
  }
  if (typeof value === 'string') return countOfText[column](value);
  if (value === null) return BLANK_VALUE;
  return { kind: 'error', message: `${column} ${shown(value)} is not a number. ${COUNT_FORMS[column]}` };
}
