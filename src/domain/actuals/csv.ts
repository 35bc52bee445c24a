/**
 * Previewing a CSV of actuals before anything is written: parse (papaparse), map the columns, check.
 * Columns are matched by header, case-insensitively (Region, Metric, Month, Value, Numerator,
 * Denominator, Note); a CSV without a Month column but with month headers is read as a wide block.
 * Every cell arrives as text, which checking reads the same way as typed text ("0.165", "16.5%", "Oct-23").
 */
import Papa from 'papaparse';
import { currentMonth } from '../months';
import { rowsFromBlock, type BlockRows } from './blocks';
import { cellText } from '../cellText';
import { checkActuals, type CheckOptions } from './check';
import type { ActualsColumn, ActualsRow, CheckCounts, CheckResult } from './schema';

export interface CsvPreview {
  layout: 'long' | 'wide';
  /** Actuals rows read (for a wide CSV, one per non-blank month cell). */
  rowCount: number;
  counts: CheckCounts;
  /** Header texts of columns that were not used. */
  ignoredColumns: string[];
  missingColumns: ActualsColumn[];
  /** Plain-words reports about the file and its headers. */
  problems: string[];
}

export interface CsvImport {
  rows: ActualsRow[];
  origins: BlockRows['origins'];
  check: CheckResult;
  preview: CsvPreview;
}

function csvProblem(error: Papa.ParseError): string | undefined {
  const where = typeof error.row === 'number' ? `Row ${error.row + 1} of the file` : 'The file';
  switch (error.code) {
    case 'UndetectableDelimiter':
      return undefined; // a one-column file: papaparse falls back to commas, which is right
    case 'MissingQuotes':
      return `${where} has a quote mark (") that is never closed, so the rest of the file may be read as one value. Check the quotes around that value.`;
    case 'InvalidQuotes':
      return `${where} has a stray quote mark ("). Values with quotes inside must be wrapped in quotes, with the inner quotes doubled ("").`;
    default:
      return `${where} could not be read: ${error.message}.`;
  }
}

/**
 * Reads CSV text into actuals rows and checks them. Nothing is written anywhere. Never throws on the
 * text; `options.today` defaults to the current month by the computer's clock.
 */
export function parseActualsCsv(text: string, options: Partial<CheckOptions> = {}): CsvImport {
  const source = typeof text === 'string' ? (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) : '';
  const parsed = Papa.parse<string[]>(source, { header: false, skipEmptyLines: 'greedy', dynamicTyping: false });
  const fileProblems: string[] = [];
  for (const error of parsed.errors) {
    const problem = csvProblem(error);
    if (problem !== undefined && !fileProblems.includes(problem)) fileProblems.push(cellText(problem));
  }
  const block = Array.isArray(parsed.data) ? parsed.data.filter(Array.isArray) : [];
  const read = block.length === 0 ? emptyFile() : rowsFromBlock(block);
  const check = checkActuals(read.rows, { today: options.today ?? currentMonth(), rowLabel: options.rowLabel });
  return {
    rows: read.rows,
    origins: read.origins,
    check,
    preview: {
      layout: read.layout,
      rowCount: read.rows.length,
      counts: check.counts,
      ignoredColumns: read.ignoredColumns,
      missingColumns: read.missingColumns,
      problems: [...fileProblems, ...read.problems],
    },
  };
}

function emptyFile(): BlockRows {
  return {
    layout: 'long',
    rows: [],
    origins: [],
    problems: ['The file is empty. Its first line should hold the headers Region, Metric, Month, Value, Numerator, Denominator, Note.'],
    ignoredColumns: [],
    missingColumns: [],
  };
}
