/**
 * Forgiving name matching shared by regions and metrics: case, "&"/"and", spacing and punctuation
 * do not matter. Answers, suggestions and whole reads (with their messages) are memoised by the exact
 * text given, so a misspelt name costs the suggestion search once, not once per cell or formula.
 */
import { isBlank, shown } from './givenValues';
import { memoiseByText } from './memoise';

const NUMBER_WORDS: Record<string, string> = {
  one: '1', first: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', twelve: '12',
};

/** Lower-case words of a name, with "&" read as "and" and number words as digits. */
function nameTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .map((t) => NUMBER_WORDS[t] ?? t);
}

/** " Did you mean A or B?" for suggested names, or nothing when there are none. */
const didYouMean = (names: readonly string[]): string => (names.length > 0 ? ` Did you mean ${names.join(' or ')}?` : '');

export interface NameResolver<Code extends string> {
  /** The code for a name as people write it, or undefined when it matches nothing. */
  resolve(text: string): Code | undefined;
  /** Up to three display names close to an unrecognised name, best first (memoised: do not change the array). */
  suggest(text: string): readonly string[];
}

export interface NamedEntry<Code extends string> {
  code: Code;
  name: string;
  aliases: readonly string[];
}

export function createNameResolver<Code extends string>(
  entries: readonly NamedEntry<Code>[],
  keyOf: (tokens: string[]) => string,
  byRule: (tokens: string[]) => Code | undefined = () => undefined,
): NameResolver<Code> {
  const byKey = new Map<string, Code>();
  const keyed: { keys: string[]; entry: NamedEntry<Code> }[] = [];
  for (const entry of entries) {
    for (const alias of [entry.code, entry.name, ...entry.aliases]) {
      const key = keyOf(nameTokens(alias));
      const existing = byKey.get(key);
      if (existing !== undefined && existing !== entry.code) throw new Error(`Alias "${alias}" is ambiguous`);
      byKey.set(key, entry.code);
      keyed.push({ keys: [key, squash(alias)], entry });
    }
  }
  const resolve = memoiseByText((text): Code | undefined => {
    const tokens = nameTokens(text);
    return byKey.get(keyOf(tokens)) ?? byRule(tokens);
  });

  const suggest = memoiseByText((text): readonly string[] => {
    const given = [keyOf(nameTokens(text)), squash(text)].filter((k) => k.length > 0);
    const best = new Map<Code, { distance: number; name: string }>();
    for (const { keys, entry } of keyed) {
      for (const key of given) {
        for (const aliasKey of keys) {
          const score = closeness(key, aliasKey);
          const seen = best.get(entry.code);
          if (score !== undefined && (!seen || score < seen.distance)) best.set(entry.code, { distance: score, name: `${entry.name} (${entry.code})` });
        }
      }
    }
    return [...best.values()].sort((a, b) => a.distance - b.distance).slice(0, 3).map((b) => b.name);
  });

  return { resolve, suggest };
}

/** A region or metric as read from a cell or a function argument: its code, or the message saying why not. */
export type NameRead<Code> = { code: Code; error?: undefined } | { code?: undefined; error: string };

/**
 * The one reader of a region or metric, for cells and function arguments alike: `what` names it in
 * messages ("region") and `forms` says what is accepted. Blank (null, undefined, spaces) is "No region
 * given"; unrecognised text gets up to three suggestions.
 */
export function createNameReader<Code extends string>(what: string, resolver: NameResolver<Code>, forms: string): (value: unknown) => NameRead<Code> {
  const What = what[0].toUpperCase() + what.slice(1);
  const none: NameRead<Code> = { error: `No ${what} given. ${forms}` };
  const unknown = (value: unknown, hint: string): NameRead<Code> => ({ error: `${What} ${shown(value)} is not recognised.${hint} ${forms}` });
  const ofText = memoiseByText((text: string): NameRead<Code> => {
    if (isBlank(text)) return none;
    const code = resolver.resolve(text);
    return code !== undefined ? { code } : unknown(text, didYouMean(resolver.suggest(text)));
  });
  return (value) => (typeof value === 'string' ? ofText(value) : isBlank(value) ? none : unknown(value, ''));
}

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** How close a given name is to an alias (lower is closer), or undefined when too far to suggest. */
function closeness(given: string, alias: string): number | undefined {
  const distance = editDistance(given, alias);
  const shorter = Math.min(given.length, alias.length);
  if (shorter >= 3 && (alias.startsWith(given) || given.startsWith(alias))) return Math.min(distance, 1);
  return distance <= Math.max(2, Math.floor(shorter / 3)) ? distance : undefined;
}

/** Levenshtein distance; names are short, so the quadratic table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
