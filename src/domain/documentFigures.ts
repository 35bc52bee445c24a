/**
 * The figures in a plan sentence, as plans write them: "12%", "49 %", "84 per cent", "17.5%",
 * "2.5 percentage points", "March 2023", "March 23", "Sept 2025". Percentages are kept as whole
 * hundredths of a percent (17.5% is 1750), so baseline + change is integer arithmetic and the fraction
 * made from it (1750 / 10000) is exactly the number a plan record would hold.
 */
import { isoOfMonth, monthIndexOf, monthOfText } from './months';

/** Hundredths of a percent: 1% is 100, 100% is 10000. */
export type Hundredths = number;
export const WHOLE: Hundredths = 10000;
export const fractionOf = (value: Hundredths): number => value / WHOLE;

export interface Figure {
  /** Where the figure starts in the sentence. */
  at: number;
  /** The figure as written. */
  written: string;
  /** Hundredths of a percent, or undefined when written with more than two decimals. */
  value: Hundredths | undefined;
}

export interface MonthMention {
  at: number;
  month: string; // "YYYY-MM"
  /** Written as a deadline: "by March 2025", "By the end of March 2025", "by 31 March 2025", "by 2024/25". */
  deadline: boolean;
  /** A financial year ("2024/25", "2024-25"), read as March of its later year: the words as written. */
  financialYear?: string;
}

// Not inside a bigger number ("1,011%"); digits, then the unit.
const NUMBER = String.raw`(?<![\d.,])(\d{1,3}(?:\.\d+)?)`;
const POINTS = new RegExp(
  String.raw`${NUMBER}\s*(?:percentage[\s-]+points?|per\s?cent(?:age)?\s+points?|%\s*points?|ppts?\b|pp\b)`,
  'gi',
);
const PERCENT = new RegExp(String.raw`${NUMBER}\s*(?:%|per\s?cent\b|percent\b)(?!\s*points?)`, 'gi');
const MONTH =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+('?)(\d{4}|\d{2})\b/g;
// "by", "by the end of", "by 31 March", "by the end of the financial year", "before the end of".
const DEADLINE_BEFORE =
  /\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:the\s+)?(?:financial|performance|business)\s+year\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/i;
// A financial year: "2024/25", "2024-25", "2024–2025", "FY2024/25" (the later year the one after the first).
const FINANCIAL_YEAR = /(?<![\d/–-])(?:FY\s?)?(20\d{2})\s?[/–-]\s?(20\d{2}|\d{2})(?![\d/–-])/g;
// Numbers that are not figures: years, year ranges ("2022-25", "2023/24"), months with their year.
const YEARS = /\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2}))?\b/g;

function hundredths(written: string): Hundredths | undefined {
  const [whole, decimals = ''] = written.split('.');
  if (decimals.length > 2) return undefined;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

const figures = (pattern: RegExp, sentence: string): Figure[] =>
  [...sentence.matchAll(pattern)].map((m) => ({ at: m.index, written: m[0], value: hundredths(m[1]) }));

/** Percentages of a level ("12%", "84 per cent"), not percentage points. */
export const percentages = (sentence: string): Figure[] => figures(PERCENT, sentence);

/** Changes in percentage points ("7 percentage points", "2.5pp"). */
export const percentagePoints = (sentence: string): Figure[] => figures(POINTS, sentence);

const deadlineAt = (sentence: string, at: number): boolean =>
  DEADLINE_BEFORE.test(sentence.slice(Math.max(0, at - 48), at));

/** The months a sentence names, in order: months with their year, and financial years as March of the later year. */
export function monthMentions(sentence: string): MonthMention[] {
  const out: MonthMention[] = [];
  for (const m of sentence.matchAll(MONTH)) {
    const month = monthOfText(`${m[1]} ${m[3]}`);
    if (month === undefined) continue;
    out.push({ at: m.index, month: isoOfMonth(month), deadline: deadlineAt(sentence, m.index) });
  }
  for (const m of sentence.matchAll(FINANCIAL_YEAR)) {
    const first = Number(m[1]);
    const later = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (later !== first + 1) continue; // "2022-25" is a plan's span, not a financial year
    out.push({
      at: m.index,
      month: isoOfMonth(monthIndexOf(later, 3)),
      deadline: deadlineAt(sentence, m.index),
      financialYear: m[0],
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Whether a sentence holds a number other than a date: a count such as "500 more starts". */
export function hasCount(sentence: string): boolean {
  return /\d/.test(sentence.replace(MONTH, ' ').replace(YEARS, ' '));
}

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// "nineteen per cent", "twenty-one percent", "three percentage points", "one hundred per cent".
const NUMBER_IN_WORDS = new RegExp(
  String.raw`\b(?:(?:one|a)\s+(hundred)|(${TENS.join('|')})(?:[\s-](${UNITS.slice(1, 10).join('|')}))?|(${UNITS.join('|')}))(?=\s*(?:%|per\s?cent\b|percent\b|percentage[\s-]+points?\b))`,
  'gi',
);

/**
 * The sentence with figures written in words as digits ("nineteen per cent" as "19 per cent"), so they
 * are read as any other, and each one read, as written and as read, for the review's notes.
 */
export function figuresInWords(sentence: string): { text: string; read: { written: string; value: number }[] } {
  const read: { written: string; value: number }[] = [];
  const text = sentence.replace(NUMBER_IN_WORDS, (written, hundred, tens, unit, small) => {
    const value =
      hundred !== undefined
        ? 100
        : tens !== undefined
          ? (TENS.indexOf(tens.toLowerCase()) + 2) * 10 + (unit === undefined ? 0 : UNITS.indexOf(unit.toLowerCase()))
          : UNITS.indexOf(String(small).toLowerCase());
    read.push({ written, value });
    return String(value);
  });
  return { text, read };
}
