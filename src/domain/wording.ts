/** Plain-words helpers shared by every message the add-in writes: lists and counts. */

/** "a", "a and b", "a, b and c" (or "a, b or c"). */
export function listed(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** "1 target", "3 targets". */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;
