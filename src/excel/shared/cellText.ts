/** Text the layer writes: through the domain's formula-safe cellText, or kept exactly as typed. */
import { cellText } from '../../domain/cellText';

export const asCellText = cellText;

/**
 * Text that Excel keeps exactly as given, never reading it as a formula, number, date or percentage:
 * every non-empty text gets the apostrophe Excel uses to mark typed text (not part of the value).
 * Imported rows use it, so "Apr-23" stays the text the check reads as April 2023 rather than
 * becoming 23 April of this year, and "16.5%" stays what the preview showed.
 */
export const asExactText = (text: string): string => (text === '' ? '' : `'${text}`);
