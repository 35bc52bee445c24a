/** The plan metrics and how people write them ("6 week employment", "employed six weeks after release"). */
import { createNameReader, createNameResolver, type NamedEntry } from './nameMatching';
import type { MetricCode } from './planSchema';

export interface Metric extends NamedEntry<MetricCode> {
  /** What the metric counts, for lists and function help. */
  description: string;
}

export const METRICS: readonly Metric[] = [
  {
    code: 'EMP_6W',
    name: 'Employed six weeks after release',
    aliases: ['6 week employment', 'employment at 6 weeks'],
    description: 'Proportion of prison leavers in employment six weeks after release',
  },
  {
    code: 'EMP_6M',
    name: 'Employed six months after release',
    aliases: ['6 month employment', 'employment at 6 months'],
    description: 'Proportion of prison leavers in employment six months after release',
  },
  {
    code: 'HOUSED_NIGHT1',
    name: 'Housed on the night after release',
    aliases: ['housed first night', 'night 1 accommodation'],
    description: 'Proportion of prison leavers housed on the night after release',
  },
  {
    code: 'SETTLED_3M',
    name: 'Settled accommodation three months after release',
    aliases: ['in settled accommodation 3 months after leaving prison'],
    description: 'Proportion of prison leavers in settled accommodation three months after release',
  },
  {
    code: 'SOI_COMPLETED',
    name: 'Sexual offence interventions completed',
    aliases: ['SOI', 'SOI completions'],
    description: 'Proportion of sexual offence interventions completed',
  },
  {
    code: 'CSTR',
    name: 'Community sentence treatment requirements',
    aliases: ['CSTRs', 'treatment requirements'],
    description: 'Use of community sentence treatment requirements (a commitment in words, no numeric target)',
  },
];

const UNIT_WORDS = new Map<string, string>([
  ['w', 'week'],
  ['wk', 'week'],
  ['wks', 'week'],
  ['week', 'week'],
  ['weeks', 'week'],
  ['weekly', 'week'],
  ['m', 'month'],
  ['mth', 'month'],
  ['mths', 'month'],
  ['month', 'month'],
  ['months', 'month'],
  ['monthly', 'month'],
  ['night', 'night'],
  ['nights', 'night'],
]);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Splits "6w", "3mths" into number and unit, and spells units one way. */
function unitTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const glued = isDigit(token.charCodeAt(0)) ? /^(\d+)([a-z]+)$/.exec(token) : null;
    const unit = glued ? UNIT_WORDS.get(glued[2]) : undefined;
    if (glued && unit !== undefined) out.push(glued[1], unit);
    else out.push(UNIT_WORDS.get(token) ?? token);
  }
  return out;
}

// The resolver asks for a name's key, then (when no name has that key) its rule, with the same
// tokens: the unit tokens of the last tokens are kept so they are worked out once.
let lastTokens: string[] | undefined;
let lastUnitTokens: string[] = [];
function unitTokensOnce(tokens: string[]): string[] {
  if (tokens !== lastTokens) {
    lastTokens = tokens;
    lastUnitTokens = unitTokens(tokens);
  }
  return lastUnitTokens;
}

const metricKey = (tokens: string[]): string => unitTokensOnce(tokens).join('');

const EMPLOYMENT = new Set(['employ', 'employed', 'employment', 'emp', 'job', 'jobs', 'work', 'working', 'ete']);
const HOUSING = new Set(['housed', 'housing', 'accommodation', 'accommodated']);
const SEXUAL = new Set(['sex', 'sexual']);
const OFFENCE = new Set(['offence', 'offences', 'offending', 'offender', 'offenders']);
const INTERVENTION = new Set([
  'intervention',
  'interventions',
  'programme',
  'programmes',
  'completed',
  'completion',
  'completions',
]);
// Words that turn a measure into its opposite ("not employed", "non-completion", "didn't complete"):
// such a name names no measure of the plan, so it is refused rather than read as the measure.
const NEGATIONS = new Set([
  'not',
  'no',
  'non',
  'never',
  'without',
  'nor',
  'neither',
  'none',
  'excluding',
  'except',
  'cannot',
  'isn',
  'wasn',
  'aren',
  'weren',
  'didn',
  'doesn',
  'don',
  'hasn',
  'haven',
  'hadn',
]);

/** Every word that can say what a measure is about: a name with none of them names no measure. */
const SUBJECTS = new Set([
  ...EMPLOYMENT,
  ...HOUSING,
  ...SEXUAL,
  'soi',
  'cstr',
  'cstrs',
  'treatment',
  'treatments',
  'settled',
]);

/**
 * Reads the metric from its words when the exact name was not used. A name must say which measure in
 * full: the subject and, for measures taken at a time after release, the number and unit ("employed 6
 * weeks", not "employment" or "monthly employment"). Fragments ("night", "sexting"), negations and
 * names that fit two measures are refused.
 */
function metricByRule(raw: string[]): MetricCode | undefined {
  const tokens = unitTokensOnce(raw);
  if (!tokens.some((t) => SUBJECTS.has(t)) || tokens.some((t) => NEGATIONS.has(t))) return undefined;
  const has = (word: string) => tokens.includes(word);
  const hasAny = (words: ReadonlySet<string>) => tokens.some((t) => words.has(t));
  const onlyNumber = (n: string) => tokens.every((t) => t === n || !/^\d+$/.test(t));
  const read: MetricCode[] = [];
  if (
    has('cstr') ||
    has('cstrs') ||
    ((has('treatment') || has('treatments')) && (has('requirement') || has('requirements')))
  )
    read.push('CSTR');
  if (
    (has('soi') && tokens.every((t) => t === 'soi' || INTERVENTION.has(t))) ||
    (hasAny(SEXUAL) && hasAny(OFFENCE) && hasAny(INTERVENTION))
  )
    read.push('SOI_COMPLETED');
  if (has('settled') && has('3') && has('month') && !has('week') && onlyNumber('3')) read.push('SETTLED_3M');
  if (hasAny(HOUSING) && (has('night') || has('night1')) && !has('settled') && onlyNumber('1'))
    read.push('HOUSED_NIGHT1');
  if (hasAny(EMPLOYMENT) && has('6') && onlyNumber('6')) {
    if (has('week') && !has('month')) read.push('EMP_6W');
    if (has('month') && !has('week')) read.push('EMP_6M');
  }
  return read.length === 1 ? read[0] : undefined;
}

const resolver = createNameResolver(METRICS, metricKey, metricByRule);

export const resolveMetric = resolver.resolve;
export const suggestMetrics = resolver.suggest;

/** What a metric argument or cell accepts, for messages. */
const METRIC_FORMS = `Use a metric code (${METRICS.map((m) => m.code).join(', ')}) or a metric name such as "employed six weeks after release".`;

/** A metric from a cell or function argument: its code, or the message saying why it cannot be read. */
export const readMetricName = createNameReader('metric', resolver, METRIC_FORMS);

const BY_CODE = new Map(METRICS.map((m) => [m.code, m]));
export const metricName = (code: MetricCode): string => BY_CODE.get(code)?.name ?? code;
