/**
 * Months as analysts give them: Excel date serials (any day in the month) or text such as "2023-10",
 * "Oct 2023", "October 2023", "10/2023", "Oct-23". Internally a month is one integer,
 * year × 12 + (month − 1), so "whole months between" is a subtraction.
 */

import { shown } from './givenValues';
import { memoiseByNumber, memoiseByText } from './memoise';

export type MonthIndex = number;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const monthIndexOf = (year: number, month1to12: number): MonthIndex => year * 12 + (month1to12 - 1);
const yearOf = (m: MonthIndex): number => Math.floor(m / 12);
export const monthNumberOf = (m: MonthIndex): number => (m % 12) + 1;

/** The current month by the computer's clock; pass a month instead wherever results must be repeatable. */
export function currentMonth(now: Date = new Date()): MonthIndex {
  return monthIndexOf(now.getFullYear(), now.getMonth() + 1);
}

/** "2023-03" as stored in the plan data. */
export function monthFromIso(text: string): MonthIndex {
  return monthIndexOf(Number(text.slice(0, 4)), Number(text.slice(5, 7)));
}
export const isoOfMonth = (m: MonthIndex): string => `${yearOf(m)}-${String(monthNumberOf(m)).padStart(2, '0')}`;
export const monthLabel = (m: MonthIndex): string => `${MONTH_NAMES[monthNumberOf(m) - 1]} ${yearOf(m)}`;

// Excel's 1900 date system: serial 1 is 1 Jan 1900 and serial 60 is the fictitious 29 Feb 1900, so from
// serial 61 on, serial = days since 30 Dec 1899.
const EXCEL_EPOCH_OFFSET = 25569; // serial of 1 Jan 1970
export const MAX_EXCEL_SERIAL = 2958465; // 31 Dec 9999

/** Days since 1 Jan 1970 of a calendar date (proleptic Gregorian), by integer arithmetic. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year and month of a count of days since 1 Jan 1970. */
function civilMonthFromDays(days: number): MonthIndex {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return monthIndexOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month);
}

/** The month an Excel date serial falls in, or undefined when the number is not a date. */
export function monthOfSerial(serial: number): MonthIndex | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_EXCEL_SERIAL + 1) return undefined;
  const day = Math.floor(serial);
  if (day <= 31) return monthIndexOf(1900, 1);
  if (day <= 60) return monthIndexOf(1900, 2);
  return civilMonthFromDays(day - EXCEL_EPOCH_OFFSET);
}

export const serialOfDate = (year: number, month: number, day: number): number =>
  daysFromCivil(year, month, day) + EXCEL_EPOCH_OFFSET;
export const firstDaySerial = (m: MonthIndex): number => serialOfDate(yearOf(m), monthNumberOf(m), 1);
/** The last day of a month: "by April 2024" means by 30/04/2024. */
export const lastDaySerial = (m: MonthIndex): number => firstDaySerial(m + 1) - 1;

const MONTH_BY_PREFIX = new Map<string, number>(MONTH_NAMES.map((name, i) => [name.slice(0, 3).toLowerCase(), i + 1]));

function monthNumberFromWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const n = MONTH_BY_PREFIX.get(w.slice(0, 3));
  if (n === undefined) return undefined;
  const full = MONTH_NAMES[n - 1].toLowerCase();
  return full.startsWith(w) || w === 'sept' ? n : undefined;
}

const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

function validMonth(year: number, month: number): MonthIndex | undefined {
  return month >= 1 && month <= 12 && year >= 1900 && year <= 9999 ? monthIndexOf(year, month) : undefined;
}

const daysIn = (year: number, month: number): number =>
  (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) - daysFromCivil(year, month, 1);

/** A text read: its month, why it is not one (a clause such as "is not a date: …"), or undefined when it is not a month at all. */
type TextRead = MonthIndex | string | undefined;

/** The month of a full date, or why the day makes it no date ("31/02/2023"). */
function monthOfDay(year: number, month: number, day: number): TextRead {
  const m = validMonth(year, month);
  if (m === undefined) return undefined;
  const days = daysIn(year, month);
  return day >= 1 && day <= days ? m : `is not a date: ${monthLabel(m)} has ${days} days`;
}

/** Every form a month argument or Month cell accepts, for messages. */
export const MONTH_FORMS =
  'Give an Excel date (any day in the month) or text such as "2023-10", "Oct 2023", "October 2023", "10/2023" or "Oct-23".';

// No month is written in more characters than this; longer text is refused without being read.
const LONGEST_MONTH_TEXT = 40;

const readMonthText: (text: string) => TextRead = memoiseByText((raw) => parseMonthText(raw.trim()));

/** The month named by a piece of text, or undefined when it cannot be read as one. */
export const monthOfText = (text: string): MonthIndex | undefined => {
  const read = readMonthText(text);
  return typeof read === 'number' ? read : undefined;
};

// A time after a full date, as database and Power BI exports write it: "2023-10-01T00:00:00", "01/10/2023 00:00".
const TRAILING_TIME = /^(.*\d)(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

const YEAR_ALONE = 'is a year on its own: a month needs the month too';
// Excel reads 2023 in a date cell as 15 July 1905: a whole number in this range was meant as a year.
const YEAR_AS_DATE = 'is a year on its own, not an Excel date (as a date it would be a day in 1905)';
const looksLikeYear = (n: number): boolean => Number.isInteger(n) && n >= 1900 && n <= 2100;

function parseMonthText(raw: string): TextRead {
  if (raw.length > LONGEST_MONTH_TEXT) return undefined;
  const timed = TRAILING_TIME.exec(raw);
  if (timed && (Number(timed[2]) > 23 || Number(timed[3]) > 59 || Number(timed[4] ?? 0) > 59))
    return 'is not a date: its time of day does not exist';
  const text = timed?.[1] ?? raw;
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text); // 2023-10, 2023/10, 2023-10-15
  if (m)
    return m[3] === undefined
      ? validMonth(Number(m[1]), Number(m[2]))
      : monthOfDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text); // 10/2023
  if (m) return validMonth(Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text); // 15/10/2023: UK day/month/year
  if (m) return ukDate(Number(m[1]), Number(m[2]), fullYear(m[3]));
  m = /^(?:(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+)?([A-Za-z]+)\.?[\s\-/,.']*(\d{4}|\d{2})$/.exec(text); // Oct 2023, October 2023, Oct-23, 15 Oct 2023
  if (m) {
    const month = monthNumberFromWord(m[2]);
    if (month === undefined) return undefined;
    return m[1] === undefined ? validMonth(fullYear(m[3]), month) : monthOfDay(fullYear(m[3]), month, Number(m[1]));
  }
  m = /^(\d{4})[\s\-/]+([A-Za-z]+)\.?$/.exec(text); // 2023 Oct, 2023-October
  if (m) {
    const month = monthNumberFromWord(m[2]);
    return month === undefined ? undefined : validMonth(Number(m[1]), month);
  }
  if (/^\d{4}$/.test(text)) return YEAR_ALONE;
  return undefined;
}

/** Day first, as dates are written in the UK; a date that only reads month first gets a message saying so. */
function ukDate(day: number, month: number, year: number): TextRead {
  if (month > 12 && day <= 12 && typeof monthOfDay(year, day, month) === 'number') {
    const meant = `${month} ${MONTH_NAMES[day - 1]} ${year}`;
    return `is not a date in UK order (day/month/year): there is no month ${month}. For ${meant} write ${month}/${day}/${year} or "${isoOfMonth(monthIndexOf(year, day))}"`;
  }
  return monthOfDay(year, month, day);
}

/**
 * The month a header names, read as a Month cell is but without keeping the answer or wording why it
 * is no month: a header row can hold a million different texts, each read once.
 */
export function monthOfHeaderValue(value: unknown): MonthIndex | undefined {
  if (typeof value === 'number') return readMonthNumber(value).month;
  if (typeof value !== 'string') return readMonthValue(value).month;
  const read = parseMonthText(value.trim());
  return typeof read === 'number' && read >= EARLIEST_MONTH ? read : undefined;
}

export type MonthRead = { month: MonthIndex; error?: undefined } | { month?: undefined; error: string };

/** Months before this are refused: Excel reads a small number typed into a date cell as a day in 1900. */
export const EARLIEST_MONTH: MonthIndex = monthIndexOf(2000, 1);

const NO_MONTH: MonthRead = { error: `No month given. ${MONTH_FORMS}` };

function monthRead(value: unknown, read: TextRead): MonthRead {
  if (read === undefined) {
    const what = typeof value === 'number' ? 'is not an Excel date' : 'cannot be read as a month';
    return { error: `Month ${shown(value)} ${what}. ${MONTH_FORMS}` };
  }
  if (typeof read === 'string') return { error: `Month ${shown(value)} ${read}. ${MONTH_FORMS}` };
  if (read < EARLIEST_MONTH) {
    return {
      error: `Month ${shown(value)} reads as ${monthLabel(read)}, before ${monthLabel(EARLIEST_MONTH)}: a month needs its year. ${MONTH_FORMS}`,
    };
  }
  return { month: read };
}

const monthOfGivenText = memoiseByText((text: string): MonthRead =>
  text.trim().length === 0 ? NO_MONTH : monthRead(text, readMonthText(text)),
);

const readMonthNumber = (n: number): MonthRead => monthRead(n, looksLikeYear(n) ? YEAR_AS_DATE : monthOfSerial(n));
// Kept by number as texts are by text: a column of formulas gives the same few date serials again and again.
const monthOfGivenNumber = memoiseByNumber(readMonthNumber);

/**
 * The one reader of a month, for function arguments and Month cells alike: an Excel date serial from
 * January 2000 on, or text in one of the forms of MONTH_FORMS. Whether a month may be in the future is
 * the caller's rule.
 */
export function readMonthValue(value: unknown): MonthRead {
  if (typeof value === 'number') return monthOfGivenNumber(value);
  if (typeof value === 'string') return monthOfGivenText(value);
  if (value === null || value === undefined) return NO_MONTH;
  return { error: `Month ${shown(value)} cannot be read as a month. ${MONTH_FORMS}` };
}
