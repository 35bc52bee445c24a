/**
 * Values as people give them, in function arguments and in cells, and as messages show them back.
 * Shared by the RRP functions and the actuals check, so both tell blanks, read numbers in text and
 * quote a value the same way.
 */

// Control characters (line breaks, tabs, C1 controls, line and paragraph separators) would break a
// one-line message, and bidirectional controls would reorder the words around them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_SHOWN = 60;

/** Nothing given: null, undefined (a left-out argument), or text of spaces only. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return value.length === 0 || value.trim().length === 0;
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER_TEXT = /^[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const COMMAS = /,/g;

/** The number written in a piece of text: "16.5", ".175", "1e-1", "1,234", "−3" (typographic minus); undefined otherwise. */
export function numberOfText(raw: string): number | undefined {
  let text = raw.trim();
  if (text.charCodeAt(0) === 0x2212) text = `-${text.slice(1)}`;
  if (NUMBER_TEXT.test(text)) return Number(text);
  if (GROUPED_NUMBER_TEXT.test(text)) return Number(text.replace(COMMAS, ''));
  return undefined;
}

// Binary floating point leaves dust: =(0.1+0.2)/0.3 is 1.0000000000000002 and =0.3-0.1-0.2 is
// -2.8e-17. Far below anything a percentage or a count can mean.
const DUST = 1e-9;

/** x, or `low`/`high` when x is outside them by no more than float dust (relative to the bound). */
export function withoutDust(x: number, low: number, high: number): number {
  if (x < low && low - x <= DUST * Math.max(1, Math.abs(low))) return low;
  if (x > high && x - high <= DUST * Math.max(1, Math.abs(high))) return high;
  return x;
}

/** The whole number x is within float dust of (33.000000000000004 is 33), or x itself. */
export function wholeWithoutDust(x: number): number {
  const whole = Math.round(x);
  return Math.abs(x - whole) <= DUST * Math.max(1, Math.abs(whole)) ? whole : x;
}

/** Rounds away floating-point dust: 33.3 / 100 is 0.333, not 0.33299999999999996. */
export const tidy = (x: number): number => Number(x.toPrecision(12)) + 0; // + 0 turns -0 into 0

/**
 * A value as the analyst gave it: text in quotes (shortened when long, control characters as spaces),
 * numbers as Excel holds them, TRUE/FALSE, and "blank" for a blank cell.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    // Cut before anything else, so a 32,767-character argument costs no more than a short one.
    let text = value;
    if (value.length > MAX_SHOWN) {
      const cut = value.length > MAX_SHOWN * 2;
      const head = Array.from(cut ? value.slice(0, MAX_SHOWN * 2) : value);
      if (cut || head.length > MAX_SHOWN) text = `${head.slice(0, MAX_SHOWN - 1).join('')}…`;
    }
    return `"${text.replace(CONTROL, ' ')}"`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'blank';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value); // String(-0) is "0"
  // Excel passes nothing else; anything else is named, never converted (that could throw).
  return '(not text or a number)';
}

/** 0.165 as "16.5%", with as many decimals as asked for (trailing zeros dropped). */
export function percentText(fraction: number, decimals = 2): string {
  return `${Number((fraction * 100).toFixed(decimals))}%`;
}
