/**
 * The in-memory Excel double bundled for the browser (tests/e2e/doubleEntry.ts), which the end-to-end
 * tests add to each page before the task pane loads. jest's globalSetup builds it once per run, so
 * the e2e test files (each with its own module cache, possibly in parallel workers) only read it.
 * The bundle's first line records a fingerprint of its sources: a current bundle is not rebuilt, and a
 * new one is written to a temporary file and renamed into place, so no reader sees half a file.
 */
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';
import { bundleEntry } from '../../scripts/bundleEntry';
import { ROOT } from './buildOnce';

export const EXCEL_DOUBLE_SCRIPT = path.join(ROOT, '.tmp', 'e2e', 'excel-double.js');

const ENTRY = path.join(ROOT, 'tests', 'e2e', 'doubleEntry.ts');

function fingerprint(): string {
  const dir = path.join(ROOT, 'tests', 'excelDouble');
  const files = [
    ENTRY,
    path.join(ROOT, 'scripts', 'bundleEntry.js'),
    ...fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(dir, f))
      .filter((f) => fs.statSync(f).isFile()),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${path.relative(ROOT, file)}\n`).update(fs.readFileSync(file));
  return hash.digest('hex');
}

const stampLine = (print: string): string => `// excel-double sources ${print}\n`;

function isCurrent(print: string): boolean {
  try {
    const fd = fs.openSync(EXCEL_DOUBLE_SCRIPT, 'r');
    try {
      const expected = stampLine(print);
      const head = Buffer.alloc(Buffer.byteLength(expected));
      fs.readSync(fd, head, 0, head.length, 0);
      return head.toString('utf8') === expected;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Builds the double's browser bundle unless the one in place is of the current sources; resolves to its path. */
export async function ensureExcelDoubleScript(): Promise<{ file: string; built: boolean }> {
  const print = fingerprint();
  if (isCurrent(print)) return { file: EXCEL_DOUBLE_SCRIPT, built: false };
  const scratch = path.join(path.dirname(EXCEL_DOUBLE_SCRIPT), `build-${process.pid}-${Date.now()}`);
  try {
    const bundled = await bundleEntry(ENTRY, path.join(scratch, 'excel-double.js'), 'web');
    const partial = `${EXCEL_DOUBLE_SCRIPT}.${process.pid}.partial`;
    fs.writeFileSync(partial, stampLine(print) + fs.readFileSync(bundled, 'utf8'));
    fs.renameSync(partial, EXCEL_DOUBLE_SCRIPT);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { file: EXCEL_DOUBLE_SCRIPT, built: true };
}
