/**
 * A PDF made from a test document reads the same as the document's text: pdf-lib writes the PDF (see
 * pdfDocument.ts), and pdfText reads it in headless Chromium, as the task pane runs it: pdf.js loaded by
 * import() from its own chunk, parsing in its web worker. The page is bundled with the build's own
 * handling of pdf.js (scripts/pdfjsBuild.js) and cached in .tmp/ until its sources change.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { bundleEntry } from '../../scripts/bundleEntry';
import { readPlanDocument } from '../../src/domain/planDocument';
import { ROOT } from '../support/buildOnce';
import { describeWithChromium, launchChromium } from '../support/chromium';
import { serveFolder, type StaticServer } from '../support/staticServer';
import { pdfOf } from './pdfDocument';

const FIXTURES = join(__dirname, '..', 'fixtures', 'documents');
const SOURCES = [
  'tests/e2e/pdfTextPage.ts',
  'src/taskpane/documentFiles/pdfText.ts',
  'src/taskpane/documentFiles/pdfLines.ts',
  'scripts/pdfjsBuild.js',
  'scripts/bundleEntry.js',
  'node_modules/pdfjs-dist/package.json',
];

/** The page's folder: bundled once per version of its sources. */
async function pdfPage(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of SOURCES) hash.update(file).update(readFileSync(join(ROOT, file)));
  const folder = join(ROOT, '.tmp', 'pdf-page', hash.digest('hex').slice(0, 16));
  if (existsSync(join(folder, 'index.html'))) return folder;
  const scratch = `${folder}.${process.pid}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  await bundleEntry(join(__dirname, 'pdfTextPage.ts'), join(scratch, 'page.js'), 'web');
  writeFileSync(
    join(scratch, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><script src="page.js"></script></head><body></body></html>',
  );
  mkdirSync(join(ROOT, '.tmp', 'pdf-page'), { recursive: true });
  renameSync(scratch, folder);
  return folder;
}

const describeInChromium = describeWithChromium('the PDF reading test');

describeInChromium('pdfText in Chromium', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(await pdfPage());
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30_000);

  const readInPage = (pdf: Uint8Array): Promise<string> =>
    page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return (window as unknown as { pdfText(b: Uint8Array): Promise<string> }).pdfText(bytes);
    }, Buffer.from(pdf).toString('base64'));

  it.each(['north-west-2024-annual-update', 'greater-manchester-2024-annual-update'])(
    'a PDF of %s reads the same as its text',
    async (name) => {
      const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
      const pdf = await pdfOf(text);
      expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(2); // enough for running headers
      const fromPdf = await readInPage(pdf);
      expect(fromPdf).not.toMatch(/Reducing Reoffending Plan: regional update/);
      expect(readPlanDocument(fromPdf)).toEqual(readPlanDocument(text));
    },
    60_000,
  );

  it('rejects a file that is not a PDF with a message in words', async () => {
    await expect(readInPage(new TextEncoder().encode('North West Reducing Reoffending Plan'))).rejects.toThrow(
      /This file could not be read as a PDF/,
    );
  }, 30_000);
});
