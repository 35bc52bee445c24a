/**
 * The fixed words of CHECK messages, and how a row's status can be told from its CHECK text alone,
 * for code that only sees the text in the cell (conditional-format rules in the workbook). check.ts
 * and format.ts build their messages from these constants; this is the one place that states which
 * beginnings mean which status:
 *   - exactly "OK": ok;
 *   - begins with "Note:": warning;
 *   - begins with "No value given" or "Empty row": missing;
 *   - anything else that is not blank: an error.
 * tests/excel/actuals/wording.test.ts holds every message the check makes to this.
 */
import { shown } from '../givenValues';
import type { ActualsColumn, RowStatus } from './schema';

/** The whole message of a row read and used as it stands. */
export const OK_MESSAGE = 'OK';

/** Every warning begins with this (see noteMessage in format.ts). */
export const NOTE_PREFIX = 'Note:';

/** A row whose value is blank, "n/a", "TBC" and the like: "No value given (…): the row is kept but not used." */
export const NO_VALUE_PREFIX = 'No value given';

const EMPTY_ROW_PREFIX = 'Empty row';

/** The whole message of a row with nothing in the data columns. */
export const EMPTY_ROW_MESSAGE = `${EMPTY_ROW_PREFIX}: nothing to check.`;

/** Every missing-value message begins with one of these. */
export const MISSING_PREFIXES: readonly string[] = [NO_VALUE_PREFIX, EMPTY_ROW_PREFIX];

/** The status a CHECK text stands for; undefined for a blank cell (a row not checked yet). */
export function statusOfCheckText(text: string): RowStatus | undefined {
  if (text.trim() === '') return undefined;
  if (text === OK_MESSAGE) return 'ok';
  if (text.startsWith(NOTE_PREFIX)) return 'warning';
  if (MISSING_PREFIXES.some((prefix) => text.startsWith(prefix))) return 'missing';
  return 'error';
}

/** What a decoder puts where bytes are no character: in a cell, a sign of a file read in the wrong encoding. */
export const UNREADABLE_CHARACTER = '\uFFFD';

/** The error for a cell holding UNREADABLE_CHARACTER: the row is kept as it came, and not used. */
export const unreadableMessage = (column: ActualsColumn, cell: string): string =>
  `A character in ${column} ${shown(cell)} could not be read (shown as ${UNREADABLE_CHARACTER}); was the file saved in two encodings? Correct the cell, or save the file as "CSV UTF-8" and import it again.`;
