/**
 * The plan kept in the workbook: the rows of the RRP Plan table, one per region, edition and metric,
 * with the fields of seeds/plan-targets.json. Each row is checked and gets one Check message:
 *   - "OK": the row is a plan target and is used by the RRP functions and RRP Progress;
 *   - "Note: used. …": used, with something to know: its edition sets targets for fewer metrics than
 *     the edition before, which stays in force for the others;
 *   - "Empty row: nothing to check.": nothing in the row;
 *   - otherwise every problem of the row in plain words, quoting what it holds; the row is not used.
 * The wording follows RRP Actuals' Check (checkWording.ts), so the same colour rules read both.
 * A row becomes a plan record only through PlanRecordSchema, the one definition of a plan record, so
 * a workbook target is held to the same rules as a built-in one (target = baseline + change, the
 * deadline after the baseline, no numbers a kind does not have). Built-in targets cannot be changed:
 * a row with a built-in region, edition and metric is refused. Of rows repeating one another's
 * region, edition and metric, the first is used when all say the same; when they differ none is.
 * Percentages are fractions; months are Excel dates (any day of the month) or month text.
 */
import { readPercentage } from './arguments';
import { cellOf, readMonthCell } from './actuals/cells';
import { EMPTY_ROW_MESSAGE, NOTE_PREFIX, OK_MESSAGE } from './actuals/checkWording';
import type { CellValue } from './actuals/schema';
import { PLAN_COLUMNS, type PlanColumn, type PlanRow } from './planColumns';
import { cellText } from './cellText';
import { editionLabel, parseEdition } from './editions';
import { PlanError } from './errors';
import { isBlank, percentText, shown } from './givenValues';
import { metricName, readMetricName } from './metrics';
import {
  currentMonth,
  firstDaySerial,
  isoOfMonth,
  monthFromIso,
  monthIndexOf,
  monthLabel,
  type MonthIndex,
} from './months';
import { isBuiltIn, planData } from './planData';
import {
  METRIC_CODES,
  PlanRecordSchema,
  type Edition,
  type MetricCode,
  type PlanRecord,
  type RegionCode,
  type TargetKind,
} from './planSchema';
import { readRegionName, regionName } from './regions';
import { countOf, listed } from './wording';

export { PLAN_COLUMNS, type PlanColumn, type PlanRow };

export const TARGET_KINDS: readonly TargetKind[] = ['increase', 'maintain', 'direction', 'qualitative'];

export type PlanRowStatus = 'ok' | 'error' | 'empty';

export interface PlanRowCheck {
  status: PlanRowStatus;
  /** The Check text, already safe to write into a cell (cellText). */
  message: string;
}

/** A row that passed: its record and its place in the table (0-based). */
export interface UsedPlanRow {
  row: number;
  record: PlanRecord;
}

export interface PlanCheckResult {
  rows: PlanRowCheck[];
  used: UsedPlanRow[];
}

// ---------------------------------------------------------------- reading the cells

const KIND_WORDS = new Map<string, TargetKind>([
  ['increase', 'increase'],
  ['maintain', 'maintain'],
  ['direction', 'direction'],
  ['direction only', 'direction'],
  ['qualitative', 'qualitative'],
  ['commitment in words', 'qualitative'],
]);
const KIND_FORMS = `Use one of ${TARGET_KINDS.join(', ')}.`;

function readKind(cell: CellValue): { kind: TargetKind } | { error: string } {
  if (isBlank(cell)) return { error: `No kind given. ${KIND_FORMS}` };
  const kind =
    typeof cell === 'string'
      ? KIND_WORDS.get(cell.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' '))
      : undefined;
  return kind ? { kind } : { error: `Kind ${shown(cell)} is not known. ${KIND_FORMS}` };
}

/** What a reader that throws PlanErrors gives, or its message. */
function attempt<T>(read: () => T): { value: T } | { error: string } {
  try {
    return { value: read() };
  } catch (error) {
    if (error instanceof PlanError) return { error: error.message };
    throw error;
  }
}

function readEditionCell(cell: CellValue): { value: Edition } | { error: string } {
  const read = attempt(() => parseEdition(cell));
  if ('error' in read) return read;
  return read.value === undefined
    ? { error: 'No edition given. Use 2022 (the 2022-25 plan) or the year of an annual update, such as 2024.' }
    : { value: read.value };
}

function readMonthOf(
  column: 'Baseline month' | 'Deadline',
  cell: CellValue,
): { value: MonthIndex } | { error: string } {
  const read = readMonthCell(cell);
  if (read.error === undefined) return { value: read.month };
  return {
    error: isBlank(cell) ? `No ${column.toLowerCase()} given.` : `${column} ${shown(cell)} cannot be read as a month.`,
  };
}

/** 0.025 as "2.5 percentage points". */
const pointsText = (fraction: number): string => `${Number((fraction * 100).toFixed(4))} percentage points`;

const textOf = (cell: CellValue): string => (cell === null || cell === undefined ? '' : String(cell).trim());

// ---------------------------------------------------------------- cells that hold no value

// Excel's error values, as a range's values give them.
const EXCEL_ERRORS = new Set([
  '#N/A',
  '#VALUE!',
  '#REF!',
  '#DIV/0!',
  '#NUM!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#EXTERNAL!',
]);
// Characters that show nothing: controls, format characters (zero-width space, joiners, byte order mark), spaces.
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\s]+$/u;

const codePoints = (text: string): string =>
  [...new Set([...text].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`))]
    .slice(0, 3)
    .join(', ');

/** Why a cell holds no value to read (an Excel error, or only invisible characters); undefined otherwise. */
function cellProblem(column: PlanColumn, cell: CellValue): string | undefined {
  if (typeof cell !== 'string' || isBlank(cell)) return undefined;
  const text = cell.trim();
  if (EXCEL_ERRORS.has(text.toUpperCase()))
    return `${column}: the cell holds ${text.toUpperCase()}, an Excel error, not a value. Correct the formula or type the value.`;
  if (INVISIBLE.test(cell))
    return `${column}: the cell holds only invisible or control characters (${codePoints(cell)}). Clear it and type the value.`;
  return undefined;
}

// ---------------------------------------------------------------- one row

/** The numbers each kind has: required ones must be given, the others left blank. */
const NUMBERS: Record<TargetKind, readonly ('Baseline' | 'Baseline month' | 'Change' | 'Target' | 'Deadline')[]> = {
  increase: ['Baseline', 'Baseline month', 'Change', 'Target', 'Deadline'],
  maintain: ['Target', 'Deadline'],
  direction: ['Baseline', 'Baseline month'],
  qualitative: [],
};
const NUMBER_COLUMNS = ['Baseline', 'Baseline month', 'Change', 'Target', 'Deadline'] as const;

const WHY_NOT: Record<TargetKind, string> = {
  increase: '',
  maintain: 'a target to maintain states only the level to keep and its deadline',
  direction: 'a direction-only target states only where it starts from',
  qualitative: 'a commitment in words has no numbers',
};

/** "An increase", "A maintain": the kind with its article, to begin a sentence. */
const aKind = (kind: TargetKind): string => `${kind === 'increase' ? 'An' : 'A'} ${kind}`;

interface Draft {
  errors: string[];
  record?: PlanRecord;
}

// An annual update is written in its own year; its baselines are from that year or the one before.
const YEARS_AHEAD = 1;
const BASELINE_YEARS_BEFORE = 1;

function checkRow(row: PlanRow, today: MonthIndex): Draft | undefined {
  const cells = Object.fromEntries(PLAN_COLUMNS.map((c) => [c, cellOf(row[c])])) as PlanRow;
  if (PLAN_COLUMNS.every((c) => isBlank(cells[c]))) return undefined;
  // A cell with no value to read is said plainly, rather than as a value the column does not accept.
  const unreadable = PLAN_COLUMNS.flatMap((c) => cellProblem(c, cells[c]) ?? []);
  if (unreadable.length > 0) return { errors: unreadable };
  const errors: string[] = [];
  const region = readRegionName(cells.Region);
  if (region.error !== undefined) errors.push(region.error);
  const edition = readEditionCell(cells.Edition);
  if ('error' in edition) errors.push(edition.error);
  const metric = readMetricName(cells.Metric);
  if (metric.error !== undefined) errors.push(metric.error);
  const kindRead = readKind(cells.Kind);
  if ('error' in kindRead) errors.push(kindRead.error);

  let baseline: number | null = null;
  let change: number | null = null;
  let target: number | null = null;
  let baselineMonth: MonthIndex | null = null;
  let deadline: MonthIndex | null = null;
  if ('kind' in kindRead) {
    const { kind } = kindRead;
    const required = NUMBERS[kind];
    const extra = NUMBER_COLUMNS.filter(
      (c) =>
        !required.includes(c) && !isBlank(cells[c]) && !(kind === 'maintain' && c === 'Change' && cells.Change === 0),
    );
    if (extra.length > 0) {
      errors.push(
        `${aKind(kind)} target has no ${listed(extra.map((c) => c.toLowerCase()))}: ${WHY_NOT[kind]}. Leave ${extra.length === 1 ? 'it' : 'them'} blank, or choose another kind.`,
      );
    }
    const missing = required.filter((c) => isBlank(cells[c]));
    if (missing.length > 0) errors.push(`${aKind(kind)} target needs ${listed(missing.map((c) => c.toLowerCase()))}.`);
    const percent = (column: 'Baseline' | 'Change' | 'Target'): number | null => {
      if (!required.includes(column) || isBlank(cells[column])) return null;
      const read = attempt(() => readPercentage(cells[column], column.toLowerCase()));
      if ('error' in read) {
        errors.push(read.error);
        return null;
      }
      return read.value;
    };
    const month = (column: 'Baseline month' | 'Deadline'): MonthIndex | null => {
      if (!required.includes(column) || isBlank(cells[column])) return null;
      const read = readMonthOf(column, cells[column]);
      if ('error' in read) {
        errors.push(read.error);
        return null;
      }
      return read.value;
    };
    [baseline, change, target] = [percent('Baseline'), percent('Change'), percent('Target')];
    [baselineMonth, deadline] = [month('Baseline month'), month('Deadline')];
    if (
      kind === 'increase' &&
      baseline !== null &&
      change !== null &&
      target !== null &&
      Math.abs(baseline + change - target) >= 1e-9
    ) {
      errors.push(
        `Target ${percentText(target)} is not Baseline ${percentText(baseline)} + Change ${pointsText(change)} (${percentText(baseline + change)}): the plan's target is its baseline plus the change. Correct one of them.`,
      );
    }
    if (kind === 'increase' && baselineMonth !== null && deadline !== null && deadline <= baselineMonth) {
      errors.push(`Deadline ${monthLabel(deadline)} is not after the baseline month ${monthLabel(baselineMonth)}.`);
    }
    if (kind === 'increase' && change === 0)
      errors.push('An increase of 0 percentage points changes nothing. For a level to keep, choose the kind maintain.');
    if (
      'value' in edition &&
      baselineMonth !== null &&
      baselineMonth < monthIndexOf(edition.value - BASELINE_YEARS_BEFORE, 1)
    )
      errors.push(
        `Baseline month ${monthLabel(baselineMonth)} is long before the ${editionLabel(edition.value)}: an edition's baselines are from its own year or the one before. Check the baseline month and the edition.`,
      );
  }
  const thisYear = Math.floor(today / 12);
  if ('value' in edition && edition.value > thisYear + YEARS_AHEAD)
    errors.push(
      `Edition ${edition.value} is ${edition.value - thisYear} years from now (${thisYear}): an annual update is written in its own year. Check the edition.`,
    );

  const document = textOf(cells['Source document']);
  const sentence = textOf(cells.Sentence);
  if (document === '') errors.push('No source document given: name the plan document the target comes from.');
  if (sentence === '') errors.push("No sentence given: copy the plan's sentence that states this target.");
  else if (sentence.length < 20)
    errors.push(`Sentence ${shown(sentence)} is too short to be the plan's sentence: copy the whole sentence.`);

  if (
    errors.length > 0 ||
    region.code === undefined ||
    metric.code === undefined ||
    !('value' in edition) ||
    !('kind' in kindRead)
  )
    return { errors };
  const candidate = {
    region: region.code,
    edition: edition.value,
    metric: metric.code,
    kind: kindRead.kind,
    baseline,
    baselineMonth: baselineMonth === null ? null : isoOfMonth(baselineMonth),
    change: kindRead.kind === 'maintain' ? 0 : change,
    target,
    deadlineMonth: deadline === null ? null : isoOfMonth(deadline),
    source: { document, section: textOf(cells.Section), sentence },
  };
  const parsed = PlanRecordSchema.safeParse(candidate);
  // The checks above say in words what the schema requires; this is the schema having the last word.
  if (!parsed.success)
    return {
      errors: [`This row does not make a plan target (${parsed.error.issues[0]?.message ?? 'no reason given'}).`],
    };
  if (isBuiltIn(parsed.data.region, parsed.data.edition, parsed.data.metric)) {
    return {
      errors: [
        `${regionName(parsed.data.region)}'s ${editionLabel(parsed.data.edition)} target for ${metricName(parsed.data.metric).toLowerCase()} is built into the add-in and cannot be changed from the workbook, so this row is not used. Remove it (RRP.SOURCE shows the built-in target's sentence).`,
      ],
    };
  }
  return { errors, record: parsed.data };
}

// ---------------------------------------------------------------- the table

const keyOf = (r: { region: RegionCode; edition: Edition; metric: MetricCode }): string =>
  `${r.region}|${r.edition}|${r.metric}`;

/** The same target: every field but where it is written. */
const sameTarget = (a: PlanRecord, b: PlanRecord): boolean =>
  JSON.stringify({ ...a, source: undefined }) === JSON.stringify({ ...b, source: undefined });

const MAX_LISTED = 3;

/**
 * Checks the rows of RRP Plan. Never throws on cell contents. `today` (default: the computer's month)
 * is what an edition far in the future is measured from. Rows repeating one region, edition and
 * metric are checked in time proportional to their number.
 */
export function checkPlanRows(rows: readonly PlanRow[], today: MonthIndex = currentMonth()): PlanCheckResult {
  const drafts = rows.map((row) => (row !== null && typeof row === 'object' ? checkRow(row, today) : undefined));
  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (!d?.record) return;
    const key = keyOf(d.record);
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    const [first, ...others] = members;
    const firstRecord = drafts[first]?.record as PlanRecord;
    const label = (i: number): string => `row ${i + 1}`;
    if (others.every((i) => sameTarget(drafts[i]?.record as PlanRecord, firstRecord))) {
      for (const i of others)
        drafts[i] = {
          errors: [
            `Repeats ${label(first)}'s region, edition and metric with the same figures: ${label(first)} is used and this row is not. Remove this row.`,
          ],
        };
    } else {
      // The first few others of each row, without listing every other row for every row.
      const firstFew = members.slice(0, MAX_LISTED + 1);
      const others = members.length - 1;
      for (const i of members) {
        const shown = firstFew.filter((j) => j !== i).slice(0, MAX_LISTED);
        const shownRows = listed(shown.map(label)) + (others > MAX_LISTED ? ` and ${others - MAX_LISTED} more` : '');
        drafts[i] = {
          errors: [
            `${shownRows} ${others === 1 ? 'has' : 'have'} the same region, edition and metric with different figures: none of them is used until one is corrected or removed.`,
          ],
        };
      }
    }
  }
  const checks: PlanRowCheck[] = [];
  const used: UsedPlanRow[] = [];
  drafts.forEach((d, i) => {
    if (d === undefined) checks.push({ status: 'empty', message: EMPTY_ROW_MESSAGE });
    else if (d.record && d.errors.length === 0) {
      checks.push({ status: 'ok', message: OK_MESSAGE });
      used.push({ row: i, record: d.record });
    } else checks.push({ status: 'error', message: cellText(d.errors.join(' ')) });
  });
  const notes = partialEditionNotes(used.map((u) => u.record));
  for (const u of used) {
    const note = notes.get(`${u.record.region}|${u.record.edition}`);
    if (note !== undefined) checks[u.row] = { status: 'ok', message: cellText(note) };
  }
  return { rows: checks, used };
}

/**
 * For each workbook edition (region|edition) that sets targets for fewer metrics than the editions
 * before it, the note its rows carry: the other metrics stay with the edition before (editionInForce).
 */
function partialEditionNotes(records: readonly PlanRecord[]): Map<string, string> {
  const metricsOf = new Map<string, Set<MetricCode>>();
  for (const r of [...planData.targets, ...records]) {
    const key = `${r.region}|${r.edition}`;
    const metrics = metricsOf.get(key) ?? new Set<MetricCode>();
    metrics.add(r.metric);
    metricsOf.set(key, metrics);
  }
  const notes = new Map<string, string>();
  for (const key of new Set(records.map((r) => `${r.region}|${r.edition}`))) {
    const [region, year] = key.split('|');
    const edition = Number(year);
    const own = metricsOf.get(key) as Set<MetricCode>;
    const before = [...metricsOf.entries()]
      .map(([k, metrics]) => ({ region: k.split('|')[0], edition: Number(k.split('|')[1]), metrics }))
      .filter((e) => e.region === region && e.edition < edition)
      .sort((a, b) => a.edition - b.edition);
    const missing = METRIC_CODES.filter((m) => !own.has(m) && before.some((e) => e.metrics.has(m)));
    if (missing.length === 0) continue;
    const previous = before[before.length - 1].edition;
    notes.set(
      key,
      `${NOTE_PREFIX} used. ${regionName(region as RegionCode)}'s ${editionLabel(edition)} on RRP Plan sets no target for ${listed(missing.map((m) => metricName(m).toLowerCase()))}: for ${missing.length === 1 ? 'it' : 'them'}, the edition before (the ${editionLabel(previous)}) stays in force.`,
    );
  }
  return notes;
}

// ---------------------------------------------------------------- summary

export interface PlanProblem {
  /** 1-based data row of RRP Plan. */
  row: number;
  message: string;
}

export interface PlanCheckSummary {
  rows: number;
  used: number;
  errors: number;
  empty: number;
  /** The first problems, in table order (at most MAX_PROBLEMS; `errors` counts them all). */
  problems: PlanProblem[];
  /** Regions with targets used from the table. */
  regions: RegionCode[];
  /** Rows just added, when the check followed an append. */
  added?: number;
}

export const MAX_PROBLEMS = 100;

/**
 * What an append to RRP Plan did, in plain words, one line each: the rows added, the regions whose
 * targets are now in use, and the rows that need attention (the first few, by row). Empty when
 * nothing was added.
 */
export function planAppendedLines(summary: PlanCheckSummary): string[] {
  const added = summary.added ?? 0;
  if (added === 0) return [];
  const lines = [`Added ${countOf(added, 'row')} to RRP Plan.`];
  if (summary.regions.length > 0) {
    lines.push(
      `RRP Plan's targets for ${listed(summary.regions.map(regionName))} are used by the RRP functions, Load plan data and RRP Progress.`,
    );
  }
  if (summary.errors > 0) {
    const shownProblems = summary.problems.slice(0, 3).map((p) => `row ${p.row}: ${p.message}`);
    lines.push(
      `${countOf(summary.errors, 'row')} of RRP Plan ${summary.errors === 1 ? 'is' : 'are'} not used until corrected (see the Check column): ${shownProblems.join(' ')}`,
    );
  }
  return lines;
}

export function planSummaryOf(result: PlanCheckResult): PlanCheckSummary {
  const problems: PlanProblem[] = [];
  let errors = 0;
  let empty = 0;
  result.rows.forEach((r, i) => {
    if (r.status === 'empty') empty++;
    if (r.status !== 'error') return;
    errors++;
    if (problems.length < MAX_PROBLEMS) problems.push({ row: i + 1, message: r.message });
  });
  return {
    rows: result.rows.length,
    used: result.used.length,
    errors,
    empty,
    problems,
    regions: [...new Set(result.used.map((u) => u.record.region))],
  };
}

// ---------------------------------------------------------------- writing records as rows

/** A month of a record ("2024-03") as the Excel date of its 1st; text that is not such a month stays text. */
const monthCell = (month: string | null): string | number =>
  month === null ? '' : /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? firstDaySerial(monthFromIso(month)) : month;

/**
 * A plan record as an RRP Plan row: codes, the edition's year, fractions and Excel dates, "" where the
 * record has nothing. Text is as given: the Excel layer keeps it exact when writing.
 */
export function planRowOf(record: PlanRecord): Record<PlanColumn, string | number> {
  return {
    Region: record.region,
    Edition: record.edition,
    Metric: record.metric,
    Kind: record.kind,
    Baseline: record.baseline ?? '',
    'Baseline month': monthCell(record.baselineMonth),
    Change: record.change ?? '',
    Target: record.target ?? '',
    Deadline: monthCell(record.deadlineMonth),
    'Source document': record.source.document,
    Section: record.source.section,
    Sentence: record.source.sentence,
  };
}
