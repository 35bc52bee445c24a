/**
 * Text the layer writes into cells stays text. Excel reads an entry that starts with "=", "+", "-" or
 * "@" as a formula (and spreadsheet tools treat a leading tab or carriage return the same way); an
 * entry that starts with an apostrophe loses it. A leading apostrophe is Excel's own "this is text"
 * mark: it is not shown and not part of the value, so prefixing one keeps the text exactly as given.
 */
import type { Cell } from '../domain/rrpAnswers';

// Full-width ＝ ＋ － ＠ are included: some input methods turn them into the ASCII characters.
const FORMULA_START = /^\s*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** `text` as a cell entry that Excel keeps as exactly this text. */
export function asCellText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/** A cell entry for a value: numbers as they are, text through asCellText. */
export const asCellEntry = (value: Cell): Cell => (typeof value === 'string' ? asCellText(value) : value);
