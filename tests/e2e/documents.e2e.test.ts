/**
 * End to end, in headless Chromium: a plan document pasted into the Documents view and read for
 * review fits the 320 px pane (long sentences wrap) and has no serious accessibility problems; the
 * reading runs in the reader's web worker (planreader.js), off the pane's thread.
 * (Adding to RRP Plan and on to RRP Progress: planDocument.e2e.test.ts.)
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { describeWithChromium } from '../support/chromium';
import {
  expectNoHorizontalScroll,
  openPane,
  openView,
  screenshot,
  seriousAccessibilityProblems,
  tearDown,
  type PaneSession,
} from './pane';

const describeInChromium = describeWithChromium('the plans from documents end-to-end test');

afterAll(tearDown);

const NORTH_WEST = readFileSync(
  join(__dirname, '..', 'fixtures', 'documents', 'north-west-2024-annual-update.txt'),
  'utf8',
);

describeInChromium('plans from documents', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane();
  });
  afterAll(async () => pane?.close());

  it('reviews a pasted document within 320 px, its sentences wrapped', async () => {
    const { page } = pane;
    await openView(page, 'Documents');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByRole('textbox', { name: 'Plan document text' }).fill(NORTH_WEST);
    await page.getByRole('button', { name: 'Read document' }).click();
    await page.getByRole('heading', { name: 'What the document says' }).waitFor();
    expect(workers.map((url) => new URL(url).pathname.split('/').pop())).toEqual(['planreader.js']);
    expect(await page.getByRole('checkbox').count()).toBe(6);
    await page.getByText('8 sentences not taken, and why').click();
    await expectNoHorizontalScroll(page);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'taskpane-documents-review.png');
  });
});
