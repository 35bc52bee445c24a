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

/** True when every other byte of the first ones is zero, as in UTF-16 text of Latin letters without a byte-order mark. */
function zeroEveryOther(bytes: Uint8Array, offset: 0 | 1): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  for (let i = offset; i < n; i += 2) if (bytes[i] !== 0) return false;
  return true;
}

/**
 * The text of a file as Excel saves it: "CSV UTF-8" (with or without its byte-order mark), "Unicode
 * Text" (UTF-16, usually tab-separated) or plain "CSV", which Excel on Windows writes in the Windows
 * code page (read as Windows-1252 when the bytes are not UTF-8).
 */
export function textOfFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (zeroEveryOther(bytes, 1)) return new TextDecoder('utf-16le').decode(bytes);
  if (zeroEveryOther(bytes, 0)) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// Excel's delimiter hint: a first line "sep=;" says which character separates the values.
const SEPARATOR_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * Reads CSV text (or a file's bytes, see textOfFile) into actuals rows and checks them. Nothing is
 * written anywhere. Never throws on the text; `options.today` defaults to the current month by the
 * computer's clock.
 */
export function parseActualsCsv(file: string | Uint8Array, options: Partial<CheckOptions> = {}): CsvImport {
  const text = file instanceof Uint8Array ? textOfFile(file) : typeof file === 'string' ? file : '';
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = SEPARATOR_LINE.exec(source);
  if (separator) source = source.slice(separator[0].length);
  const parsed = Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    delimiter: separator?.[1] ?? '',
  });
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
    problems: [
      'The file is empty. Its first line should hold the headers Region, Metric, Month, Value, Numerator, Denominator, Note.',
    ],
    ignoredColumns: [],
    missingColumns: [],
  };
}
