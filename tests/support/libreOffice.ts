/**
 * LibreOffice (Debian's libreoffice-calc-nogui) as the real spreadsheet application an exported
 * file is opened in, headless, and poppler's pdftotext / pdftoppm to read what it printed. Each
 * conversion uses its own fresh profile, so runs never share LibreOffice's user installation.
 * Without the tools the tests are skipped with a message, except in CI, where they fail.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { inCi } from './chromium';

const TOOLS = ['soffice', 'pdftotext', 'pdftoppm'];
const found = (tool: string): boolean => ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(path.join(dir, tool)));

export function describeWithLibreOffice(what: string): jest.Describe {
  const missing = TOOLS.filter((t) => !found(t));
  if (missing.length === 0 || inCi()) return describe;
  process.stderr.write(`\nSkipping ${what}: ${missing.join(', ')} not installed (apt-get install libreoffice-calc-nogui poppler-utils). With CI set they fail instead.\n`);
  return describe.skip;
}

/** Converts a spreadsheet to PDF beside it (same name, .pdf) with LibreOffice headless; returns the PDF's path. */
export function toPdf(file: string, timeoutMs = 180_000): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', path.dirname(file), file], { timeout: timeoutMs, stdio: 'pipe' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = file.replace(/\.[^.]+$/, '.pdf');
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}

export const pdfText = (pdf: string): string => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Saves the PDF's first page as a PNG (`png` without its extension); returns the PNG's path. */
export function firstPagePng(pdf: string, png: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, png], { stdio: 'pipe' });
  return `${png}.png`;
}
