/**
 * Issue 20, end to end in headless Chromium: the production pane under its Content-Security-Policy
 * (scripts/contentSecurityPolicy.js) does everything an analyst does (every view, a PDF read, a CSV
 * imported, the board report built and its pack exported) without the page reporting a single
 * violation; help.html likewise. And the policy is in force: inline script and inline styles are refused.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { taskPanePolicy } from '../../scripts/contentSecurityPolicy';
import { describeWithChromium } from '../support/chromium';
import { openPane, openView, tearDown, VIEWS, type PaneSession } from './pane';
import { pdfOf } from './pdfDocument';

const describeInChromium = describeWithChromium('the Content-Security-Policy end-to-end test');
afterAll(tearDown);

const PLAN_DOCUMENT = join(__dirname, '..', 'fixtures', 'documents', 'north-west-2024-annual-update.txt');

/** The policies a page declares in <meta>, and whether each comes before the page's first script. */
const declaredPolicies = (page: Page): Promise<{ policy: string; beforeScripts: boolean }[]> =>
  page.evaluate(() => {
    const head = [...document.head.children];
    const firstScript = head.findIndex((e) => e.tagName === 'SCRIPT');
    return head
      .filter((e) => e.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
      .map((e) => ({
        policy: e.getAttribute('content') ?? '',
        beforeScripts: firstScript === -1 || head.indexOf(e) < firstScript,
      }));
  });

describeInChromium('the task pane under its Content-Security-Policy', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane();
  });
  afterAll(() => pane?.close());

  it('declares the policy before any script, and opening the pane breaks none of it', async () => {
    expect(await declaredPolicies(pane.page)).toEqual([{ policy: taskPanePolicy(), beforeScripts: true }]);
    expect(await pane.policyViolations()).toEqual([]);
  });

  it('loads plan data and opens every view', async () => {
    const { page } = pane;
    for (const other of ['South Central', 'East of England', 'Yorkshire and The Humber'])
      await page.getByRole('checkbox', { name: other }).uncheck();
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor({ timeout: 30_000 });
    for (const view of VIEWS) await openView(page, view);
    expect(await pane.policyViolations()).toEqual([]);
  });

  it('reads a PDF plan document (pdf.js and its worker)', async () => {
    const { page } = pane;
    await openView(page, 'Documents');
    await page.getByLabel('Choose file…').setInputFiles({
      name: 'north-west-2024-annual-update.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(await pdfOf(readFileSync(PLAN_DOCUMENT, 'utf8'))),
    });
    const review = page.getByRole('region', { name: 'What the document says' });
    await review.getByText('Read as North West, from “North West”.', { exact: true }).waitFor({ timeout: 30_000 });
    expect(await pane.policyViolations()).toEqual([]);
  });

  it('imports a CSV file (the CSV reader loaded on demand)', async () => {
    const { page } = pane;
    await openView(page, 'Actuals');
    await page.getByLabel('Import CSV…').setInputFiles({
      name: 'february.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Region,Metric,Month,Value\nKSS,EMP_6W,Feb 2023,15%\nKSS,SETTLED_3M,Feb 2023,76%\n'),
    });
    await page.getByRole('button', { name: 'Append 2 rows' }).click();
    await page.getByText('OK: 2').waitFor({ timeout: 30_000 });
    expect(await pane.policyViolations()).toEqual([]);
  });

  it("appends the plans' own figures, builds the board report and exports the board pack", async () => {
    const { page } = pane;
    await openView(page, 'Report');
    await page.getByRole('button', { name: "Append the plans' own figures" }).click();
    await page.getByText('5 figures added.').waitFor({ timeout: 30_000 });
    await page.getByRole('option', { name: 'March 2023' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.getByText('Report built').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export board pack' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('board-pack-KSS-2023-03.xlsx');
    await page.getByText('Board pack downloaded').waitFor();
    expect(await pane.policyViolations()).toEqual([]);
  });

  it('refuses inline script and inline styles the page did not bring', async () => {
    const ran = await pane.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(style);
      document.body.setAttribute('style', 'display: none');
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    expect(ran).toBe(false);
    await expect(pane.page.getByRole('tablist', { name: 'Tasks' }).isVisible()).resolves.toBe(true);
    const refused = (await pane.policyViolations()).filter((v) => / refused inline /.test(v));
    expect(refused.map((v) => v.split(' ')[0]).sort()).toEqual(['script-src-elem', 'style-src-attr', 'style-src-elem']);
  });
});

describeInChromium('help.html under its Content-Security-Policy', () => {
  it('shows its own styles and nothing else, with no violation', async () => {
    const pane = await openPane();
    try {
      const page = pane.page;
      await page.goto(new URL('help.html', page.url()).href);
      const [{ policy, beforeScripts }] = await declaredPolicies(page);
      expect(beforeScripts).toBe(true);
      expect(policy).toBe("default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'");
      // Its style sheet applied: the heading is the page's teal, not the browser's black.
      expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color)).toBe('rgb(11, 92, 94)');
      expect(await pane.policyViolations()).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
