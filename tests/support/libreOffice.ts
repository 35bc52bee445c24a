/**
 * LibreOffice (Debian's libreoffice-calc-nogui) as a real spreadsheet engine and application for
 * tests, headless: it calculates the formulas of an .xlsx and writes a sheet as CSV, or opens an
 * exported file and prints it to PDF, which poppler's pdftotext / pdftoppm then read. Each run gets a
 * fresh profile, so runs never share LibreOffice's user installation. Without the tools the tests are
 * skipped with a message, except in CI (CI set), where they fail, as the Chromium tests do.
 */
import { execFile, execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { promisify } from 'util';
import { inCi } from './chromium';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const POPPLER = ['pdftotext', 'pdftoppm'];
const found = (tool: string): boolean => ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(path.join(dir, tool)));
const missingTools = (): string[] => [...(existsSync(SOFFICE) ? [] : [SOFFICE]), ...POPPLER.filter((t) => !found(t))];

export function describeWithLibreOffice(what: string): jest.Describe {
  const missing = missingTools();
  if (missing.length === 0 || inCi()) return describe;
  process.stderr.write(
    `\nSkipping ${what}: ${missing.join(', ')} not found (Debian or Ubuntu: apt-get install libreoffice-calc-nogui poppler-utils; or set SOFFICE_PATH). With CI set they fail instead.\n`,
  );
  return describe.skip;
}

/** A fresh LibreOffice profile for one run, removed afterwards. */
function withProfile<T>(run: (profileUrl: string, work: string) => T): T {
  const work = mkdtempSync(path.join(tmpdir(), 'rrp-lo-'));
  const cleanUp = () => rmSync(work, { recursive: true, force: true });
  try {
    const result = run(`-env:UserInstallation=file://${path.join(work, 'profile')}`, work);
    if (result instanceof Promise) return result.finally(cleanUp) as T;
    cleanUp();
    return result;
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** Opens `xlsx` in LibreOffice headless and returns sheet number `sheet` (1-based) as calculated CSV text. */
export async function calculatedCsv(xlsx: string, sheet: number): Promise<string> {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice was not found at ${SOFFICE}.`);
  return withProfile(async (profile, work) => {
    // CSV filter options: comma, double quote, UTF-8, from row 1, …, the given sheet only.
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;
    await promisify(execFile)(SOFFICE, [profile, '--headless', '--convert-to', filter, '--outdir', work, xlsx], {
      timeout: 90_000,
    });
    const csv = readdirSync(work).find((f) => f.endsWith('.csv'));
    if (csv === undefined) throw new Error(`LibreOffice wrote no CSV for ${xlsx}`);
    return readFileSync(path.join(work, csv), 'utf8');
  });
}

/** Converts a spreadsheet to PDF beside it (same name, .pdf) with LibreOffice headless; returns the PDF's path. */
export function toPdf(file: string, timeoutMs = 180_000): string {
  withProfile((profile) =>
    execFileSync(SOFFICE, [profile, '--headless', '--convert-to', 'pdf', '--outdir', path.dirname(file), file], {
      timeout: timeoutMs,
      stdio: 'pipe',
    }),
  );
  const pdf = file.replace(/\.[^.]+$/, '.pdf');
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

export const pdfText = (pdf: string): string =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** The text of pages `first` to `last` in reading order (a wrapped cell's lines stay together), spaces collapsed. */
export const pagesText = (pdf: string, first: number, last = first): string =>
  execFileSync('pdftotext', ['-f', String(first), '-l', String(last), pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).replace(/\s+/g, ' ');

/** Each word of a page with its box in points (the box is about 1.07 × the font size high). */
export interface PageWord {
  word: string;
  x: number;
  top: number;
  bottom: number;
}

export function pageWords(pdf: string, page: number): PageWord[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const decode = (t: string) =>
    t
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ word: decode(m[4]), x: Number(m[1]), top: Number(m[2]), bottom: Number(m[3]) }),
  );
}

/** Saves the PDF's first page as a PNG (`png` without its extension); returns the PNG's path. */
export function firstPagePng(pdf: string, png: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, png], { stdio: 'pipe' });
  return `${png}.png`;
}
