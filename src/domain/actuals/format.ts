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

/** How many examples a grouped note quotes. */
export const NOTE_EXAMPLES = 3;

/** Notes of one kind: how many, the first few examples, and a sum the kind may report (values skipped). */
export interface NoteGroup {
  count: number;
  examples: string[];
  total: number;
}

/**
 * Notes gathered by kind, so a preview says each kind once with a count and a few examples however
 * many there are (a header of a million unknown columns is one note). Adding is constant time; the
 * sentences come out in the order each kind was first seen.
 */
export class NoteGroups<K extends string> {
  private readonly groups = new Map<K, NoteGroup>();

  /** One more of `kind`; `example` is worked out only while the group still wants examples. */
  add(kind: K, example: string | (() => string), total = 0): void {
    const group = this.groups.get(kind);
    const text = (): string => (typeof example === 'string' ? example : example());
    if (group === undefined) {
      this.groups.set(kind, { count: 1, examples: [text()], total });
      return;
    }
    group.count++;
    group.total += total;
    if (group.examples.length < NOTE_EXAMPLES) group.examples.push(text());
  }

  sentences(say: (kind: K, group: NoteGroup) => string): string[] {
    return Array.from(this.groups, ([kind, group]) => say(kind, group));
  }
}

/** A group's examples as a list: "a, b and c", or "a, b, c and 9,997 more" when there are more. */
export function examplesText(group: NoteGroup, separator = ', '): string {
  const more = group.count - group.examples.length;
  if (more > 0) return `${group.examples.join(separator)} and ${more.toLocaleString('en-GB')} more`;
  return separator === ', ' ? listText(group.examples) : group.examples.join(separator);
}
