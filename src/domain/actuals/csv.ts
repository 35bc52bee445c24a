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
import { examplesText, NoteGroups } from './format';
import type { ActualsColumn, ActualsRow, CheckCounts, CheckResult } from './schema';

export interface CsvPreview {
  layout: 'long' | 'wide';
  /** How the file's bytes were read; undefined when it was given as text. */
  encoding?: FileEncoding;
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

type FileNote = 'MissingQuotes' | 'InvalidQuotes' | 'other';

/** The file's parse errors, one sentence per kind however many rows have it (each row's number is an example). */
function csvProblems(errors: readonly Papa.ParseError[]): string[] {
  const notes = new NoteGroups<FileNote>();
  const lastRow = new Map<FileNote, string>();
  let otherMessage = '';
  for (const error of errors) {
    const kind: FileNote = error.code === 'MissingQuotes' || error.code === 'InvalidQuotes' ? error.code : 'other';
    if (kind === 'other' && otherMessage === '') otherMessage = error.message;
    const row = typeof error.row === 'number' ? String(error.row + 1) : '';
    if (lastRow.get(kind) === row) continue; // papaparse may report one row's quote several times
    lastRow.set(kind, row);
    notes.add(kind, row);
  }
  return notes.sentences((kind, group) => {
    const [first] = group.examples;
    const where =
      group.count > 1
        ? `${group.count.toLocaleString('en-GB')} rows of the file (rows ${examplesText(group)})`
        : first === ''
          ? 'The file'
          : `Row ${first} of the file`;
    const has = group.count > 1 ? 'have' : 'has';
    switch (kind) {
      case 'MissingQuotes':
        return `${where} ${has} a quote mark (") that is never closed, so the rest of the file may be read as one value. Check the quotes around that value.`;
      case 'InvalidQuotes':
        return `${where} ${has} a stray quote mark ("). Values with quotes inside must be wrapped in quotes, with the inner quotes doubled ("").`;
      case 'other':
        return `${where} could not be read: ${otherMessage}.`;
    }
  });
}

/** True when every other byte of the first ones is zero, as in UTF-16 text of Latin letters without a byte-order mark. */
function zeroEveryOther(bytes: Uint8Array, offset: 0 | 1): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  for (let i = offset; i < n; i += 2) if (bytes[i] !== 0) return false;
  return true;
}

export type FileEncoding = 'UTF-8' | 'UTF-16' | 'Windows-1252';

/** A file's text, how it was decoded, and what could not be. */
export interface DecodedFile {
  text: string;
  encoding: FileEncoding;
  /** Bytes that are no character in the encoding (each is U+FFFD in `text`, so its row is flagged). */
  unreadable: number;
  /** The file ends in the middle of a character (cut short, or one byte too many). */
  endsMidCharacter: boolean;
}

/** How many bytes after a UTF-8 lead byte are continuation bytes, and the range the first of them must be in. */
function utf8Sequence(lead: number): { length: number; low: number; high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f }; // not the UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  return undefined;
}

/** One pass over the bytes: well-formed UTF-8 characters of more than one byte, bytes that are none, and a character cut off by the end. */
function scanUtf8(bytes: Uint8Array): { multiByte: number; unreadable: number; endsMidCharacter: boolean } {
  let multiByte = 0;
  let unreadable = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const sequence = utf8Sequence(lead);
    if (sequence === undefined) {
      unreadable++;
      i++;
      continue;
    }
    let k = 1;
    while (k < sequence.length && i + k < bytes.length) {
      const b = bytes[i + k];
      const [low, high] = k === 1 ? [sequence.low, sequence.high] : [0x80, 0xbf];
      if (b < low || b > high) break;
      k++;
    }
    if (k === sequence.length) multiByte++;
    else if (i + k === bytes.length) return { multiByte, unreadable, endsMidCharacter: true };
    else unreadable++;
    i += k;
  }
  return { multiByte, unreadable, endsMidCharacter: false };
}

// Windows-1252's bytes 0x80 to 0x9F (the rest is Latin-1: byte n is U+00nn). Written out because some
// TextDecoders (node's without full ICU) read the label as Latin-1 and give C1 controls instead.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return text;
}

const REPLACEMENT = '\uFFFD';
const countReplacements = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) n++;
  return n;
};

/**
 * A character cut off by the end of the file is one U+FFFD at the end of the text. On a line of its
 * own it is dropped, so it adds no row; inside the last row it stays, and that row is flagged.
 */
function withoutCutEnd(text: string): string {
  if (!text.endsWith(REPLACEMENT)) return text;
  const before = text.charCodeAt(text.length - 2);
  return text.length === 1 || before === 0x0a || before === 0x0d ? text.slice(0, -1) : text;
}

function utf16(bytes: Uint8Array, bigEndian: boolean, start: number): DecodedFile {
  const body = bytes.subarray(start);
  const text = new TextDecoder(bigEndian ? 'utf-16be' : 'utf-16le').decode(body);
  // An odd byte at the end, or the first half of a surrogate pair, is a character cut short.
  const last = body.length >= 2 ? (bigEndian ? body[body.length - 2] : body[body.length - 1]) : 0;
  const endsMidCharacter = body.length % 2 === 1 || (last >= 0xd8 && last <= 0xdb);
  return {
    text: endsMidCharacter ? withoutCutEnd(text) : text,
    encoding: 'UTF-16',
    // The decoder gives one U+FFFD for the cut character; any other is a code unit that is no character.
    unreadable: countReplacements(text) - (endsMidCharacter ? 1 : 0),
    endsMidCharacter,
  };
}

/**
 * The text of a file as Excel saves it: "CSV UTF-8" (with or without its byte-order mark), "Unicode
 * Text" (UTF-16, usually tab-separated, with or without its mark) or plain "CSV", which Excel on
 * Windows writes in the Windows code page. The encoding is decided for the whole file: UTF-8 when it
 * holds any well-formed UTF-8 character (bytes that are not UTF-8 become U+FFFD, and the rows holding
 * them are flagged by the check), Windows-1252 only when it holds none but has bytes that are not
 * ASCII. Never throws.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, false, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, true, 2);
  if (zeroEveryOther(bytes, 1)) return utf16(bytes, false, 0);
  if (zeroEveryOther(bytes, 0)) return utf16(bytes, true, 0);
  const scan = scanUtf8(bytes);
  if (scan.multiByte === 0 && (scan.unreadable > 0 || scan.endsMidCharacter))
    return { text: windows1252(bytes), encoding: 'Windows-1252', unreadable: 0, endsMidCharacter: false };
  const text = new TextDecoder('utf-8').decode(bytes);
  return {
    text: scan.endsMidCharacter ? withoutCutEnd(text) : text,
    encoding: 'UTF-8',
    unreadable: scan.unreadable,
    endsMidCharacter: scan.endsMidCharacter,
  };
}

/** What the preview says of how a file was read. */
function encodingProblems(file: DecodedFile): string[] {
  const problems: string[] = [];
  if (file.encoding === 'Windows-1252')
    problems.push(
      'The file is not UTF-8, so it was read as Windows-1252 (plain "CSV" from Excel on Windows). Check that accented letters and symbols such as £ and € look right; if not, save it as "CSV UTF-8" and import it again.',
    );
  if (file.unreadable > 0)
    problems.push(
      `${file.unreadable === 1 ? 'A character' : `${file.unreadable.toLocaleString('en-GB')} characters`} could not be read as ${file.encoding} (shown as �); was the file saved in two encodings? The rows holding them are flagged and kept as they came.`,
    );
  if (file.endsMidCharacter)
    problems.push(
      'The file ends in the middle of a character, so it may have been cut short: check its last row. A half character on a line of its own was left out.',
    );
  return problems;
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The delimiter the first line that has one uses most, outside quotes (comma when none has one).
 * papaparse can guess too, but it parses its preview once per candidate, which for a header of a
 * million columns is most of the time a preview takes.
 */
function headerDelimiter(source: string): string {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts.some((n) => n > 0)) break;
    } else if (!quoted) {
      const k = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (k >= 0) counts[k]++;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
  return DELIMITERS[best];
}

// Excel's delimiter hint: a first line "sep=;" says which character separates the values.
const SEPARATOR_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * Reads CSV text (or a file's bytes, see decodeFile) into actuals rows and checks them. Nothing is
 * written anywhere. Never throws on the text; `options.today` defaults to the current month by the
 * computer's clock.
 */
export function parseActualsCsv(file: string | Uint8Array, options: Partial<CheckOptions> = {}): CsvImport {
  const decoded = file instanceof Uint8Array ? decodeFile(file) : undefined;
  const text = decoded !== undefined ? decoded.text : typeof file === 'string' ? file : '';
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = SEPARATOR_LINE.exec(source);
  if (separator) source = source.slice(separator[0].length);
  const parsed = Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: 'greedy',
    dynamicTyping: false,
    delimiter: separator?.[1] ?? headerDelimiter(source),
  });
  const fileProblems = [...(decoded === undefined ? [] : encodingProblems(decoded)), ...csvProblems(parsed.errors)];
  const block = Array.isArray(parsed.data) ? parsed.data.filter(Array.isArray) : [];
  const read = block.length === 0 ? emptyFile() : rowsFromBlock(block);
  const check = checkActuals(read.rows, { today: options.today ?? currentMonth(), rowLabel: options.rowLabel });
  return {
    rows: read.rows,
    origins: read.origins,
    check,
    preview: {
      layout: read.layout,
      ...(decoded === undefined ? {} : { encoding: decoded.encoding }),
      rowCount: read.rows.length,
      counts: check.counts,
      ignoredColumns: read.ignoredColumns,
      missingColumns: read.missingColumns,
      problems: [...fileProblems.map(cellText), ...read.problems],
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
