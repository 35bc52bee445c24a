/**
 * Memoising by the exact text given. Worksheets repeat the same names and months thousands of times,
 * so this turns parsing into one hash lookup. Bounded, so a sheet of unique strings cannot grow it
 * without limit: at most MEMO_LIMIT texts, and texts longer than LONGEST_KEPT (never a name, month or
 * value) are worked out each time rather than kept.
 */
const MEMO_LIMIT = 10_000;
const LONGEST_KEPT = 256;

// Stands for an undefined answer in the memo, so that a text not seen yet costs one lookup, not two.
const UNDEFINED = Symbol('undefined');

/** What TextMemo.get gives for a text it has no answer for. */
export const NOT_KEPT = Symbol('not kept');

/** Answers kept by text, for callers that decide for themselves which answers are worth keeping. */
export class TextMemo<T> {
  private readonly answers = new Map<string, T | typeof UNDEFINED>();

  /** The answer kept for `text`, or NOT_KEPT when there is none: one lookup either way. */
  get(text: string): T | typeof NOT_KEPT {
    const kept = this.answers.get(text);
    return kept === undefined ? NOT_KEPT : kept === UNDEFINED ? (undefined as T) : kept;
  }

  /** Keeps `answer` for `text` (unless the text is too long to be worth it) and gives it back. */
  keep(text: string, answer: T): T {
    if (text.length > LONGEST_KEPT) return answer;
    if (this.answers.size >= MEMO_LIMIT) this.answers.clear();
    this.answers.set(text, answer === undefined ? UNDEFINED : answer);
    return answer;
  }
}

/** `compute`, memoised by the exact text given. */
export function memoiseByText<T>(compute: (text: string) => T): (text: string) => T {
  const memo = new TextMemo<T>();
  return (text) => {
    if (text.length > LONGEST_KEPT) return compute(text);
    const kept = memo.get(text);
    return kept !== NOT_KEPT ? kept : memo.keep(text, compute(text));
  };
}
