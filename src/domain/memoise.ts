/**
 * Memoises a text → answer function by the exact text given. Worksheets repeat the same names and
 * months thousands of times, so this turns parsing into one hash lookup. Bounded, so a sheet of
 * unique strings cannot grow it without limit: at most MEMO_LIMIT texts, and texts longer than
 * LONGEST_KEPT (never a name, month or value) are worked out each time rather than kept.
 */
const MEMO_LIMIT = 10_000;
const LONGEST_KEPT = 256;

// Stands for an undefined answer in the memo, so that a text not seen yet costs one lookup, not two.
const UNDEFINED = Symbol('undefined');

export function memoiseByText<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T | typeof UNDEFINED>();
  return (text) => {
    if (text.length > LONGEST_KEPT) return compute(text);
    const cached = memo.get(text);
    if (cached !== undefined) return cached === UNDEFINED ? (undefined as T) : cached;
    const answer = compute(text);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, answer === undefined ? UNDEFINED : answer);
    return answer;
  };
}
