/**
 * Values as people give them, in function arguments and in cells, and as messages show them back.
 * Shared by the RRP functions and the actuals check, so both tell blanks, read numbers in text and
 * quote a value the same way.
 */

// Control characters (line breaks, tabs) in a value would break a one-line message.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;
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

/** Rounds away floating-point dust: 33.3 / 100 is 0.333, not 0.33299999999999996. */
export const tidy = (x: number): number => Number(x.toPrecision(12)) + 0; // + 0 turns -0 into 0

/**
 * A value as the analyst gave it: text in quotes (shortened when long, control characters as spaces),
 * numbers as Excel holds them, TRUE/FALSE, and "blank" for a blank cell.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    let text = value.replace(CONTROL, ' ');
    if (text.length > MAX_SHOWN) text = `${Array.from(text).slice(0, MAX_SHOWN - 1).join('')}…`;
    return `"${text}"`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'blank';
  return String(value); // String(-0) is "0"
}

/** 0.165 as "16.5%", with as many decimals as asked for (trailing zeros dropped). */
export function percentText(fraction: number, decimals = 2): string {
  return `${Number((fraction * 100).toFixed(decimals))}%`;
}
