/** Which plan edition a [plan] argument names: 2022 (the 2022-25 plan) or 2023 (the 2023 annual update). */
import { invalid } from './errors';
import { isBlank } from './givenValues';
import type { Edition } from './planSchema';

export const editionLabel = (edition: Edition): string => (edition === 2022 ? '2022-25 plan' : '2023 annual update');

const NOISE = new Set(['the', 'plan', 'edition', 'rrp']);
const UPDATE_WORDS = new Set(['2023', 'annual', 'update']);
const ORIGINAL_WORDS = new Set(['2022', '25', '2025', 'to', 'original']);

const ACCEPTED = 'Use 2022 (the 2022-25 plan) or 2023 (the 2023 annual update), or leave it out for the latest.';

/** undefined means "the latest edition". Throws a PlanError for anything else it cannot read. */
export function parseEdition(value: unknown): Edition | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'number') {
    if (value === 2022 || value === 2023) return value;
    throw invalid(`Plan edition ${value} is not known. ${ACCEPTED}`);
  }
  if (typeof value !== 'string') throw invalid(`Plan edition must be a year or text. ${ACCEPTED}`);
  const words = value.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && !NOISE.has(w));
  if (words.length === 0 || (words.length === 1 && words[0] === 'latest')) return undefined;
  if (words.every((w) => UPDATE_WORDS.has(w))) return 2023;
  if (words.every((w) => ORIGINAL_WORDS.has(w)) && (words.includes('2022') || words.includes('original'))) return 2022;
  throw invalid(`Plan edition "${value}" is not known. ${ACCEPTED}`);
}
