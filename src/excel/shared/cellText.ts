/** Cell entries the layer writes: numbers as they are, text through the domain's formula-safe cellText. */
import { cellText } from '../../domain/cellText';
import type { Cell } from '../../domain/rrpAnswers';

export const asCellText = cellText;

export const asCellEntry = (value: Cell): Cell => (typeof value === 'string' ? cellText(value) : value);

/**
 * Text that Excel keeps exactly as given, never reading it as a formula, number, date or percentage:
 * every non-empty text gets the apostrophe Excel uses to mark typed text (not part of the value).
 * Imported rows use it, so "Apr-23" stays the text the check reads as April 2023 rather than
 * becoming 23 April of this year, and "16.5%" stays what the preview showed.
 */
export const asExactText = (text: string): string => (text === '' ? '' : `'${text}`);
