/**
 * Values as people give them, in function arguments and in cells, and as messages show them back.
 * Shared by the RRP functions and the actuals check, so both tell blanks, read numbers in text and
 * quote a value the same way.
 */

// Line breaks and tabs would break a one-line message: shown as spaces.
const LINE_BREAK = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Characters that show as nothing: other control characters (C0, C1), bidirectional controls (they
// would also reorder the words around them), zero-width and joining characters, the soft hyphen, the
// byte-order mark, fillers and invisible operators. A message names them rather than quoting them
// invisibly. A zero-width joiner between two emoji is left alone: there it draws one emoji.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufff8]/;
const INVISIBLE_ANYWHERE = new RegExp(`${INVISIBLE.source}|\u200d`);
const ZWJ = 0x200d;
const MAX_NAMED = 3;
const SNIPPET = 20;
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

const codeName = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const isInvisible = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  if (code === ZWJ) return !(text.charCodeAt(i - 1) > 0x2000 && text.charCodeAt(i + 1) > 0x2000);
  return INVISIBLE.test(text[i]);
};
const snippet = (text: string, fromEnd: boolean): string => {
  const chars = Array.from(text);
  if (chars.length <= SNIPPET) return text;
  return fromEnd ? `…${chars.slice(-SNIPPET).join('')}` : `${chars.slice(0, SNIPPET).join('')}…`;
};

/**
 * What invisible characters a text holds and where, in words: "an invisible character (U+FEFF)
 * before 16.5%", "2 invisible characters (U+200B) between 16 and .5%"; undefined when it has none.
 * `visible` is the text without them.
 */
export function invisibleCharacters(text: string): { visible: string; named: string } | undefined {
  const codes: number[] = [];
  // Where each run of invisible characters stands in the visible text.
  const runs: number[] = [];
  let visible = '';
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisible(text, i)) {
      visible += text[i];
      continue;
    }
    count++;
    const code = text.charCodeAt(i);
    if (!codes.includes(code)) codes.push(code);
    if (runs[runs.length - 1] !== visible.length) runs.push(visible.length);
  }
  if (count === 0) return undefined;
  const listed = codes.slice(0, MAX_NAMED).map(codeName).join(', ') + (codes.length > MAX_NAMED ? ', …' : '');
  const what = count === 1 ? `an invisible character (${listed})` : `${count} invisible characters (${listed})`;
  if (visible.trim() === '') return { visible, named: `${what} and nothing else` };
  if (runs.length > 1) return { visible, named: `${what} in it` };
  const at = runs[0];
  const before = snippet(visible.slice(0, at), true);
  const after = snippet(visible.slice(at), false);
  if (at === 0) return { visible, named: `${what} before ${after}` };
  if (at === visible.length) return { visible, named: `${what} after ${before}` };
  return { visible, named: `${what} between ${before} and ${after}` };
}

/**
 * A value as the analyst gave it: text in quotes (shortened when long, line breaks and tabs as
 * spaces, invisible characters named after it), numbers as Excel holds them, TRUE/FALSE, and
 * "blank" for a blank cell. Every message that quotes a value quotes it through this.
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
    text = text.replace(LINE_BREAK, ' ');
    const invisible = INVISIBLE_ANYWHERE.test(text) ? invisibleCharacters(text) : undefined;
    return invisible === undefined ? `"${text}"` : `"${invisible.visible}" (${invisible.named})`;
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
