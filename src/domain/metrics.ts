/** The plan metrics and how people write them ("6 week employment", "employed six weeks after release"). */
import { createNameReader, createNameResolver, type NamedEntry } from './nameMatching';
import type { MetricCode } from './planSchema';

export interface Metric extends NamedEntry<MetricCode> {
  /** What the metric counts, for lists and function help. */
  description: string;
}

export const METRICS: readonly Metric[] = [
  { code: 'EMP_6W', name: 'Employed six weeks after release', aliases: ['6 week employment', 'employment at 6 weeks'], description: 'Proportion of prison leavers in employment six weeks after release' },
  { code: 'EMP_6M', name: 'Employed six months after release', aliases: ['6 month employment', 'employment at 6 months'], description: 'Proportion of prison leavers in employment six months after release' },
  { code: 'HOUSED_NIGHT1', name: 'Housed on the night after release', aliases: ['housed first night', 'night 1 accommodation'], description: 'Proportion of prison leavers housed on the night after release' },
  { code: 'SETTLED_3M', name: 'Settled accommodation three months after release', aliases: ['in settled accommodation 3 months after leaving prison'], description: 'Proportion of prison leavers in settled accommodation three months after release' },
  { code: 'SOI_COMPLETED', name: 'Sexual offence interventions completed', aliases: ['SOI', 'SOI completions'], description: 'Proportion of sexual offence interventions completed' },
  { code: 'CSTR', name: 'Community sentence treatment requirements', aliases: ['CSTRs', 'treatment requirements'], description: 'Use of community sentence treatment requirements (a commitment in words, no numeric target)' },
];

const UNIT_WORDS: Record<string, string> = {
  w: 'week', wk: 'week', wks: 'week', week: 'week', weeks: 'week', weekly: 'week',
  m: 'month', mth: 'month', mths: 'month', month: 'month', months: 'month', monthly: 'month',
  night: 'night', nights: 'night',
};

/** Splits "6w", "3mths" into number and unit, and spells units one way. */
function unitTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const glued = /^(\d+)([a-z]+)$/.exec(token);
    if (glued && UNIT_WORDS[glued[2]] !== undefined) out.push(glued[1], UNIT_WORDS[glued[2]]);
    else out.push(UNIT_WORDS[token] ?? token);
  }
  return out;
}

const metricKey = (tokens: string[]): string => unitTokens(tokens).join('');

const EMPLOYMENT = /^(employ|employed|employment|emp|job|jobs|work|working|ete)$/;

/** Reads the metric from its words when the exact name was not used. */
function metricByRule(raw: string[]): MetricCode | undefined {
  const tokens = unitTokens(raw);
  const has = (word: string) => tokens.includes(word);
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  const onlyNumber = (n: string) => numbers.every((x) => x === n);
  if (has('cstr') || has('cstrs') || (tokens.some((t) => t.startsWith('treatment')) && tokens.some((t) => t.startsWith('requirement')))) return 'CSTR';
  if (has('soi') || tokens.some((t) => t.startsWith('sex'))) return 'SOI_COMPLETED';
  if (has('settled') && onlyNumber('3')) return 'SETTLED_3M';
  if ((has('housed') || has('housing') || has('night') || has('night1')) && onlyNumber('1')) return 'HOUSED_NIGHT1';
  if (tokens.some((t) => EMPLOYMENT.test(t)) && onlyNumber('6')) {
    if (has('week') && !has('month')) return 'EMP_6W';
    if (has('month') && !has('week')) return 'EMP_6M';
  }
  return undefined;
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
