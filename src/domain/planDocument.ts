/**
 * Reads a Reducing Reoffending Plan document (its text, pasted or extracted from the PDF) into plan
 * targets: the region and the edition (from the document's title, with the line each was read from:
 * documentIdentity.ts), one target per metric with the sentence it comes from, and every other
 * sentence with a percentage, a figure in words or a plan metric's name, with the reason it was not
 * taken in plain words. Only sentences in the forms the plans use are taken (a baseline may be in the
 * sentence before, two targets may share a sentence, figures may be in words, deadlines financial
 * years); anything else is listed for the analyst to see, never guessed.
 *
 * Not read (listed in `skipped`): targets laid out in tables rather than sentences, reductions,
 * relative changes ("by 25%"), counts, figures with more than two decimals, and metrics other than
 * the six plan metrics. A target naming no region ("We will increase …") is taken as the document's.
 * Every pattern runs in time proportional to its text (npm run bench measures the worst known).
 */
import * as z from 'zod/mini';
import { documentIdentity, regionsNamed, type DocumentIdentity } from './documentIdentity';
import { documentSentences, type DocumentSentence } from './documentSentences';
import {
  fractionOf,
  hasCount,
  monthMentions,
  percentagePoints,
  percentages,
  WHOLE,
  type Figure,
  type Hundredths,
  type MonthMention,
  figuresInWords,
} from './documentFigures';
import { metricName, resolveMetric } from './metrics';
import { monthFromIso, monthLabel } from './months';
import { type MetricCode, type PlanRecord, type RegionCode } from './planSchema';
import { regionName } from './regions';

type RecordFields<R> = R extends PlanRecord
  ? Omit<R, 'region' | 'edition' | 'source'> & { section: string; sentence: string; notes?: string[] }
  : never;

/**
 * A target read from a document: the fields of a plan record (seeds/plan-targets.json) for its kind,
 * with the section heading and sentence it comes from, and notes on how it was read where that is not
 * plain from the sentence (a financial year read as a month, a baseline from the sentence before).
 * Region and edition are the document's.
 */
export type DocumentTarget = RecordFields<PlanRecord>;

export const SkippedSentenceSchema = z.object({ sentence: z.string(), reason: z.string() });
/** A sentence with figures that the reader did not take, and why. */
export type SkippedSentence = z.infer<typeof SkippedSentenceSchema>;

export interface PlanReading {
  region: RegionCode | null;
  /** 2022 for the 2022-25 plan, the year of an annual update (2023, 2024, …), or null when not stated. */
  edition: number | null;
  targets: DocumentTarget[];
  skipped: SkippedSentence[];
  /** The lines region and edition were read from, and a note where that evidence is weak or conflicting. */
  evidence: DocumentIdentity['evidence'];
}

/**
 * The longest text the pane reads (in characters): a plan document is 20-60 KB of text, so 2 MB is
 * any real one with room to spare, and read in well under a second (npm run bench).
 */
export const LONGEST_DOCUMENT = 2_000_000;

/** Why a text is too long to read, in the analyst's words; undefined when it is not. */
export function documentTooLong(text: string): string | undefined {
  if (text.length <= LONGEST_DOCUMENT) return undefined;
  const size = (n: number): string =>
    `${(n / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} million`;
  return `This text has ${size(text.length)} characters; the reader reads at most ${size(LONGEST_DOCUMENT)}, far more than any plan document. Check that only the plan document was pasted or chosen.`;
}

// Longer than any target sentence: text without full stops (a bad paste) is not read as one.
const MAX_SENTENCE = 1000;
const SHOWN_OF_LONG = 200;
const FIGURE = /\d\s*(?:%|per\s?cent|percent)/i;

// Markup that can come with pasted text: **bold**, <sup>5</sup> footnote marks.
const plain = (sentence: string): string =>
  sentence.replace(/<sup>[^<]{0,10}<\/sup>/gi, ' ').replace(/<[^>]{1,20}>|\*\*|__/g, '');

// --- Region and edition -------------------------------------------------------------------------

// From the document's title and headings, with the line each was read from (documentIdentity.ts).

// --- Sentences ----------------------------------------------------------------------------------

type Reading = { target: DocumentTarget } | { reason: string } | undefined;

const BACKGROUND = 'a background figure, not a target';
const NO_METRIC = 'does not name one of the plan metrics';
const NO_BASELINE = 'a change with no baseline ("from X%")';
const NO_DIRECTION_BASELINE = 'a direction with no baseline ("from X%")';
/** Reasons a sentence may be read with the sentence before it, which states the level it starts from. */
const NEEDS_BEFORE = new Set([NO_METRIC, NO_BASELINE, NO_DIRECTION_BASELINE]);
const FROM_BEFORE_NOTE = 'The baseline (and the measure) are read from the sentence before, quoted with it.';

// "… by 2 percentage points from 18% in March 2024, and maintain the proportion housed … at 85%": a
// second target in the same sentence starts at "and" followed by what a target does.
const SECOND_TARGET =
  /(?:,\s*|;\s*|\s)and\s+(?:will\s+|to\s+)?(?=(?:maintain|increase|raise|improve|continue|keep|grow)\w*\b)/gi;

/** The clauses of a sentence that each name a different plan metric, when it states more than one target. */
function targetClauses(sentence: string): string[] | undefined {
  const starts = [0, ...[...sentence.matchAll(SECOND_TARGET)].map((m) => m.index + m[0].length)];
  if (starts.length < 2) return undefined;
  const clauses = starts.map((start, i) => sentence.slice(start, starts[i + 1] ?? sentence.length));
  const metrics = clauses.map(metricOf);
  if (metrics.some((m) => m === undefined) || new Set(metrics).size !== metrics.length) return undefined;
  return clauses;
}

const NATIONAL_SECTION = /\bHMPPS\s+and\s+MoJ\s+priorities\b/i;
const NATIONAL_WORDS = /\b(?:national(?:ly)?|nationwide|England\s+(?:and|&)\s+Wales|across\s+the\s+country)\b/i;
const COMMITMENT = /\b(?:will|shall|aims?\s+to|target|commit(?:ted)?\s+to|plans?\s+to)\b/i;
const RELATIVE = /\bby\s+(\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b))(?!\s*points?)/i;
const REDUCTION = /\b(?:reduce|decrease|lower|cut|bring\s+down)\b/i;
const MAINTAIN = /\bmaintain/i;
const DIRECTION = /\bcontinue[sd]?\s+to\s+(?:increase|improve|raise|grow)\b/i;
// The words that name each plan metric in running text, figures or not (bounded gaps: linear time).
const METRIC_MENTIONS: readonly [MetricCode, RegExp][] = [
  ['EMP_6W', /\b(?:employ\w*|in\s+work|jobs?)\b.{0,60}?\b(?:six|6)[\s-]weeks?\b/i],
  ['EMP_6M', /\b(?:employ\w*|in\s+work|jobs?)\b.{0,60}?\b(?:six|6)[\s-]months?\b/i],
  [
    'HOUSED_NIGHT1',
    /\b(?:housed|accommodat\w*|homeless\w*)\b.{0,60}?\b(?:first\s+night|night\s+(?:after|of)\s+release|night\s+1)\b/i,
  ],
  ['SETTLED_3M', /\bsettled\s+accommodation\b/i],
  ['SOI_COMPLETED', /\bsexual\s+offen[cs]e\s+(?:intervention|programme)s?\b|\bSOIs?\b/],
  ['CSTR', /\btreatment\s+requirements?\b|\bCSTRs?\b/i],
];

/** The plan metrics a sentence names, in the plan's order. */
const metricsMentioned = (sentence: string): MetricCode[] =>
  METRIC_MENTIONS.filter(([, pattern]) => pattern.test(sentence)).map(([code]) => code);
const RAISE_WORDS = /\b(?:drive|driving|drives)\s+up\b|\b(?:increas|rais|improv|expand|grow)\w*\b|\bmore\b/i;
// "the proportion employed six weeks after release by …": the measure's words, up to its figures.
const MEASURE =
  /\b(?:proportion|percentage|rate|share)\s+(?:of\s+)?(.{3,120}?)[\s,]+(?:by|from|at|to|was|were|is|stood\s+at)\s+(?:or\s+above\s+|least\s+)?\d/i;
// A level stated as it stands ("was 17% in March 2024"), a baseline when no "from" is written.
const LEVEL_STATED = /\b(?:was|were|is|stood\s+at|stands\s+at)\s+$/i;

/** The plan metric a sentence is about, from the words that name its measure. */
function metricOf(sentence: string): MetricCode | undefined {
  const measure = MEASURE.exec(sentence)?.[1];
  return measure === undefined ? undefined : resolveMetric(measure);
}

type ExactFigure = Figure & { value: Hundredths };
const isExact = (figure: Figure): figure is ExactFigure => figure.value !== undefined;
/** The figures, when every one is exact in hundredths of a percent. */
const exactly = (figures: Figure[]): ExactFigure[] | undefined =>
  figures.every(isExact) ? figures.filter(isExact) : undefined;

/** The first figure written right after the given word ("from 12%", "at 90%"). */
const withWord = (sentence: string, figures: ExactFigure[], word: RegExp): ExactFigure | undefined =>
  figures.find((f) => word.test(sentence.slice(Math.max(0, f.at - 16), f.at)));

/** How a financial year was read, for the review. */
const financialYearNote = (what: string, mention: MonthMention | undefined): string[] =>
  mention?.financialYear === undefined
    ? []
    : [
        `${what} read from “${mention.financialYear}” as ${monthLabel(monthFromIso(mention.month))}, the end of that financial year.`,
      ];

/**
 * A sentence with percentages read as a target of a known metric, or the reason it cannot be.
 * `sentenceDeadline`: the deadline of the whole sentence, for a clause of it that states none.
 */
function readFigures(
  sentence: string,
  metric: MetricCode,
  section: string,
  original: string,
  sentenceDeadline?: MonthMention,
): Reading {
  const levels = exactly(percentages(sentence));
  const points = exactly(percentagePoints(sentence));
  if (!levels || !points)
    return { reason: 'a figure with more than two decimal places, which the reader does not round' };
  const months = monthMentions(sentence);
  const deadlineMention = months.find((m) => m.deadline) ?? sentenceDeadline;
  const deadline = deadlineMention?.month ?? null;
  const from = withWord(sentence, levels, /\bfrom\s+$/i) ?? withWord(sentence, levels, LEVEL_STATED);
  const baselineMention = from ? months.find((m) => m.at > from.at && !m.deadline) : undefined;
  const baselineMonth = baselineMention?.month ?? null;
  const notes = [
    ...financialYearNote('Baseline month', baselineMention),
    ...financialYearNote('Deadline', deadlineMention),
  ];
  const base = { metric, section, sentence: original, ...(notes.length > 0 ? { notes } : {}) };

  if (MAINTAIN.test(sentence)) {
    const level = withWord(sentence, levels, /\bat\s+(?:or\s+above\s+|least\s+)?$/i);
    if (!level) return { reason: 'says what to maintain but not the level ("at X%")' };
    if (deadline === null) return { reason: 'a level to maintain with no month to maintain it by' };
    return {
      target: {
        ...base,
        kind: 'maintain',
        baseline: null,
        baselineMonth: null,
        change: 0,
        target: fractionOf(level.value),
        deadlineMonth: deadline,
      },
    };
  }

  const change = points[0];
  const to = from
    ? withWord(
        sentence,
        levels.filter((f) => f.at > from.at),
        /\bto\s+$/i,
      )
    : undefined;
  if (!change && !to && DIRECTION.test(sentence)) {
    if (!from) return { reason: NO_DIRECTION_BASELINE };
    if (baselineMonth === null) return { reason: 'a direction whose baseline has no month' };
    return {
      target: {
        ...base,
        kind: 'direction',
        baseline: fractionOf(from.value),
        baselineMonth,
        change: null,
        target: null,
        deadlineMonth: null,
      },
    };
  }
  if (!change && !to) return { reason: 'no change in percentage points or level to reach' };
  if (!from) return { reason: NO_BASELINE };
  if (baselineMonth === null) return { reason: 'the baseline has no month ("from X% in March 2023")' };
  if (deadline === null) return { reason: 'no month to reach the target by ("By April 2024")' };
  const baseline = from.value;
  const stated = to ? to.value - baseline : change.value;
  if (change && to && stated !== change.value)
    return { reason: `the change (${change.written}) and the level to reach (${to.written}) do not agree` };
  if (stated < 0) return { reason: 'the level to reach is below the baseline' };
  if (baseline + stated > WHOLE) return { reason: 'the target would be over 100%' };
  if (deadline <= baselineMonth) return { reason: 'the deadline is not after the baseline month' };
  return {
    target: {
      ...base,
      kind: 'increase',
      baseline: fractionOf(baseline),
      baselineMonth,
      change: fractionOf(stated),
      target: fractionOf(baseline + stated),
      deadlineMonth: deadline,
    },
  };
}

/**
 * What one sentence of a document of `region` gives: a target, why it was not taken, or nothing (no
 * figures); a reading for each target of a sentence that states several.
 */
function readSentence(item: DocumentSentence, region: RegionCode | null): Reading | Reading[] {
  const original = item.text;
  if (original.length > MAX_SENTENCE)
    return FIGURE.test(original)
      ? {
          reason: `a passage of over ${MAX_SENTENCE.toLocaleString('en-GB')} characters without a full stop, not read as one sentence`,
        }
      : undefined;
  const inWords = figuresInWords(plain(original));
  const sentence = inWords.text;
  const hasPercent = percentages(sentence).length > 0 || percentagePoints(sentence).length > 0;
  const counted = item.underTargets && hasCount(sentence);

  if (!hasPercent && !counted) return readWords(item, sentence);
  const reading = readWithFigures(item, region, sentence);
  if (inWords.read.length === 0) return reading;
  // Figures written in words are read as numbers; the review says which.
  const note = `Figures in words read as numbers: ${inWords.read.map((r) => `“${r.written}” as ${r.value}`).join(', ')}.`;
  const noted = (r: Reading): Reading =>
    r !== undefined && 'target' in r ? { target: { ...r.target, notes: [note, ...(r.target.notes ?? [])] } } : r;
  return Array.isArray(reading) ? reading.map(noted) : noted(reading);
}

/**
 * A sentence with no percentage: a commitment in words about a plan metric is that metric's
 * ("We will drive up use of treatment requirements …"); another naming a metric is listed with why
 * it is not a target; a sentence naming none is not about the plan.
 */
function readWords(item: DocumentSentence, sentence: string): Reading {
  const [metric, ...others] = metricsMentioned(sentence);
  if (metric === undefined) return undefined;
  const name = metricName(metric).toLowerCase();
  if (others.length > 0) return { reason: `names more than one plan metric in words, with no figure` };
  // In a targets list, words to raise it are the commitment ("We are driving up use of …"); elsewhere, a "will" too.
  if (!RAISE_WORDS.test(sentence) || !(item.underTargets || COMMITMENT.test(sentence)))
    return { reason: `mentions ${name}, with no figure and no commitment to raise it` };
  if (NATIONAL_WORDS.test(sentence)) return { reason: "a national commitment, not the region's" };
  if (!item.underTargets && metric !== 'CSTR')
    return { reason: `a commitment in words about ${name} outside a targets list` };
  return {
    target: {
      metric,
      kind: 'qualitative',
      baseline: null,
      baselineMonth: null,
      change: null,
      target: null,
      deadlineMonth: null,
      section: item.section,
      sentence: item.text,
    },
  };
}

/** A sentence with a percentage (or a count in a targets list) of a document of `region`. */
function readWithFigures(item: DocumentSentence, region: RegionCode | null, sentence: string): Reading | Reading[] {
  const original = item.text;
  const hasPercent = percentages(sentence).length > 0 || percentagePoints(sentence).length > 0;
  const named = regionsNamed(sentence);
  const namesOwn = region !== null && named.includes(region);
  if (!namesOwn && (NATIONAL_SECTION.test(item.section) || NATIONAL_WORDS.test(sentence)))
    return { reason: "a national figure, not the region's" };
  const other = named.find((code) => code !== region);
  if (other !== undefined && region !== null)
    return { reason: `about ${regionName(other)}, not ${regionName(region)}` };
  const relative = RELATIVE.exec(sentence);
  if (relative) return { reason: `a relative change ("by ${relative[1]}"), not a change in percentage points` };
  if (!COMMITMENT.test(sentence)) return { reason: BACKGROUND };
  if (!hasPercent) return { reason: 'a count, not a proportion; plan targets are percentages' };
  if (REDUCTION.test(sentence) && !/\bincrease/i.test(sentence))
    return { reason: 'a reduction; plan targets are increases, directions or levels to maintain' };
  const clauses = targetClauses(sentence);
  if (clauses !== undefined) {
    const sentenceDeadline = monthMentions(sentence).find((m) => m.deadline);
    return clauses.map((clause, i) => {
      const metric = metricOf(clause) as MetricCode;
      const reading = readFigures(clause, metric, item.section, original, sentenceDeadline);
      return reading !== undefined && 'reason' in reading
        ? {
            reason: `target ${i + 1} of ${clauses.length} in this sentence (${metricName(metric).toLowerCase()}): ${reading.reason}`,
          }
        : reading;
    });
  }
  const metric = metricOf(sentence);
  if (metric === undefined) return { reason: NO_METRIC };
  return readFigures(sentence, metric, item.section, original);
}

const shortened = (sentence: string): string =>
  sentence.length > MAX_SENTENCE ? `${sentence.slice(0, SHOWN_OF_LONG)}…` : sentence;

/** Reads a plan document's text. Never throws on text: what it cannot read it lists in `skipped`. */
export function readPlanDocument(text: string): PlanReading {
  const sentences = documentSentences(text);
  const commitments = sentences
    .map((s) => s.text)
    .filter((s) => s.length <= MAX_SENTENCE && COMMITMENT.test(s) && FIGURE.test(s));
  const { region, edition, evidence } = documentIdentity(text, commitments);
  const targets: DocumentTarget[] = [];
  const skipped: SkippedSentence[] = [];
  const take = (sentence: string, reading: Reading): void => {
    if (reading === undefined) return;
    if ('reason' in reading) {
      skipped.push({ sentence: shortened(sentence), reason: reading.reason });
      return;
    }
    const metric = reading.target.metric;
    const name = metricName(metric).toLowerCase();
    const earlier = targets.findIndex((t) => t.metric === metric);
    // Figures win over words: a commitment in words read first gives way to a target with figures.
    if (earlier >= 0 && targets[earlier].kind === 'qualitative' && reading.target.kind !== 'qualitative') {
      skipped.push({
        sentence: targets[earlier].sentence,
        reason: `a commitment in words about ${name}; a later sentence states its figures, which are kept`,
      });
      targets[earlier] = reading.target;
      return;
    }
    if (earlier >= 0) {
      skipped.push({ sentence, reason: `a second target for ${name}; the first one read is kept` });
      return;
    }
    targets.push(reading.target);
  };
  // A background level of the same item, and where it was listed as skipped: the next sentence may start from it.
  let before: { item: DocumentSentence; skippedAt: number } | undefined;
  for (const item of sentences) {
    const reading = readSentence(item, region);
    if (!Array.isArray(reading) && reading !== undefined && 'reason' in reading) {
      const withBefore =
        before !== undefined && before.item.item === item.item && NEEDS_BEFORE.has(reading.reason)
          ? readSentence({ ...item, text: `${before.item.text} ${item.text}` }, region)
          : undefined;
      if (withBefore !== undefined && !Array.isArray(withBefore) && 'target' in withBefore) {
        skipped.splice(before?.skippedAt ?? 0, 1);
        const notes = [FROM_BEFORE_NOTE, ...(withBefore.target.notes ?? [])];
        take(withBefore.target.sentence, { target: { ...withBefore.target, notes } });
        before = undefined;
        continue;
      }
    }
    const readings = Array.isArray(reading) ? reading : [reading];
    for (const r of readings) take(item.text, r);
    before =
      !Array.isArray(reading) && reading !== undefined && 'reason' in reading && reading.reason === BACKGROUND
        ? { item, skippedAt: skipped.length - 1 }
        : undefined;
  }
  return { region, edition, targets, skipped, evidence };
}
