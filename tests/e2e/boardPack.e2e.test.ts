/**
 * End to end, in headless Chromium then LibreOffice: the analyst loads Kent, Surrey and Sussex (both
 * editions), appends the plans' own figures, builds the report for March 2023 against the 2022-25
 * plan and exports the board pack, saved as test-results/board-pack-KSS-2023-03.xlsx. LibreOffice,
 * headless, opens that file (no add-in there) and prints it to PDF: the PDF's text must hold every
 * metric's actual and status, and its first page is saved as a PNG.
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import path from 'path';
import { describeWithChromium } from '../support/chromium';
import { describeWithLibreOffice, firstPagePng, pdfText, toPdf } from '../support/libreOffice';
import { openPane, openView, SCREENSHOTS, screenshot, tearDown, type PaneSession } from './pane';

jest.setTimeout(300_000);
const describeInChromium = describeWithChromium('the board pack end-to-end test');
const describeInLibreOffice = describeWithLibreOffice('the board pack in LibreOffice');
afterAll(tearDown);

const PACK = path.join(SCREENSHOTS, 'board-pack-KSS-2023-03.xlsx');

/** What the report must say for March 2023 against the 2022-25 plan, from the plan's own March 2023 figures. */
const EXPECTED = [
  { metric: 'Employed six weeks after release', actual: '16.0%', status: 'Off track' },
  { metric: 'Employed six months after release', actual: '23.0%', status: 'Met' },
  { metric: 'Housed on the night after release', actual: '91.0%', status: 'Met' },
  { metric: 'Settled accommodation three months after release', actual: '77.0%', status: 'On track' },
  { metric: 'Sexual offence interventions completed', actual: '49.0%', status: 'Off track' },
  { metric: 'Community sentence treatment requirements', actual: undefined, status: 'Qualitative' },
];

describeInChromium('board pack: from the pane to a file the board opens', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    pane = await openPane();
  });
  afterAll(() => pane?.close());

  it('loads KSS, appends the plans’ own figures, builds March 2023 against the 2022-25 plan and exports the pack', async () => {
    const { page } = pane;
    for (const other of ['South Central', 'East of England', 'Yorkshire and The Humber'])
      await page.getByRole('checkbox', { name: other }).uncheck();
    await page.getByRole('radio', { name: 'Every edition' }).check();
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor({ timeout: 30_000 });

    await openView(page, 'Report');
    await page.getByRole('button', { name: "Append the plans' own figures" }).click();
    await page.getByText('5 figures added.').waitFor({ timeout: 30_000 });
    const month = page.getByLabel('Report month');
    await page.getByRole('option', { name: 'March 2023' }).waitFor({ state: 'attached' });
    expect(await month.locator('option:checked').textContent()).toBe('March 2023');
    await page.getByLabel('Plan edition for Kent, Surrey and Sussex').selectOption({ label: '2022-25 plan' });
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.getByText('Report built').waitFor({ timeout: 30_000 });
    await page.getByText(/March 2023: 6 lines, 5 history rows, 5 charts/).waitFor();

    const report = await pane.book((double) => double.values('RRP Report', 'A7:M12'));
    expect(report.map((r) => r[12])).toEqual(EXPECTED.map((e) => e.status));

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export board pack' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('board-pack-KSS-2023-03.xlsx');
    await download.saveAs(PACK);
    await page.getByText('Board pack saved').waitFor();
    await screenshot(page, 'board-report-pane.png');
    expect(readFileSync(PACK).subarray(0, 2).toString()).toBe('PK'); // a zip: an .xlsx
  });

  describeInLibreOffice('opened in LibreOffice', () => {
    it('prints every metric’s actual and status, and the first page is saved as a PNG', () => {
      expect(existsSync(PACK)).toBe(true);
      const pdf = toPdf(PACK);
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain('RRP board report: March 2023');
      expect(text).toContain('Open Government Licence v3.0');
      for (const { actual, status } of EXPECTED) {
        expect(text).toContain(status);
        if (actual) expect(text).toContain(actual);
      }
      // Each report line in print order: the metric, then its actual, then its status.
      const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const { metric, actual, status } of EXPECTED) {
        const line = new RegExp(
          `${escape(metric)}.{0,300}?${actual ? `${escape(actual)}.{0,300}?` : ''}${escape(status)}`,
        );
        expect({ metric, printed: line.test(text) }).toEqual({ metric, printed: true });
      }
      const png = firstPagePng(pdf, path.join(SCREENSHOTS, 'board-pack-KSS-2023-03-page1'));
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    });
  });
});
