/**
 * The Actuals section's pure part: the words for check counts and problems, the year-to-date line,
 * and an import read into what the preview shows. Nothing here talks to Excel, so it is tested
 * through the components and can be reused by them without hooks.
 */
import type { PillColour } from './Pill';
import {
  ACTUALS_COLUMNS,
  checkActuals,
  EMPTY_ROW_MESSAGE,
  type ActualsColumn,
  type ActualsRow,
  type CheckCounts,
  type YearToDate,
} from '../../domain/actuals';
import { examplesText, NoteGroups } from '../../domain/actuals/format';
import type { FileEncoding } from '../../domain/actuals/csv';
import { CELL_CHARACTER_LIMIT, tooLongForCell } from '../../domain/cellText';
import { shown } from '../../domain/givenValues';
import { monthLabel, type MonthIndex } from '../../domain/months';
import { percent } from '../../domain/trajectory';
import type { ActualsProblem } from '../services';
import { countOf } from '../../domain/wording';

/** One count as the pane shows it: always a word and a number, the colour only repeats the word. */
export interface CountItem {
  key: keyof CheckCounts;
  label: string;
  count: number;
  color: PillColour;
}

export function countItems(counts: CheckCounts): CountItem[] {
  return [
    { key: 'ok', label: 'OK', count: counts.ok, color: 'success' },
    { key: 'warnings', label: 'Warnings', count: counts.warnings, color: 'warning' },
    { key: 'errors', label: 'Errors', count: counts.errors, color: 'danger' },
    { key: 'missing', label: 'Missing', count: counts.missing, color: 'informative' },
  ];
}

export const PROBLEM_KIND: Readonly<Record<ActualsProblem['status'], { label: string; color: PillColour }>> = {
  error: { label: 'Error', color: 'danger' },
  warning: { label: 'Warning', color: 'warning' },
  missing: { label: 'Missing', color: 'informative' },
};

/** "Problem 2 of 7: Row 14 — Region "Londn" is not recognised. …" */
export const problemLine = (problem: ActualsProblem, index: number, total: number): string =>
  `Problem ${index + 1} of ${total}: Row ${problem.row} — ${problem.message}`;

/**
 * Where the stepper is in a list of problems. It remembers a row rather than a position, so when an
 * automatic check brings a new list (the analyst fixed a row) it stays at the same place in the table:
 * the first problem at or after that row, or the last one when none is.
 */
export function problemIndex(problems: readonly ActualsProblem[], row: number | undefined): number {
  if (problems.length === 0 || row === undefined) return 0;
  const at = problems.findIndex((p) => p.row >= row);
  return at === -1 ? problems.length - 1 : at;
}

const whole = (n: number): string => n.toLocaleString('en-GB');

/** "Year to date (April 2023 – September 2023): 17.5% (70 of 400)", noting months left out for want of counts. */
export function yearToDateText(ytd: YearToDate): string {
  const period = ytd.from === ytd.to ? monthLabel(ytd.from) : `${monthLabel(ytd.from)} – ${monthLabel(ytd.to)}`;
  const text = `Year to date (${period}): ${percent(ytd.value)} (${whole(ytd.numerator)} of ${whole(ytd.denominator)})`;
  if (ytd.monthsWithoutCounts === 0) return text;
  const n = ytd.monthsWithoutCounts;
  return `${text}; ${countOf(n, 'month')} with a value but no counts ${n === 1 ? 'is' : 'are'} not included`;
}

/** Rows read from a selection or a CSV file, as rowsFromBlock and parseActualsCsv give them. */
export interface ReadRows {
  layout: 'long' | 'wide';
  /** How a file's bytes were read (a selection has none). */
  encoding?: FileEncoding;
  rows: ActualsRow[];
  problems: string[];
  ignoredColumns: string[];
  missingColumns: ActualsColumn[];
}

/** Without these a row cannot be an actual, so a block lacking one is not appended at all. */
const REQUIRED: readonly ActualsColumn[] = ['Region', 'Metric', 'Month'];

/** What an import would append, and what the preview says about it. */
export interface PreparedImport {
  layout: 'long' | 'wide';
  encoding?: FileEncoding;
  /** The rows to append: the rows read, less any with nothing in them. */
  rows: ActualsRow[];
  /** The rows checked on their own, as they would be checked in the table. */
  counts: CheckCounts;
  /** Plain-words notes about headers, ignored columns and skipped rows. */
  notes: string[];
}

const KNOWN_HEADERS = new Set<string>([...ACTUALS_COLUMNS.map((c) => c.toLowerCase()), 'notes']);

/**
 * Why the columns of a long block are not used, one note per kind with a few examples (a header of a
 * million unknown columns is one note). A repeated table column is left out: rowsFromBlock reports it.
 */
function ignoredColumnNotes(headers: readonly string[]): string[] {
  const notes = new NoteGroups<'check' | 'unknown'>();
  for (const header of headers) {
    const key = header.trim().toLowerCase();
    if (KNOWN_HEADERS.has(key)) continue;
    // Copied from the RRP Actuals table itself: its Check column is the pane's output, not data.
    notes.add(key === 'check' ? 'check' : 'unknown', () => shown(header));
  }
  return notes.sentences((kind, group) => {
    if (kind === 'check') return 'Column "Check" will be ignored: checking writes it afresh.';
    return group.count === 1
      ? `Column ${group.examples[0]} was not recognised and will be ignored.`
      : `${group.count.toLocaleString('en-GB')} columns were not recognised and will be ignored: ${examplesText(group)}.`;
  });
}

const encodingOf = (read: ReadRows): { encoding?: FileEncoding } =>
  read.encoding === undefined ? {} : { encoding: read.encoding };
const NO_COUNTS: CheckCounts = { ok: 0, warnings: 0, errors: 0, missing: 0 };

/**
 * Cells longer than a cell holds, one note for all of them (with a few examples): an import with
 * any such cell is refused whole, before anything is written, rather than appended without them.
 */
function tooLongCells(rows: readonly ActualsRow[]): string[] {
  const notes = new NoteGroups<'too long'>();
  let first: string | undefined;
  for (let i = 0; i < rows.length; i++) {
    for (const column of ACTUALS_COLUMNS) {
      const cell = rows[i][column];
      if (typeof cell !== 'string' || cell.length < CELL_CHARACTER_LIMIT) continue;
      const problem = tooLongForCell(`Row ${i + 1}'s ${column}`, cell);
      if (problem === undefined) continue;
      first ??= problem;
      notes.add('too long', `row ${i + 1}'s ${column}`);
    }
  }
  return notes.sentences((_kind, group) =>
    group.count === 1
      ? `${first} Nothing will be appended until it is shortened.`
      : `${group.count.toLocaleString('en-GB')} cells are longer than an Excel cell holds (${CELL_CHARACTER_LIMIT.toLocaleString('en-GB')} characters): ${examplesText(group)}. Nothing will be appended until they are shortened.`,
  );
}

/**
 * The rows an import would append and what the preview says about them. Rows with nothing in them
 * (blank lines in a selection) are dropped, since appending them would only add empty table rows;
 * the rest are checked on their own, with the same checks the table gets. A block without a Region,
 * Metric or Month header gives nothing to append: every row would be an error for the analyst to
 * delete again, and the wrong cells being selected is the likelier story (the notes say what is missing).
 */
export function prepareImport(read: ReadRows, today: MonthIndex): PreparedImport {
  const tooLong = tooLongCells(read.rows);
  if (tooLong.length > 0)
    return { layout: read.layout, ...encodingOf(read), rows: [], counts: NO_COUNTS, notes: tooLong };
  const unusable = read.missingColumns.some((c) => REQUIRED.includes(c));
  const first = checkActuals(unusable ? [] : read.rows, { today });
  const rows = unusable ? [] : read.rows.filter((_, i) => first.rows[i]?.message !== EMPTY_ROW_MESSAGE);
  const skipped = unusable ? 0 : read.rows.length - rows.length;
  // Row numbers in duplicate messages change when rows are dropped, so check again without them.
  const counts = skipped === 0 ? first.counts : checkActuals(rows, { today }).counts;
  const notes = read.problems.concat(read.layout === 'long' ? ignoredColumnNotes(read.ignoredColumns) : []);
  if (skipped > 0) notes.push(`${countOf(skipped, 'empty row')} will be skipped.`);
  return {
    layout: read.layout,
    ...encodingOf(read),
    rows,
    counts,
    notes,
  };
}

/** What the preview says of how a file was read. */
export const encodingText = (encoding: FileEncoding): string =>
  encoding === 'Windows-1252' ? 'Read as Windows-1252 text: the file is not UTF-8.' : `Read as ${encoding} text.`;

export const layoutText = (layout: 'long' | 'wide'): string =>
  layout === 'wide'
    ? 'Read as a wide block: months across the columns, one row for each filled month cell.'
    : 'Read as a long table: one actual per row.';
