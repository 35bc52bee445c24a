/**
 * LibreOffice (Debian's libreoffice-calc-nogui) as a real spreadsheet engine for tests: it opens an
 * .xlsx, calculates every formula that has no cached result, and writes one sheet as CSV. Each run
 * gets a fresh profile. Without soffice the tests are skipped with a message, except in CI (CI set),
 * where they fail, as the Chromium tests do.
 */
import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { inCi } from './chromium';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const MISSING = `LibreOffice was not found at ${SOFFICE}. Install it (Debian or Ubuntu: apt-get install libreoffice-calc-nogui) or set SOFFICE_PATH.`;

export function describeWithLibreOffice(what: string): jest.Describe {
  if (existsSync(SOFFICE) || inCi()) return describe;
  process.stderr.write(`\nSkipping ${what}: ${MISSING} (With CI set, as in CI, they fail instead.)\n`);
  return describe.skip;
}

/** Opens `xlsx` in LibreOffice headless and returns sheet number `sheet` (1-based) as calculated CSV text. */
export async function calculatedCsv(xlsx: string, sheet: number): Promise<string> {
  if (!existsSync(SOFFICE)) throw new Error(MISSING);
  const work = mkdtempSync(join(tmpdir(), 'rrp-lo-'));
  try {
    // CSV filter options: comma, double quote, UTF-8, from row 1, …, the given sheet only.
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheet}`;
    await promisify(execFile)(SOFFICE, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', filter, '--outdir', work, xlsx], { timeout: 90_000 });
    const csv = readdirSync(work).find((f) => f.endsWith('.csv'));
    if (csv === undefined) throw new Error(`LibreOffice wrote no CSV for ${xlsx}`);
    return readFileSync(join(work, csv), 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
