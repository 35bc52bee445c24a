/**
 * Formula safety for text the add-in writes into cells (CHECK messages, imported notes, previews).
 *
 * Excel reads a cell value that starts with "=", "+", "-" or "@" as a formula, and CSV tools do the
 * same after a tab or carriage return (the OWASP "CSV injection" list). A leading apostrophe is how
 * Excel itself marks "this is text": it is not shown in the cell and not part of the value's text.
 * Full-width forms of the same characters are included because some input methods turn them into
 * the ASCII ones (small forms too), and leading spaces of any kind (no-break, ideographic, zero-width,
 * a byte-order mark) are looked through because some tools trim or drop them. Text that itself starts
 * with an apostrophe gets one more, or Excel would swallow the user's.
 */

const DANGEROUS_FIRST = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
  '\uFE66',
  '\uFE62',
  '\uFE63',
  '\uFE6B',
]);

// White space (\s covers the no-break, ideographic and other Unicode spaces and the BOM) and the
// zero-width characters \s leaves out.
const SPACE = /[\s\u200b-\u200d\u2060\u180e]/;
const LEADING_SPACE = /^[\s\u200b-\u200d\u2060\u180e]+/;

/** True when text written into a cell could be read as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (text.length === 0) return false;
  const first = text.charCodeAt(0);
  if (first > 0x40 && first < 0x7f) return false; // a letter (most text): neither a sign nor a space
  if (DANGEROUS_FIRST.has(text[0])) return true;
  if (!SPACE.test(text[0])) return false;
  const space = LEADING_SPACE.exec(text);
  return space !== null && space[0].length < text.length && DANGEROUS_FIRST.has(text[space[0].length]);
}

/** Text that stays exactly this text when written into a cell: prefixed with an apostrophe when needed. */
export function cellText(text: string): string {
  return looksLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}

/** A cell entry as written: a number as it is, text through cellText. */
export const cellEntry = (value: string | number): string | number =>
  typeof value === 'string' ? cellText(value) : value;

/**
 * Text that Excel keeps exactly as given, never reading it as a formula, number, date or percentage:
 * every non-empty text gets the apostrophe Excel uses to mark typed text (not part of the value).
 * Imported rows use it, so "Apr-23" stays the text the check reads as April 2023 rather than
 * becoming 23 April of this year, and "16.5%" stays what the preview showed.
 */
export const exactText = (text: string): string => (text === '' ? '' : `'${text}`);

/** The text itself, from what cellText made of it: for a cell formatted as Text, which keeps any text as it is. */
export function plainText(entry: string): string {
  return entry.startsWith("'") ? entry.slice(1) : entry;
}

/** The most characters an Excel cell holds. */
export const CELL_CHARACTER_LIMIT = 32_767;

/**
 * Why `text` cannot be written into one cell, or undefined when it fits. Counted as written: with the
 * apostrophe cellText may put before it. `what` names the text for the message ("Your name", "Note").
 */
export function tooLongForCell(what: string, text: string): string | undefined {
  const length = cellText(text).length;
  if (length <= CELL_CHARACTER_LIMIT) return undefined;
  return `${what} is ${length.toLocaleString('en-GB')} characters long, and an Excel cell holds at most ${CELL_CHARACTER_LIMIT.toLocaleString('en-GB')}: shorten it by ${(length - CELL_CHARACTER_LIMIT).toLocaleString('en-GB')}.`;
}
