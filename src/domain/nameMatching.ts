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
interface Candidate<Code> {
  key: string;
  code: Code;
  letters: Int16Array;
  /** Its place in the list: candidates equally close are compared in this order, whichever way they were visited. */
  index: number;
  /** Which forms it is (KEYED, SQUASHED or both): a given spelling is measured against its own form only. */
  forms: number;
  /** Working values of the search under way (one runs at a time): the lower bound of its distance, and how far it may be. */
  bound: number;
  limit: number;
}

/** Whether `a` is compared before `b`: a smaller bound first, then the earlier in the list. */
const comesBefore = (a: { bound: number; index: number }, b: { bound: number; index: number }): boolean =>
  a.bound < b.bound || (a.bound === b.bound && a.index < b.index);

interface CandidateIndex<Code> {
  byStart: Map<number, Candidate<Code>[]>;
  byLength: Candidate<Code>[][];
}

function candidateIndexOf<Code>(candidates: readonly Candidate<Code>[]): CandidateIndex<Code> {
  const byStart = new Map<number, Candidate<Code>[]>();
  const byLength: Candidate<Code>[][] = [];
  for (const c of candidates) {
    const first = c.key.charCodeAt(0);
    byStart.set(first, [...(byStart.get(first) ?? []), c]);
    (byLength[c.key.length] ??= []).push(c);
  }
  return { byStart, byLength };
}

const KEYED = 1; // words read as the resolver reads them (filler words dropped, units spelt one way)
const SQUASHED = 2; // every letter and digit, as written

const NONE: readonly string[] = [];
const NO_CANDIDATES: readonly never[] = [];

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
  const spellings = new Map<string, Candidate<Code>>();
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
        else if (k.length > 0)
          spellings.set(id, {
            key: k,
            code: entry.code,
            index: spellings.size,
            letters: letterCounts(k, new Int16Array(LETTER_SLOTS)),
            forms: form,
            bound: 0,
            limit: 0,
          });
      }
    }
  }
  const candidates = [...spellings.values()];
  const labels = new Map(entries.map((e) => [e.code, `${e.name} (${e.code})`]));
  // A given spelling more than twice as long as the longest one listed is too far from all of them.
  const longestKey = candidates.reduce((longest, c) => Math.max(longest, c.key.length), 0) * 2;
  // For each form a spelling is searched in (KEYED, SQUASHED or both), the candidates of that form by
  // the letter they start with (for prefix matches) and by length (the edit distance is at least the
  // difference in length): a search visits only candidates it could find.
  const indexes = new Map(
    [KEYED, SQUASHED, KEYED | SQUASHED].map((form) => [
      form,
      candidateIndexOf(candidates.filter((c) => (c.forms & form) !== 0)),
    ]),
  );
  // The most of each letter any candidate has: a given spelling with more is that many edits from all of them.
  const mostOfEach = new Int16Array(LETTER_SLOTS);
  for (const c of candidates)
    for (let i = 0; i < LETTER_SLOTS; i++) mostOfEach[i] = Math.max(mostOfEach[i], c.letters[i]);

  // The search's findings, kept between calls (JavaScript runs one search at a time) so that a search
  // allocates nothing: a table of distinct unknown names stays cheap to check.
  const foundCodes: Code[] = [];
  const foundDistances: number[] = [];
  const reachable: Candidate<Code>[] = [];
  const given = new GivenLetters();

  function consider(code: Code, distance: number): void {
    const at = foundCodes.indexOf(code);
    if (at < 0) {
      foundCodes.push(code);
      foundDistances.push(distance);
    } else if (distance < foundDistances[at]) foundDistances[at] = distance;
  }

  /** The third smallest distance found so far, or Infinity while fewer than three names are found. */
  function thirdBest(): number {
    let first = Number.POSITIVE_INFINITY;
    let second = first;
    let third = first;
    for (const d of foundDistances) {
      if (d < first) {
        third = second;
        second = first;
        first = d;
      } else if (d < second) {
        third = second;
        second = d;
      } else if (d < third) third = d;
    }
    return third;
  }

  /** Keeps `c` for the edit distance when its letter counts leave it within reach, in order of that bound. */
  function measure(c: Candidate<Code>, key: string): void {
    c.limit = reach(Math.min(key.length, c.key.length));
    if (Math.abs(key.length - c.key.length) > c.limit) return;
    c.bound = given.boundAgainst(c.letters, c.key.length);
    if (c.bound > c.limit) return;
    // Kept in order of bound, then of place in the list.
    let at = reachable.push(c) - 1;
    while (at > 0 && comesBefore(c, reachable[at - 1])) {
      reachable[at] = reachable[at - 1];
      at--;
    }
    reachable[at] = c;
  }

  /** Candidates close to one given spelling, into the found lists. */
  function search(key: string, form: number): void {
    if (key.length === 0 || key.length > longestKey) return;
    given.count(key);
    // More of some letter than any candidate has, by more than the reach: no edit distance can be within it.
    const tooFar = given.excessOver(mostOfEach) > reach(key.length);
    reachable.length = 0;
    const first = key.charCodeAt(0);
    const { byStart, byLength } = indexes.get(form) as CandidateIndex<Code>;
    for (const c of byStart.get(first) ?? NO_CANDIDATES) {
      if (key.length >= 3 && c.key.length >= 3 && oneStartsTheOther(key, c.key))
        consider(c.code, key === c.key ? 0 : 1);
      else if (!tooFar) measure(c, key);
    }
    if (!tooFar) {
      const farthest = reach(key.length); // no candidate's reach is longer
      const last = Math.min(byLength.length - 1, key.length + farthest);
      for (let length = Math.max(1, key.length - farthest); length <= last; length++)
        for (const c of byLength[length] ?? NO_CANDIDATES) if (c.key.charCodeAt(0) !== first) measure(c, key);
    }
    let compared = 0;
    for (const c of reachable) {
      // In order of lower bound: once three names are at least as close as this bound allows, no later candidate can beat them.
      if (compared === MOST_COMPARED || thirdBest() <= c.bound) break;
      const at = foundCodes.indexOf(c.code);
      const known = at < 0 ? c.limit + 1 : foundDistances[at];
      if (known <= c.bound) continue;
      compared++;
      const distance = editDistanceWithin(key, c.key, Math.min(c.limit, known - 1));
      if (distance !== undefined) consider(c.code, distance);
    }
  }

  /**
   * Bounded work: no search for text far longer than any name; per spelling given, a visit of the
   * candidates that start with its letter or are near its length (prefix matches, then a letter-count
   * bound), then the edit distance for at most MOST_COMPARED of them. Nothing is allocated
   * unless a name is found, and the cost does not depend on how many other unknown names were seen.
   */
  function suggestionsOf(keyed: string, squashed: string): readonly string[] {
    foundCodes.length = 0;
    foundDistances.length = 0;
    if (keyed === squashed) search(keyed, KEYED | SQUASHED);
    else {
      search(keyed, KEYED);
      search(squashed, SQUASHED);
    }
    if (foundCodes.length === 0) return NONE;
    // The three closest, earlier finds first among equals.
    const names: string[] = [];
    for (let pick = 0; pick < 3 && pick < foundCodes.length; pick++) {
      let best = -1;
      for (let i = 0; i < foundCodes.length; i++)
        if (foundDistances[i] >= 0 && (best < 0 || foundDistances[i] < foundDistances[best])) best = i;
      names.push(labels.get(foundCodes[best]) ?? foundCodes[best]);
      foundDistances[best] = -1;
    }
    return names;
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

// Letters and digits are the only characters keys hold; anything else shares one slot.
const LETTER_SLOTS = 37;
const slotOf = (code: number): number =>
  code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? code - 22 : 36;

/** Fills `counts` with the letter counts of a key, and returns it. */
function letterCounts(key: string, counts: Int16Array): Int16Array {
  counts.fill(0);
  for (let i = 0; i < key.length; i++) counts[slotOf(key.charCodeAt(i))]++;
  return counts;
}

/**
 * The letter counts of the spelling being searched for, reused from one search to the next: only
 * the slots its letters are in are visited, cleared or compared (a name has few distinct letters).
 */
class GivenLetters {
  private readonly counts = new Int16Array(LETTER_SLOTS);
  private readonly slots = new Int8Array(LETTER_SLOTS);
  private slotCount = 0;
  private length = 0;

  count(key: string): void {
    for (let k = 0; k < this.slotCount; k++) this.counts[this.slots[k]] = 0;
    this.slotCount = 0;
    this.length = key.length;
    for (let i = 0; i < key.length; i++) {
      const slot = slotOf(key.charCodeAt(i));
      if (this.counts[slot]++ === 0) this.slots[this.slotCount++] = slot;
    }
  }

  /** How many letters the spelling has beyond `most` (each needs an edit of its own). */
  excessOver(most: Int16Array): number {
    let over = 0;
    for (let k = 0; k < this.slotCount; k++) {
      const i = this.slots[k];
      if (this.counts[i] > most[i]) over += this.counts[i] - most[i];
    }
    return over;
  }

  /**
   * A lower bound of the edit distance to a candidate from letter counts alone: the counts differ by
   * the letters the two do not share, and each edit changes that by at most 2.
   */
  boundAgainst(other: Int16Array, otherLength: number): number {
    let shared = 0;
    for (let k = 0; k < this.slotCount; k++) {
      const i = this.slots[k];
      shared += this.counts[i] < other[i] ? this.counts[i] : other[i];
    }
    return Math.ceil((this.length + otherLength - 2 * shared) / 2);
  }
}

/** Whether the shorter of two texts begins the longer one (compared letter by letter: most pairs differ early). */
function oneStartsTheOther(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  for (let i = 0; i < shorter; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/**
 * Levenshtein distance when it is at most `limit`, else undefined: bit-parallel (Myers, as Hyyrö
 * gives it for edit distance) when the shorter text is ASCII and fits the 32 bits of a number, which
 * names always do; otherwise the banded table below.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number | undefined {
  if (limit < 0 || Math.abs(a.length - b.length) > limit) return undefined;
  const [pattern, text] = a.length <= b.length ? [a, b] : [b, a];
  if (pattern.length === 0) return text.length; // within the limit, by the length check above
  if (pattern.length > 32 || !placePattern(pattern)) return boundedEditDistance(a, b, limit);
  const distance = bitParallelDistance(pattern.length, text, limit);
  for (let i = 0; i < pattern.length; i++) positions[pattern.charCodeAt(i)] = 0;
  return distance;
}

// For each ASCII letter, the positions in the pattern where it stands, one bit each; cleared after use.
const positions = new Int32Array(128);

/** Fills `positions` for an ASCII pattern; false (and nothing filled) for any other. */
function placePattern(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) if (pattern.charCodeAt(i) >= 128) return false;
  for (let i = 0; i < pattern.length; i++) positions[pattern.charCodeAt(i)] |= 1 << i;
  return true;
}

/**
 * The distance between the placed pattern (of length m) and `text`, one column of the table per
 * letter of the text, each column held as the ups and downs between its cells (pv, mv). The bottom
 * cell of the column is the distance to the text so far; it moves by at most one per letter, so a
 * search stops once it is further than the letters left could bring back within `limit`.
 */
function bitParallelDistance(m: number, text: string, limit: number): number | undefined {
  const bottom = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let distance = m;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? positions[code] : 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if ((ph & bottom) !== 0) distance++;
    else if ((mh & bottom) !== 0) distance--;
    if (distance - (text.length - j - 1) > limit) return undefined;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return distance <= limit ? distance : undefined;
}

// Two rows of the distance table, kept between calls (names are short) so comparing allocates nothing.
let rows = [new Int32Array(128), new Int32Array(128)];

/**
 * Levenshtein distance when it is at most `limit`, else undefined. Only the diagonal band of width
 * 2 × limit + 1 is computed, so the work is at most (limit × 2 + 1) × the length of `a`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number | undefined {
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
