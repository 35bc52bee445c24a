/**
 * Forgiving name matching shared by regions and metrics: case, width ("ＫＳＳ"), "&"/"and", spacing and
 * punctuation do not matter. Whole reads (with their messages) are memoised by the exact text given,
 * so a misspelt name costs the suggestion search once, not once per cell or formula.
 *
 * Every lookup keyed by user text is a Map: a plain object would also answer to "constructor" or
 * "__proto__". The suggestion search is bounded so that any text, however long, and any number of
 * distinct unknown names cost little: see suggestionsOf below.
 */
import { isBlank, shown } from './givenValues';
import { NOT_KEPT, TextMemo } from './memoise';

const NUMBER_WORDS = new Map<string, string>([
  ['one', '1'],
  ['first', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['twelve', '12'],
]);

/** Text longer than this (trimmed) is not a region or metric name: it is refused without being read. */
const LONGEST_NAME_TEXT = 200;

// eslint-disable-next-line no-control-regex -- the whole ASCII range, to skip normalising plain text
const NOT_ASCII = /[^\u0000-\u007f]/;

/** A name in lower case, compatibility forms read as plain ones (NFKC: "ＫＳＳ" is "kss"). */
const lowerOf = (text: string): string => (NOT_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();

/** Words of a lower-cased name, with "&" read as "and" and number words as digits. */
function tokensOf(lower: string): string[] {
  const tokens: string[] = [];
  const text = lower.includes('&') || lower.includes('+') ? lower.replace(/[&+]/g, ' and ') : lower;
  for (const word of text.split(/[^a-z0-9]+/)) if (word.length > 0) tokens.push(NUMBER_WORDS.get(word) ?? word);
  return tokens;
}

/** Every letter and digit of a lower-cased name, as written. */
const squashOf = (lower: string): string => lower.replace(/[^a-z0-9]/g, '');

/** " Did you mean A or B?" for suggested names, or nothing when there are none. */
const didYouMean = (names: readonly string[]): string =>
  names.length > 0 ? ` Did you mean ${names.join(' or ')}?` : '';

export interface NameResolver<Code extends string> {
  /** The code for a name as people write it, or undefined when it matches nothing. */
  resolve(text: string): Code | undefined;
  /** Up to three display names close to an unrecognised name, best first. */
  suggest(text: string): readonly string[];
  /**
   * Both at once, reading the text once: the code, or (when there is none and `suggest` is not false)
   * the suggestions; the suggestions are empty otherwise.
   */
  read(text: string, suggest?: boolean): { code: Code | undefined; suggestions: readonly string[] };
}

export interface NamedEntry<Code extends string> {
  code: Code;
  name: string;
  aliases: readonly string[];
}

/** One spelling a suggestion can be measured against. */
interface Spelling<Code> {
  key: string;
  code: Code;
  /** Which forms it is (KEYED, SQUASHED or both): a given spelling is measured against its own form only. */
  forms: number;
}

const KEYED = 1; // words read as the resolver reads them (filler words dropped, units spelt one way)
const SQUASHED = 2; // every letter and digit, as written

const NONE: readonly string[] = [];

/** At most this many candidates get the full edit-distance comparison, the likeliest first. */
const MOST_COMPARED = 4;

/** How far (in edits) a given spelling may be from a candidate for it to be suggested. */
const reach = (shorter: number): number => Math.min(Math.max(2, Math.floor(shorter / 3)), shorter - 1);

export function createNameResolver<Code extends string>(
  entries: readonly NamedEntry<Code>[],
  keyOf: (tokens: string[]) => string,
  byRule: (tokens: string[]) => Code | undefined = () => undefined,
): NameResolver<Code> {
  const byKey = new Map<string, Code>();
  const spellings = new Map<string, Spelling<Code>>();
  for (const entry of entries) {
    for (const alias of [entry.code, entry.name, ...entry.aliases]) {
      const lower = lowerOf(alias);
      const key = keyOf(tokensOf(lower));
      const existing = byKey.get(key);
      if (existing !== undefined && existing !== entry.code) throw new Error(`Alias "${alias}" is ambiguous`);
      byKey.set(key, entry.code);
      for (const [k, form] of [
        [key, KEYED],
        [squashOf(lower), SQUASHED],
      ] as const) {
        const id = `${entry.code}|${k}`;
        const known = spellings.get(id);
        if (known !== undefined) known.forms |= form;
        else if (k.length > 0) spellings.set(id, { key: k, code: entry.code, forms: form });
      }
    }
  }
  const candidates = [...spellings.values()];
  const labels = new Map(entries.map((e) => [e.code, `${e.name} (${e.code})`]));
  // A given spelling more than twice as long as the longest one listed is too far from all of them.
  const longestKey = candidates.reduce((longest, c) => Math.max(longest, c.key.length), 0) * 2;

  /**
   * Names close to one given spelling, into `found` (each name's smallest distance, in the order
   * found). A spelling that begins a name (or that a name begins) is 1 away. Of the others within
   * reach by length and by letter count, the edit distance is measured for at most MOST_COMPARED,
   * most letters in common first, and only while one could still be among the closest three.
   */
  function search(key: string, form: number, found: Map<Code, number>): void {
    if (key.length === 0 || key.length > longestKey) return;
    const near: { candidate: Spelling<Code>; bound: number; limit: number }[] = [];
    countGiven(key, 1);
    for (const candidate of candidates) {
      const other = candidate.key;
      if ((candidate.forms & form) === 0) continue;
      if (key.length >= 3 && other.length >= 3 && (key.startsWith(other) || other.startsWith(key)))
        keepCloser(found, candidate.code, key === other ? 0 : 1);
      else {
        const limit = reach(Math.min(key.length, other.length));
        if (Math.abs(key.length - other.length) > limit) continue;
        const bound = letterBound(key.length, other);
        if (bound <= limit) near.push({ candidate, bound, limit });
      }
    }
    countGiven(key, -1);
    // A stable sort: equal bounds stay in the order of the list.
    near.sort((a, b) => a.bound - b.bound);
    let compared = 0;
    for (const { candidate, bound, limit } of near) {
      // Three names at least as close as this bound allows: no candidate from here on can beat them.
      if (compared === MOST_COMPARED || thirdSmallest(found.values()) <= bound) break;
      const known = found.get(candidate.code) ?? limit + 1;
      if (known <= bound) continue;
      compared++;
      const distance = editDistanceWithin(key, candidate.key, Math.min(limit, known - 1));
      if (distance !== undefined) keepCloser(found, candidate.code, distance);
    }
  }

  /**
   * The three closest names, earlier finds first among equals. Bounded work: no search for text far
   * longer than any name; per spelling given, one pass over the list and at most MOST_COMPARED edit
   * distances, so the cost does not depend on how many other unknown names were seen.
   */
  function suggestionsOf(keyed: string, squashed: string): readonly string[] {
    const found = new Map<Code, number>();
    if (keyed === squashed) search(keyed, KEYED | SQUASHED, found);
    else {
      search(keyed, KEYED, found);
      search(squashed, SQUASHED, found);
    }
    // A stable sort keeps the order found among equals.
    return found.size === 0
      ? NONE
      : [...found]
          .sort((a, b) => a[1] - b[1])
          .slice(0, 3)
          .map(([code]) => labels.get(code) ?? code);
  }

  /** The code and suggestions for a name, reading it once; nothing for text too long to be a name. */
  function read(text: string, suggest = true): { code: Code | undefined; suggestions: readonly string[] } {
    // Trimmed first, so a name padded with thousands of spaces costs what the name costs.
    const name = text.trim();
    if (name.length > LONGEST_NAME_TEXT) return { code: undefined, suggestions: NONE };
    const lower = lowerOf(name);
    const tokens = tokensOf(lower);
    const keyed = keyOf(tokens);
    const code = byKey.get(keyed) ?? byRule(tokens);
    return { code, suggestions: code === undefined && suggest ? suggestionsOf(keyed, squashOf(lower)) : NONE };
  }

  return {
    resolve: (text) => read(text, false).code,
    suggest: (text) => read(text).suggestions,
    read,
  };
}

/** A region or metric as read from a cell or a function argument: its code, or the message saying why not. */
export type NameRead<Code> = { code: Code; error?: undefined } | { code?: undefined; error: string };

/**
 * How many more unrecognised names one check may search for suggestions. A table with thousands of
 * different unrecognised names holds something other than names (a shifted column, another export),
 * where "Did you mean" helps nobody; past the budget such names are refused without the search.
 */
export interface SuggestionBudget {
  searchesLeft: number;
}

/** Searches for suggestions one check of a table may make: far more misspellings than a table has. */
export const SUGGESTION_SEARCHES_PER_CHECK = 1_000;

export const suggestionBudget = (): SuggestionBudget => ({ searchesLeft: SUGGESTION_SEARCHES_PER_CHECK });

/**
 * The one reader of a region or metric, for cells and function arguments alike: `what` names it in
 * messages ("region") and `forms` says what is accepted. Blank (null, undefined, spaces) is "No region
 * given"; unrecognised text gets up to three suggestions, while the budget given (if any) lasts.
 */
export function createNameReader<Code extends string>(
  what: string,
  resolver: NameResolver<Code>,
  forms: string,
): (value: unknown, budget?: SuggestionBudget) => NameRead<Code> {
  const What = what[0].toUpperCase() + what.slice(1);
  const none: NameRead<Code> = { error: `No ${what} given. ${forms}` };
  // Joined into one flat string rather than a template's chain of pieces, which is copied out flat
  // again when first read: a table of distinct unknown names keeps one message per row.
  const unknown = (value: unknown, hint: string): NameRead<Code> => ({
    error: [What, ' ', shown(value), ' is not recognised.', hint, ' ', forms].join(''),
  });
  // Whole reads by text. A read made without the suggestion search is not kept: another check, or a
  // function, should still get its suggestions.
  const memo = new TextMemo<NameRead<Code>>();
  function ofText(text: string, budget: SuggestionBudget | undefined): NameRead<Code> {
    const kept = memo.get(text);
    if (kept !== NOT_KEPT) return kept;
    if (isBlank(text)) return memo.keep(text, none);
    const suggest = budget === undefined || budget.searchesLeft > 0;
    const read = resolver.read(text, suggest);
    if (read.code !== undefined) return memo.keep(text, { code: read.code });
    if (!suggest) return unknown(text, '');
    if (budget !== undefined) budget.searchesLeft--;
    return memo.keep(text, unknown(text, didYouMean(read.suggestions)));
  }
  return (value, budget) =>
    typeof value === 'string' ? ofText(value, budget) : isBlank(value) ? none : unknown(value, '');
}

/** Keeps `distance` for `code` unless a closer one is kept; a code keeps its place in the order found. */
function keepCloser<Code>(found: Map<Code, number>, code: Code, distance: number): void {
  const known = found.get(code);
  if (known === undefined || distance < known) found.set(code, distance);
}

/** The third smallest of the distances, or Infinity when there are fewer than three. */
function thirdSmallest(distances: Iterable<number>): number {
  let first = Number.POSITIVE_INFINITY;
  let second = first;
  let third = first;
  for (const d of distances) {
    if (d < first) [first, second, third] = [d, first, second];
    else if (d < second) [second, third] = [d, second];
    else if (d < third) third = d;
  }
  return third;
}

// The letters of the spelling being searched for, by character code, counted once per search. Keys
// hold only ASCII letters and digits; in any other text, characters sharing a slot would only lower
// the bound below, which stays a bound.
const given = new Int32Array(128);

function countGiven(key: string, by: number): void {
  for (let i = 0; i < key.length; i++) given[key.charCodeAt(i) & 127] += by;
}

/**
 * A lower bound of the edit distance of the counted spelling (`length` letters) to `other` from
 * letters alone: each edit changes the number of letters the two do not have in common by at most 2.
 */
function letterBound(length: number, other: string): number {
  let shared = 0;
  for (let i = 0; i < other.length; i++) if (given[other.charCodeAt(i) & 127]-- > 0) shared++;
  countGiven(other, 1);
  return Math.ceil((length + other.length - 2 * shared) / 2);
}

// Two rows of the distance table, kept between calls (names are short) so comparing allocates nothing.
let rows = [new Int32Array(128), new Int32Array(128)];

/**
 * Levenshtein distance when it is at most `limit`, else undefined. Only the diagonal band of width
 * 2 × limit + 1 is worked out, and the work stops at the first row with no cell within the limit:
 * correct for any two texts, and about (2 × limit + 1) × the length of `a` at most.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number | undefined {
  if (limit < 0 || Math.abs(a.length - b.length) > limit) return undefined;
  const far = limit + 1;
  if (rows[0].length < b.length + 2) rows = [new Int32Array(b.length + 2), new Int32Array(b.length + 2)];
  let [previous, current] = rows;
  for (let j = 0; j <= b.length + 1; j++) previous[j] = j <= limit ? j : far;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    // Cells just outside the band read as "too far"; the band itself is worked out below.
    current[from - 1] = from === 1 ? (i <= limit ? i : far) : far;
    current[to + 1] = far;
    const letter = a.charCodeAt(i - 1);
    let rowBest = current[from - 1];
    for (let j = from; j <= to; j++) {
      let value = previous[j - 1] + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      if (previous[j] + 1 < value) value = previous[j] + 1;
      if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
      if (value > far) value = far;
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return undefined;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length] <= limit ? previous[b.length] : undefined;
}
