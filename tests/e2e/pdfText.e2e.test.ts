/**
 * A PDF made from a test document reads the same as the document's text: pdf-lib writes the PDF (see
 * pdfOf), and pdfText reads it in headless Chromium, as the task pane runs it: pdf.js loaded by
 * import() from its own chunk, parsing in its web worker. The page is bundled with the build's own
 * handling of pdf.js (scripts/pdfjsBuild.js) and cached in .tmp/ until its sources change.
 */
import { createHash } from 'crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { bundleEntry } from '../../scripts/bundleEntry';
import { readPlanDocument } from '../../src/domain/planDocument';
import { ROOT } from '../support/buildOnce';
import { describeWithChromium, launchChromium } from '../support/chromium';
import { serveFolder, type StaticServer } from '../support/staticServer';

const FIXTURES = join(__dirname, '..', 'fixtures', 'documents');
const SOURCES = [
  'tests/e2e/pdfTextPage.ts',
  'src/taskpane/documents/pdfText.ts',
  'src/taskpane/documents/pdfLines.ts',
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

const SIZE = 11;
const LEADING = 14;
const MARGIN = 50;
const PAGE: [number, number] = [420, 595]; // A5: lines are re-wrapped shorter than the text's, over several pages

/** Splits a line into pieces that fit `width`, at spaces. */
function wrap(line: string, font: PDFFont, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(next, SIZE) > width) {
      pieces.push(current);
      current = word;
    } else current = next;
  }
  return [...pieces, current];
}

/**
 * A PDF of a text document, laid out as a published plan is: wrapped to the page, paragraphs spaced,
 * bullets and contents page numbers apart from their text, and on every page a running header and a
 * page number, drawn last, as page furniture often is.
 */
async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page: PDFPage = pdf.addPage(PAGE);
  let y = PAGE[1] - 2 * MARGIN;
  const draw = (piece: string, x: number): void => {
    if (piece.trim() !== '') page.drawText(piece, { x, y, size: SIZE, font });
  };
  let spaced = true;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (!spaced) y -= LEADING; // one gap for a run of blank lines
      spaced = true;
      continue;
    }
    spaced = false;
    const bullet = /^\s*([•-])\s+/.exec(line);
    const [words, pageNumber] = line.split('\t'); // a contents line: its page number at the right margin
    const indent = bullet ? 14 : 0;
    for (const [i, piece] of wrap(
      words.slice(bullet ? bullet[0].length : 0).trim(),
      font,
      PAGE[0] - 2 * MARGIN - indent,
    ).entries()) {
      if (y < 2 * MARGIN) {
        page = pdf.addPage(PAGE);
        y = PAGE[1] - 2 * MARGIN;
      }
      if (bullet && i === 0) draw(bullet[1], MARGIN);
      draw(piece, MARGIN + indent);
      if (pageNumber !== undefined && i === 0) draw(pageNumber, PAGE[0] - MARGIN - 10);
      y -= LEADING;
    }
  }
  pdf.getPages().forEach((each, i) => {
    each.drawText('Reducing Reoffending Plan: regional update', { x: MARGIN, y: PAGE[1] - MARGIN, size: 9, font });
    each.drawText(String(i + 1), { x: PAGE[0] / 2, y: MARGIN / 2, size: 9, font });
  });
  return pdf.save();
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
