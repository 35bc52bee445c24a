/**
 * Which plan edition a [plan] argument or an Edition cell names: 2022 (the 2022-25 plan) or the year
 * of an annual update (2023, 2024, …), written as a year, "2024 update", "2024 annual update" or
 * "2022-25". Text that names no edition is an error listing what is accepted, never read as "latest".
 */
import { invalid } from './errors';
import { isBlank, shown } from './givenValues';
import { memoiseByText } from './memoise';
import { FIRST_EDITION, isEdition, type Edition } from './planSchema';

/** 2022 is the 2022-25 plan; a later year is that year's annual update (a plan document's edition can be any). */
export const editionLabel = (edition: number): string =>
  edition === FIRST_EDITION ? '2022-25 plan' : `${edition} annual update`;

const NOISE = new Set(['the', 'plan', 'edition', 'rrp']);
const UPDATE_WORDS = new Set(['annual', 'update']);
const ORIGINAL_WORDS = new Set(['2022', '25', '2025', 'to', 'original']);

const ACCEPTED =
  'Use 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update", or leave it out for the latest.';

type EditionRead = { edition: Edition | undefined; error?: undefined } | { error: string };

// No edition is written in more words than this; longer text is refused without being read.
const LONGEST_EDITION_TEXT = 100;

/** The one year among the words, when the others are all update words ("2024 annual update", "update 2024"). */
function updateYear(words: readonly string[]): number | undefined {
  const years = words.filter((w) => /^\d{4}$/.test(w));
  if (years.length !== 1 || !words.every((w) => w === years[0] || UPDATE_WORDS.has(w))) return undefined;
  return Number(years[0]);
}

/**
 * The edition a text names, or why it names none; memoised, as a sheet repeats the same few texts.
 * Compatibility forms are read as their plain ones (NFKC: "２０２２" is 2022). Text that names no edition
 * is an error, never "the latest": only blank and "latest" mean that.
 */
export const readEditionText = memoiseByText((value: string): EditionRead => {
  const unknown: EditionRead = { error: `Plan edition ${shown(value)} is not known. ${ACCEPTED}` };
  const text = value.trim();
  if (text.length > LONGEST_EDITION_TEXT) return unknown;
  // Split on anything but letters and digits of any script, so "2022年" is one unknown word, not 2022.
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !NOISE.has(w));
  if (words.length === 1 && words[0] === 'latest') return { edition: undefined };
  if (words.length === 0) return unknown;
  if (words.every((w) => ORIGINAL_WORDS.has(w)) && (words.includes('2022') || words.includes('original')))
    return { edition: FIRST_EDITION };
  const year = updateYear(words);
  if (year !== undefined && year > FIRST_EDITION && isEdition(year)) return { edition: year };
  return unknown;
});

/** undefined means "the latest edition". Throws a PlanError for anything else it cannot read. */
export function parseEdition(value: unknown): Edition | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'number') {
    if (isEdition(value)) return value;
    throw invalid(`Plan edition ${shown(value)} is not known. ${ACCEPTED}`);
  }
  if (typeof value !== 'string') throw invalid(`Plan edition must be a year or text. ${ACCEPTED}`);
  const read = readEditionText(value);
  if (read.error !== undefined) throw invalid(read.error);
  return read.edition;
}
