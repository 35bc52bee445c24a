/**
 * Checking the rows of the RRP Actuals table, one CHECK message per row.
 *
 * Wording conventions (the CHECK column; the fixed words are in checkWording.ts):
 *   - "OK": the row is read and used as it stands.
 *   - "Note: …": a warning; the row is read (and used, unless the note says it is counted once), but
 *     something was assumed that the analyst should confirm, e.g. "Note: read 16.5 as 16.5% (…)." or
 *     "Note: same as row 3; counted once.". Several notes are separate sentences.
 *   - "No value given (…): the row is kept but not used." — missing: blank, "n/a", "TBC" and the like.
 *     Never read as zero. "Empty row: nothing to check." for rows with nothing in the data columns.
 *   - Errors say what is wrong, quoting the row's own value, then what would be accepted, e.g.
 *     'Region "Londn" is not recognised. Did you mean London (LDN)? Use a region code (…) or …'.
 *     Every problem in the row is listed, one sentence (or two) each. One check searches for "Did you
 *     mean" suggestions for at most SUGGESTION_SEARCHES_PER_CHECK different unrecognised names.
 * Row numbers in messages are the 1-based data row numbers of the table (the first row under the
 * header is row 1), unless `rowLabel` says otherwise. Every message goes through cellText.
 *
 * Duplicates (same region, metric and month): the same figures → a note on the repeat(s), counted
 * once (a row with counts is preferred as the one used); different figures → an error on every row
 * involved, and none of them is used. "The same" means equal values; when both rows give counts, equal
 * counts; when only one gives counts, values within 0.05 percentage points (the within-row rule).
 */
import { cellText } from '../cellText';
import { isBlank, percentText, shown } from '../givenValues';
import { readMetricName } from '../metrics';
import { isoOfMonth, monthIndexOf, monthLabel, type MonthIndex, type MonthRead } from '../months';
import { suggestionBudget, type NameRead, type SuggestionBudget } from '../nameMatching';
import { METRIC_CODES, REGION_CODES, type MetricCode, type RegionCode } from '../planSchema';
import { readRegionName } from '../regions';
import {
  cellOf,
  readCountCell,
  readMonthCell,
  readValueCell,
  type CountColumn,
  type CountRead,
  type ValueRead,
} from './cells';
import {
  EMPTY_ROW_MESSAGE,
  NO_VALUE_PREFIX,
  OK_MESSAGE,
  UNREADABLE_CHARACTER,
  unreadableMessage,
} from './checkWording';
import { defaultRowLabel, listText, noteMessage } from './format';
import {
  ACTUALS_COLUMNS,
  TodaySchema,
  type ActualsRow,
  type CellValue,
  type CheckResult,
  type ParsedActual,
  type RowCheck,
  type RowStatus,
  type Today,
  type UsableActual,
} from './schema';

export interface CheckOptions {
  /** The current month: months after it are refused. */
  today: Today;
  /** How a row is named in messages about other rows; default `row N`, N the 1-based data row number. */
  rowLabel?: (index: number) => string;
}

/** Value and counts must agree within 0.05 percentage points. */
const AGREEMENT_TOLERANCE = 0.0005;
const DUST = 1e-9;

const NOT_USED = 'the row is kept but not used.';

function todayMonth(today: Today): MonthIndex {
  return typeof today === 'number' ? today : monthIndexOf(today.year, today.month);
}

const REGION_INDEX = new Map<RegionCode, number>(REGION_CODES.map((c, i) => [c, i]));
const METRIC_INDEX = new Map<MetricCode, number>(METRIC_CODES.map((c, i) => [c, i]));
/** One integer per (region, metric, month), for grouping duplicates without building strings. */
const keyOf = (p: ParsedActual): number =>
  (p.month * 16 + (REGION_INDEX.get(p.region) ?? 15)) * 8 + (METRIC_INDEX.get(p.metric) ?? 7);

interface Draft {
  status: RowStatus;
  /** Set for errors and missing rows; ok/warning messages are made from `notes` at the end. */
  message: string;
  notes: string[] | undefined;
  parsed: ParsedActual | undefined;
}

/** Shared by every empty row; never changed (it has no `parsed`, so it is never in a duplicate group). */
const EMPTY_DRAFT: Readonly<Draft> = {
  status: 'missing',
  message: EMPTY_ROW_MESSAGE,
  notes: undefined,
  parsed: undefined,
};

function valueShown(cell: CellValue, fraction: number): string {
  return typeof cell === 'string' && cell.trim().endsWith('%')
    ? shown(cell)
    : `${shown(cell)} (${percentText(fraction)})`;
}

/** Says how a two-digit year was read, for a month text that reads as a future month ("Oct-99" is October 2099). */
function twoDigitYearNote(cell: CellValue, month: MonthIndex): string {
  const year = isoOfMonth(month).slice(0, 4);
  return typeof cell === 'string' && !cell.includes(year)
    ? ` A two-digit year is read as 20yy, so ${shown(cell)} is ${monthLabel(month)}.`
    : '';
}

/** What one row's cells read as: every rule below decides from this alone. */
interface Reading {
  row: Record<string, unknown>;
  current: MonthIndex;
  monthCell: CellValue;
  valueCell: CellValue;
  numCell: CellValue;
  denCell: CellValue;
  region: NameRead<RegionCode>;
  metric: NameRead<MetricCode>;
  month: MonthRead;
  value: ValueRead;
  numerator: CountRead;
  denominator: CountRead;
  /** The percentage the counts give, when both are given and make sense. */
  fromCounts: number | undefined;
}

/** The one count of a row given when the other is not a count, with the other's column and read. */
function loneCount(
  r: Reading,
): { column: CountColumn; cell: CellValue; otherColumn: CountColumn; other: CountRead } | undefined {
  if (r.numerator.kind === 'count')
    return r.denominator.kind === 'count'
      ? undefined
      : { column: 'Numerator', cell: r.numCell, otherColumn: 'Denominator', other: r.denominator };
  return r.denominator.kind === 'count'
    ? { column: 'Denominator', cell: r.denCell, otherColumn: 'Numerator', other: r.numerator }
    : undefined;
}

/** A value read as nothing yet: blank, or "n/a", "TBC" and the like. */
const noValue = (r: Reading): boolean => r.value.kind === 'blank' || r.value.kind === 'missing';

/** The message of each cell with an unreadable character, in column order; undefined when none has one. */
function unreadableCells(row: Record<string, unknown>): string | undefined {
  let messages: string | undefined;
  for (const column of ACTUALS_COLUMNS) {
    const cell = row[column];
    if (typeof cell === 'string' && cell.includes(UNREADABLE_CHARACTER)) {
      const message = unreadableMessage(column, cell);
      messages = messages === undefined ? message : `${messages} ${message}`;
    }
  }
  return messages;
}

/**
 * The error rules, in the order the message lists them: each entry is its message when the rule
 * applies to the row, else undefined. (A list of values rather than of functions: no call per rule
 * and row, which a check of 100,000 rows would feel.)
 */
function errorRules(r: Reading): (string | undefined)[] {
  const { numerator, denominator, value } = r;
  const lone = loneCount(r);
  return [
    unreadableCells(r.row),
    r.region.error,
    r.metric.error,
    r.month.error,
    r.month.month !== undefined && r.month.month > r.current
      ? `${monthLabel(r.month.month)} is in the future: actuals can be given up to the current month, ${monthLabel(r.current)}.${twoDigitYearNote(r.monthCell, r.month.month)}`
      : undefined,
    value.kind === 'error' ? value.message : undefined,
    numerator.kind === 'error' ? numerator.message : undefined,
    denominator.kind === 'error' ? denominator.message : undefined,
    numerator.kind === 'count' && denominator.kind === 'count' && denominator.count === 0
      ? `Denominator ${shown(r.denCell)} is zero, so no percentage can be worked out. Give the number of people counted, such as 200.`
      : undefined,
    numerator.kind === 'count' &&
    denominator.kind === 'count' &&
    denominator.count !== 0 &&
    numerator.count > denominator.count
      ? `Numerator ${shown(r.numCell)} is above Denominator ${shown(r.denCell)}: the numerator counts people within the denominator, so it can be at most ${denominator.count}.`
      : undefined,
    value.kind === 'value' &&
    r.fromCounts !== undefined &&
    Math.abs(value.value - r.fromCounts) > AGREEMENT_TOLERANCE + DUST
      ? `Value ${valueShown(r.valueCell, value.value)} does not agree with Numerator ${shown(r.numCell)} and Denominator ${shown(r.denCell)} (${percentText(r.fromCounts)}): ` +
        'they must agree within 0.05 percentage points. Correct one of them, or leave Value blank.'
      : undefined,
    noValue(r) && lone?.other.kind === 'blank'
      ? `${lone.column} ${shown(lone.cell)} has no ${lone.otherColumn}. Give both counts, or a Value such as 16.5%.`
      : undefined,
  ];
}

/** The note rules of a row that is used, in order, as errorRules gives them. */
function noteRules(r: Reading): (string | undefined)[] {
  const { value } = r;
  const lone = value.kind === 'value' ? loneCount(r) : undefined;
  return [
    value.kind === 'value' ? value.note : undefined,
    lone === undefined
      ? undefined
      : `${lone.column} ${shown(lone.cell)} has no ${lone.otherColumn}, so only the Value is used (year-to-date figures need both counts)`,
    value.kind === 'missing' && r.fromCounts !== undefined
      ? `Value ${value.given} was set aside: used Numerator ${shown(r.numCell)} and Denominator ${shown(r.denCell)} (${percentText(r.fromCounts)})`
      : undefined,
  ];
}

/** The messages of the rules that apply, or undefined when none does. */
function applying(messages: readonly (string | undefined)[]): string[] | undefined {
  let found: string[] | undefined;
  for (const message of messages) if (message !== undefined) (found ??= []).push(message);
  return found;
}

/** A row without an error nor a figure to use: the first "n/a" or "TBC" it gives is quoted. */
function missingMessage(r: Reading): string {
  const given =
    r.value.kind === 'missing'
      ? r.value.given
      : r.numerator.kind === 'missing'
        ? `Numerator ${r.numerator.given}`
        : r.denominator.kind === 'missing'
          ? `Denominator ${r.denominator.given}`
          : undefined;
  return given === undefined ? `${NO_VALUE_PREFIX}: ${NOT_USED}` : `${NO_VALUE_PREFIX} (${given}): ${NOT_USED}`;
}

/** The row as used: the percentage from the counts when they are given (a Value must agree with them), else the Value. */
function parsedOf(r: Reading): ParsedActual | undefined {
  const value = r.fromCounts ?? (r.value.kind === 'value' ? r.value.value : undefined);
  if (value === undefined || r.region.code === undefined || r.metric.code === undefined || r.month.month === undefined)
    return undefined;
  const parsed: ParsedActual = { region: r.region.code, metric: r.metric.code, month: r.month.month, value };
  if (r.fromCounts !== undefined && r.numerator.kind === 'count' && r.denominator.kind === 'count') {
    parsed.numerator = r.numerator.count;
    parsed.denominator = r.denominator.count;
  }
  return parsed;
}

/** Every cell of a row read once, in the order that spends the suggestion budget on the region first. */
function readingOf(row: Record<string, unknown>, current: MonthIndex, budget: SuggestionBudget): Reading {
  const monthCell = cellOf(row.Month);
  const valueCell = cellOf(row.Value);
  const numCell = cellOf(row.Numerator);
  const denCell = cellOf(row.Denominator);
  const region = readRegionName(cellOf(row.Region), budget);
  const metric = readMetricName(cellOf(row.Metric), budget);
  const numerator = readCountCell('Numerator', numCell);
  const denominator = readCountCell('Denominator', denCell);
  const fromCounts =
    numerator.kind === 'count' &&
    denominator.kind === 'count' &&
    denominator.count !== 0 &&
    numerator.count <= denominator.count
      ? numerator.count / denominator.count
      : undefined;
  return {
    row,
    current,
    monthCell,
    valueCell,
    numCell,
    denCell,
    region,
    metric,
    month: readMonthCell(monthCell),
    value: readValueCell(valueCell),
    numerator,
    denominator,
    fromCounts,
  };
}

/**
 * One row's outcome, the first that applies: nothing in the data columns, an empty row; any error
 * rule, an error listing them all; no figure to use, missing; otherwise OK, or a warning with its notes.
 */
function checkRow(raw: unknown, current: MonthIndex, budget: SuggestionBudget): Draft {
  if (raw === null || typeof raw !== 'object') return EMPTY_DRAFT;
  const row = raw as Record<string, unknown>;
  if (
    isBlank(cellOf(row.Region)) &&
    isBlank(cellOf(row.Metric)) &&
    isBlank(cellOf(row.Month)) &&
    isBlank(cellOf(row.Value)) &&
    isBlank(cellOf(row.Numerator)) &&
    isBlank(cellOf(row.Denominator))
  )
    return EMPTY_DRAFT;
  const r = readingOf(row, current, budget);
  const errors = applying(errorRules(r));
  // One error is the message itself (join would copy it): rows with the same unknown name share one string.
  if (errors !== undefined)
    return {
      status: 'error',
      message: errors.length === 1 ? errors[0] : errors.join(' '),
      notes: undefined,
      parsed: undefined,
    };
  const parsed = parsedOf(r);
  if (parsed === undefined)
    return { status: 'missing', message: missingMessage(r), notes: undefined, parsed: undefined };
  const notes = applying(noteRules(r));
  return { status: notes === undefined ? 'ok' : 'warning', message: '', notes, parsed };
}

/** The same figures, by the rule in the file comment. */
function sameFigures(a: ParsedActual, b: ParsedActual): boolean {
  const aCounts = a.numerator !== undefined;
  const bCounts = b.numerator !== undefined;
  if (aCounts && bCounts) return a.numerator === b.numerator && a.denominator === b.denominator;
  const allowed = aCounts || bCounts ? AGREEMENT_TOLERANCE + DUST : DUST;
  return Math.abs(a.value - b.value) <= allowed;
}

/** Percentages shown with enough decimals to tell different values apart; counts added where still needed. */
function conflictLabels(
  members: readonly number[],
  parsed: readonly (ParsedActual | undefined)[],
): Map<number, string> {
  const values = members.map((i) => (parsed[i] as ParsedActual).value);
  const distinctValues = new Set(values).size;
  let decimals = 2;
  while (decimals < 8 && new Set(values.map((v) => percentText(v, decimals))).size < distinctValues) decimals++;
  const labels = values.map((v) => percentText(v, decimals));
  const clash = new Set(labels.filter((l, k) => labels.indexOf(l) !== k));
  return new Map(
    members.map((i, k) => {
      const p = parsed[i] as ParsedActual;
      const withCounts =
        clash.has(labels[k]) && p.numerator !== undefined
          ? `${labels[k]} (${p.numerator}/${p.denominator})`
          : labels[k];
      return [i, withCounts];
    }),
  );
}

const MAX_LISTED = 3;

function conflictMessage(
  i: number,
  members: readonly number[],
  labels: Map<number, string>,
  rowLabel: (index: number) => string,
): string {
  const listed: number[] = [];
  for (const j of members) {
    if (j === i) continue;
    listed.push(j);
    if (listed.length === MAX_LISTED) break;
  }
  const others = members.length - 1;
  const theirs = listText(listed.map((j) => labels.get(j) ?? ''));
  if (others === 1)
    return `Conflicts with ${rowLabel(listed[0])} (${labels.get(i)} vs ${theirs}): neither is used until one is corrected or removed.`;
  if (others <= MAX_LISTED) {
    return `Conflicts with ${listText(listed.map(rowLabel))} (${labels.get(i)} vs ${theirs}): none of them is used until the duplicates are corrected or removed.`;
  }
  return (
    `Conflicts with ${others} other rows for the same region, metric and month, including ${listText(listed.map(rowLabel))} ` +
    `(${labels.get(i)} vs ${theirs}): none of them is used until the duplicates are corrected or removed.`
  );
}

function noteText(cell: unknown): string | undefined {
  const value = cellOf(cell);
  if (isBlank(value)) return undefined;
  return typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);
}

/**
 * Checks actuals rows as they sit in the RRP Actuals table. Never throws on cell contents (anything
 * that is not text, a number, TRUE/FALSE or null is read as blank); throws a TypeError only when
 * `rows` is not an array or `options.today` is not a month.
 */
export function checkActuals(rows: readonly ActualsRow[], options: CheckOptions): CheckResult {
  if (!Array.isArray(rows)) throw new TypeError('checkActuals: rows must be an array of actuals rows.');
  const today = TodaySchema.safeParse(options?.today);
  if (!today.success)
    throw new TypeError('checkActuals: options.today must be a MonthIndex or { year, month } with month 1–12.');
  const current = todayMonth(today.data);
  const rowLabel = options.rowLabel ?? defaultRowLabel;

  const n = rows.length;
  const drafts: Draft[] = [];
  const parsedOf: (ParsedActual | undefined)[] = [];
  const budget = suggestionBudget();
  const firstByKey = new Map<number, number>();
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const draft = checkRow(rows[i], current, budget);
    drafts.push(draft);
    const p = draft.parsed;
    parsedOf.push(p);
    if (p === undefined) continue;
    const key = keyOf(p);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, i);
    else {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [first, i]);
      else group.push(i);
    }
  }

  const repeat = new Uint8Array(n);
  for (const members of groups.values()) {
    const rep = members.find((i) => (parsedOf[i] as ParsedActual).numerator !== undefined) ?? members[0];
    const repParsed = parsedOf[rep] as ParsedActual;
    if (members.every((i) => sameFigures(parsedOf[i] as ParsedActual, repParsed))) {
      for (const i of members) {
        if (i === rep) continue;
        repeat[i] = 1;
        const d = drafts[i];
        d.status = 'warning';
        d.notes = [`same as ${rowLabel(rep)}; counted once`, ...(d.notes ?? [])];
      }
    } else {
      const labels = conflictLabels(members, parsedOf);
      for (const i of members) {
        drafts[i].status = 'error';
        drafts[i].message = conflictMessage(i, members, labels, rowLabel);
      }
    }
  }

  const checks: RowCheck[] = [];
  const actuals: UsableActual[] = [];
  const counts = { ok: 0, warnings: 0, errors: 0, missing: 0 };
  for (let i = 0; i < n; i++) {
    const d = drafts[i];
    let message: string;
    switch (d.status) {
      case 'ok':
        counts.ok++;
        message = OK_MESSAGE;
        break;
      case 'warning':
        counts.warnings++;
        message = cellText(noteMessage(d.notes ?? []));
        break;
      case 'error':
        counts.errors++;
        message = cellText(d.message);
        break;
      case 'missing':
        counts.missing++;
        message = cellText(d.message);
        break;
    }
    checks.push(
      d.parsed === undefined ? { status: d.status, message } : { status: d.status, message, parsed: d.parsed },
    );
    if (d.parsed !== undefined && (d.status === 'ok' || d.status === 'warning') && repeat[i] === 0) {
      const p = d.parsed;
      const usable: UsableActual = { region: p.region, metric: p.metric, month: p.month, value: p.value, row: i };
      if (p.numerator !== undefined) {
        usable.numerator = p.numerator;
        usable.denominator = p.denominator;
      }
      const rowNote = noteText((rows[i] as Record<string, unknown>).Note);
      if (rowNote !== undefined) usable.note = rowNote;
      actuals.push(usable);
    }
  }
  return { rows: checks, counts, actuals };
}
