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
import { memoiseByText } from './memoise';

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
  /** Both at once, reading the text once: the code, or the suggestions when there is none (then empty). */
  read(text: string): { code: Code | undefined; suggestions: readonly string[] };
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
  /** Which forms it is (KEYED, SQUASHED or both): a given spelling is measured against its own form only. */
  forms: number;
  /** Working values of the search under way (one runs at a time): the lower bound of its distance, and how far it may be. */
  bound: number;
  limit: number;
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
  const longestKey = Math.max(...candidates.map((c) => c.key.length)) * 2;
  const given = new Int16Array(LETTER_SLOTS);
  // The most of each letter any candidate has: a given spelling with more is that many edits from all of them.
  const mostOfEach = new Int16Array(LETTER_SLOTS);
  for (const c of candidates)
    for (let i = 0; i < LETTER_SLOTS; i++) mostOfEach[i] = Math.max(mostOfEach[i], c.letters[i]);

  // The search's findings, kept between calls (JavaScript runs one search at a time) so that a search
  // allocates next to nothing: a table of distinct unknown names stays cheap to check.
  const foundCodes: Code[] = [];
  const foundDistances: number[] = [];
  const reachable: Candidate<Code>[] = [];

  function consider(code: Code, distance: number): void {
    const at = foundCodes.indexOf(code);
    if (at < 0) {
      foundCodes.push(code);
      foundDistances.push(distance);
    } else if (distance < foundDistances[at]) foundDistances[at] = distance;
  }

  /** The third smallest distance found so far, or Infinity while fewer than three names are found. */
  const thirdBest = (): number =>
    foundCodes.length < 3 ? Number.POSITIVE_INFINITY : [...foundDistances].sort((a, b) => a - b)[2];

  /** Candidates close to one given spelling, into the found lists. */
  function search(key: string, form: number): void {
    if (key.length === 0 || key.length > longestKey) return;
    letterCounts(key, given);
    noteKeySlots(given);
    // More of some letter than any candidate has, by more than the reach: no edit distance can be within it.
    const tooFar = excess(given, mostOfEach) > reach(key.length);
    reachable.length = 0;
    const first = key.charCodeAt(0);
    const farthest = tooFar ? -1 : reach(key.length); // no candidate's reach is longer
    for (const c of candidates) {
      const sameStart = c.key.charCodeAt(0) === first;
      if (!sameStart && Math.abs(key.length - c.key.length) > farthest) continue; // the common case, decided cheaply
      if (sameStart && key.length >= 3 && c.key.length >= 3 && (c.key.startsWith(key) || key.startsWith(c.key)))
        consider(c.code, key === c.key ? 0 : 1);
      else if (!tooFar && (c.forms & form) !== 0) {
        c.limit = reach(Math.min(key.length, c.key.length));
        if (Math.abs(key.length - c.key.length) > c.limit) continue;
        c.bound = letterBound(given, key.length, c.letters, c.key.length);
        if (c.bound <= c.limit) reachable.push(c);
      }
    }
    reachable.sort((a, b) => a.bound - b.bound);
    let compared = 0;
    for (const c of reachable) {
      // In order of lower bound: once three names are at least as close as this bound allows, no later candidate can beat them.
      if (compared === MOST_COMPARED || thirdBest() <= c.bound) break;
      const at = foundCodes.indexOf(c.code);
      const known = at < 0 ? c.limit + 1 : foundDistances[at];
      if (known <= c.bound) continue;
      compared++;
      const distance = boundedEditDistance(key, c.key, Math.min(c.limit, known - 1));
      if (distance !== undefined) consider(c.code, distance);
    }
  }

  /**
   * Bounded work: no search for text far longer than any name; per spelling given, one pass over the
   * fixed list of candidates (prefix matches, then length and letter-count filters), then the banded
   * edit distance for at most MOST_COMPARED of them. The cost does not depend on how many other
   * unknown names were seen.
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
    const order = foundCodes.map((_, i) => i).sort((a, b) => foundDistances[a] - foundDistances[b] || a - b);
    return order.slice(0, 3).map((i) => labels.get(foundCodes[i]) ?? foundCodes[i]);
  }

  /** The code and suggestions for a name, reading it once; nothing for text too long to be a name. */
  function read(text: string): { code: Code | undefined; suggestions: readonly string[] } {
    // Trimmed first, so a name padded with thousands of spaces costs what the name costs.
    const name = text.trim();
    if (name.length > LONGEST_NAME_TEXT) return { code: undefined, suggestions: NONE };
    const lower = lowerOf(name);
    const tokens = tokensOf(lower);
    const keyed = keyOf(tokens);
    const code = byKey.get(keyed) ?? byRule(tokens);
    return { code, suggestions: code === undefined ? suggestionsOf(keyed, squashOf(lower)) : NONE };
  }

  return {
    resolve: (text) => read(text).code,
    suggest: (text) => read(text).suggestions,
    read,
  };
}

/** A region or metric as read from a cell or a function argument: its code, or the message saying why not. */
export type NameRead<Code> = { code: Code; error?: undefined } | { code?: undefined; error: string };

/**
 * The one reader of a region or metric, for cells and function arguments alike: `what` names it in
 * messages ("region") and `forms` says what is accepted. Blank (null, undefined, spaces) is "No region
 * given"; unrecognised text gets up to three suggestions.
 */
export function createNameReader<Code extends string>(
  what: string,
  resolver: NameResolver<Code>,
  forms: string,
): (value: unknown) => NameRead<Code> {
  const What = what[0].toUpperCase() + what.slice(1);
  const none: NameRead<Code> = { error: `No ${what} given. ${forms}` };
  const unknown = (value: unknown, hint: string): NameRead<Code> => ({
    error: `${What} ${shown(value)} is not recognised.${hint} ${forms}`,
  });
  const ofText = memoiseByText((text: string): NameRead<Code> => {
    if (isBlank(text)) return none;
    const read = resolver.read(text);
    return read.code !== undefined ? { code: read.code } : unknown(text, didYouMean(read.suggestions));
  });
  return (value) => (typeof value === 'string' ? ofText(value) : isBlank(value) ? none : unknown(value, ''));
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

/** How many letters `given` has beyond `most` (each needs an edit of its own). */
function excess(given: Int16Array, most: Int16Array): number {
  let over = 0;
  for (let i = 0; i < LETTER_SLOTS; i++) if (given[i] > most[i]) over += given[i] - most[i];
  return over;
}

// The slots a given key's letters are in, kept between calls: a key has few distinct letters.
const keySlots = new Int8Array(LETTER_SLOTS);
let keySlotCount = 0;

function noteKeySlots(counts: Int16Array): void {
  keySlotCount = 0;
  for (let i = 0; i < LETTER_SLOTS; i++) if (counts[i] > 0) keySlots[keySlotCount++] = i;
}

/**
 * A lower bound of the edit distance from letter counts alone: the counts differ by the letters the
 * two do not share, and each edit changes that by at most 2. Only the key's own letters are visited.
 */
function letterBound(key: Int16Array, keyLength: number, other: Int16Array, otherLength: number): number {
  let shared = 0;
  for (let k = 0; k < keySlotCount; k++) {
    const i = keySlots[k];
    shared += key[i] < other[i] ? key[i] : other[i];
  }
  return Math.ceil((keyLength + otherLength - 2 * shared) / 2);
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
