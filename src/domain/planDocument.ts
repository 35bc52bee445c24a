/**
 * Reads a Reducing Reoffending Plan document (its text, pasted or extracted from the PDF) into plan
 * targets: the region, the edition, one target per metric with the sentence it comes from, and the
 * sentences with figures that were not taken, each with the reason in plain words. Only sentences in
 * the forms the plans use are taken; anything else is left for the analyst to see, never guessed.
 *
 * Not read (listed in `skipped` when the sentence has a percentage, or a number in a targets list):
 * figures written in words ("three percentage points"), targets laid out in tables rather than
 * sentences, reductions, relative changes ("by 25%"), counts, figures with more than two decimals,
 * and metrics other than the six plan metrics. A target naming no region ("We will increase …") is
 * taken as the document's.
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
} from './documentFigures';
import { metricName, resolveMetric } from './metrics';
import { type MetricCode, type PlanRecord, type RegionCode } from './planSchema';
import { regionName } from './regions';

type RecordFields<R> = R extends PlanRecord
  ? Omit<R, 'region' | 'edition' | 'source'> & { section: string; sentence: string }
  : never;

/**
 * A target read from a document: the fields of a plan record (seeds/plan-targets.json) for its kind,
 * with the section heading and sentence it comes from. Region and edition are the document's.
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

const NATIONAL_SECTION = /\bHMPPS\s+and\s+MoJ\s+priorities\b/i;
const NATIONAL_WORDS = /\b(?:national(?:ly)?|nationwide|England\s+(?:and|&)\s+Wales|across\s+the\s+country)\b/i;
const COMMITMENT = /\b(?:will|shall|aims?\s+to|target|commit(?:ted)?\s+to|plans?\s+to)\b/i;
const RELATIVE = /\bby\s+(\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b))(?!\s*points?)/i;
const REDUCTION = /\b(?:reduce|decrease|lower|cut|bring\s+down)\b/i;
const MAINTAIN = /\bmaintain/i;
const DIRECTION = /\bcontinue[sd]?\s+to\s+(?:increase|improve|raise|grow)\b/i;
const TREATMENT_REQUIREMENTS = /\btreatment\s+requirements?\b|\bCSTRs?\b/i;
const RAISE_WORDS = /\b(?:drive|driving|drives)\s+up\b|\b(?:increas|rais|improv|expand|grow)\w*\b|\bmore\b/i;
// "the proportion employed six weeks after release by …": the measure's words, up to its figures.
const MEASURE =
  /\b(?:proportion|percentage|rate|share)\s+(?:of\s+)?(.{3,120}?)[\s,]+(?:by|from|at|to)\s+(?:or\s+above\s+|least\s+)?\d/i;

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

/** A sentence with percentages read as a target of a known metric, or the reason it cannot be. */
function readFigures(sentence: string, metric: MetricCode, section: string, original: string): Reading {
  const levels = exactly(percentages(sentence));
  const points = exactly(percentagePoints(sentence));
  if (!levels || !points)
    return { reason: 'a figure with more than two decimal places, which the reader does not round' };
  const months = monthMentions(sentence);
  const deadline = months.find((m) => m.deadline)?.month ?? null;
  const from = withWord(sentence, levels, /\bfrom\s+$/i);
  const baselineMonth = from ? (months.find((m) => m.at > from.at && !m.deadline)?.month ?? null) : null;
  const base = { metric, section, sentence: original };

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
    if (!from) return { reason: 'a direction with no baseline ("from X%")' };
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
  if (!from) return { reason: 'a change with no baseline ("from X%")' };
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

/** What one sentence of a document of `region` gives: a target, why it was not taken, or nothing (no figures). */
function readSentence(item: DocumentSentence, region: RegionCode | null): Reading {
  const original = item.text;
  if (original.length > MAX_SENTENCE)
    return FIGURE.test(original)
      ? {
          reason: `a passage of over ${MAX_SENTENCE.toLocaleString('en-GB')} characters without a full stop, not read as one sentence`,
        }
      : undefined;
  const sentence = plain(original);
  const hasPercent = percentages(sentence).length > 0 || percentagePoints(sentence).length > 0;
  const counted = item.underTargets && hasCount(sentence);

  if (!hasPercent && !counted) {
    // A commitment in words, in a targets list: "We will drive up use of treatment requirements …".
    if (item.underTargets && TREATMENT_REQUIREMENTS.test(sentence) && RAISE_WORDS.test(sentence)) {
      return {
        target: {
          metric: 'CSTR',
          kind: 'qualitative',
          baseline: null,
          baselineMonth: null,
          change: null,
          target: null,
          deadlineMonth: null,
          section: item.section,
          sentence: original,
        },
      };
    }
    return undefined;
  }
  const named = regionsNamed(sentence);
  const namesOwn = region !== null && named.includes(region);
  if (!namesOwn && (NATIONAL_SECTION.test(item.section) || NATIONAL_WORDS.test(sentence)))
    return { reason: "a national figure, not the region's" };
  const other = named.find((code) => code !== region);
  if (other !== undefined && region !== null)
    return { reason: `about ${regionName(other)}, not ${regionName(region)}` };
  const relative = RELATIVE.exec(sentence);
  if (relative) return { reason: `a relative change ("by ${relative[1]}"), not a change in percentage points` };
  if (!COMMITMENT.test(sentence)) return { reason: 'a background figure, not a target' };
  if (!hasPercent) return { reason: 'a count, not a proportion; plan targets are percentages' };
  if (REDUCTION.test(sentence) && !/\bincrease/i.test(sentence))
    return { reason: 'a reduction; plan targets are increases, directions or levels to maintain' };
  const metric = metricOf(sentence);
  if (metric === undefined) return { reason: 'does not name one of the plan metrics' };
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
  const taken = new Set<MetricCode>();
  for (const item of sentences) {
    const reading = readSentence(item, region);
    if (reading === undefined) continue;
    if ('reason' in reading) {
      skipped.push({ sentence: shortened(item.text), reason: reading.reason });
      continue;
    }
    if (taken.has(reading.target.metric)) {
      skipped.push({
        sentence: item.text,
        reason: `a second target for ${metricName(reading.target.metric).toLowerCase()}; the first one read is kept`,
      });
      continue;
    }
    taken.add(reading.target.metric);
    targets.push(reading.target);
  }
  return { region, edition, targets, skipped, evidence };
}
