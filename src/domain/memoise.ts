/**
 * Memoising by the exact text (or number) given. Worksheets repeat the same names and months thousands
 * of times, so this turns parsing into one hash lookup. Bounded, so a sheet of unique values cannot
 * grow it without limit: at most MEMO_LIMIT keys, and texts longer than LONGEST_KEPT (never a name,
 * month or value) are worked out each time rather than kept.
 */
const MEMO_LIMIT = 10_000;
const LONGEST_KEPT = 256;

// Stands for an undefined answer in the memo, so that a text not seen yet costs one lookup, not two.
const UNDEFINED = Symbol('undefined');

/** What TextMemo.get gives for a text it has no answer for. */
export const NOT_KEPT = Symbol('not kept');

/** Answers kept by key, at most MEMO_LIMIT of them. */
class Memo<Key, T> {
  private readonly answers = new Map<Key, T | typeof UNDEFINED>();

  /** The answer kept for `key`, or NOT_KEPT when there is none: one lookup either way. */
  get(key: Key): T | typeof NOT_KEPT {
    const kept = this.answers.get(key);
    return kept === undefined ? NOT_KEPT : kept === UNDEFINED ? (undefined as T) : kept;
  }

  /** Keeps `answer` for `key` and gives it back. */
  keep(key: Key, answer: T): T {
    if (this.answers.size >= MEMO_LIMIT) this.answers.clear();
    this.answers.set(key, answer === undefined ? UNDEFINED : answer);
    return answer;
  }
}

/** Answers kept by text, for callers that decide for themselves which answers are worth keeping. */
export class TextMemo<T> extends Memo<string, T> {
  /** Keeps `answer` for `text` (unless the text is too long to be worth it) and gives it back. */
  keep(text: string, answer: T): T {
    return text.length > LONGEST_KEPT ? answer : super.keep(text, answer);
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

/**
 * `compute`, memoised by the number given. Map keys do not tell 0 from -0, so `compute` must answer
 * both alike (Excel passes no -0, and messages show both as 0).
 */
export function memoiseByNumber<T>(compute: (n: number) => T): (n: number) => T {
  const memo = new Memo<number, T>();
  return (n) => {
    const kept = memo.get(n);
    return kept !== NOT_KEPT ? kept : memo.keep(n, compute(n));
  };
}
