/**
 * How a row's status can be told from its CHECK text alone, for code that only sees the text in the
 * cell (conditional-format rules in the workbook). The wording itself is made in check.ts and
 * format.ts; this is the one place that states which beginnings mean which status:
 *   - exactly "OK": ok;
 *   - begins with "Note:": warning;
 *   - begins with "No value given" or "Empty row": missing;
 *   - anything else that is not blank: an error.
 * tests/excelActualsWording.test.ts holds every message the check makes to this.
 */
import { EMPTY_ROW_MESSAGE, OK_MESSAGE } from './check';
import type { RowStatus } from './schema';

export { OK_MESSAGE };

/** Every warning begins with this (see noteMessage in format.ts). */
export const NOTE_PREFIX = 'Note:';

/** Every missing-value message begins with one of these. */
export const MISSING_PREFIXES: readonly string[] = ['No value given', EMPTY_ROW_MESSAGE.slice(0, EMPTY_ROW_MESSAGE.indexOf(':'))];

/** The status a CHECK text stands for; undefined for a blank cell (a row not checked yet). */
export function statusOfCheckText(text: string): RowStatus | undefined {
  if (text.trim() === '') return undefined;
  if (text === OK_MESSAGE) return 'ok';
  if (text.startsWith(NOTE_PREFIX)) return 'warning';
  if (MISSING_PREFIXES.some((prefix) => text.startsWith(prefix))) return 'missing';
  return 'error';
}
