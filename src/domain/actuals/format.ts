/** How CHECK messages are put together: lists, row labels, notes (values are quoted by shown and percentages written by percentText, in ../givenValues). */
import { NOTE_PREFIX } from './checkWording';

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Default row label: the 1-based data row number of the table (the header row is not counted). */
export const defaultRowLabel = (index: number): string => `row ${index + 1}`;

const capitalise = (s: string): string => (s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s);

/** "Note: first note. Second note." — the wording of every warning. */
export function noteMessage(notes: readonly string[]): string {
  return `${NOTE_PREFIX} ${notes.map((n, i) => (i === 0 ? n : capitalise(n))).join('. ')}.`;
}
