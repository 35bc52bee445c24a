/**
 * End to end, in headless Chromium then LibreOffice, as a board sees the pack:
 * - the analyst loads Kent, Surrey and Sussex (both editions), appends the plans' own figures, builds
 *   the report for March 2023 against the 2022-25 plan and exports the board pack, saved as
 *   test-results/board-pack-KSS-2023-03.xlsx;
 * - the analyst loads every region with plan data, pastes two years of monthly actuals (some series
 *   with a real shift), builds the report for the latest month and exports the pack, saved as
 *   test-results/board-pack-all-regions.xlsx.
 * Outside Office the page's platform is unnamed, so the pane downloads the pack, as in Excel on the
 * web. LibreOffice, headless, opens each file (no add-in there) and prints it to PDF: its first pages
 * are the board's summary, one per region, in text at least 9 pt high, with each metric's status,
 * variation and assurance; the first page is saved as a PNG.
 */
import { existsSync, mkdirSync, readFileSync } from 'fs';
import path from 'path';
import { metricName } from '../../src/domain/metrics';
import { firstDaySerial, monthFromIso } from '../../src/domain/months';
import { regionName } from '../../src/domain/regions';
import type { MetricCode, RegionCode } from '../../src/domain/planSchema';
import { describeWithChromium } from '../support/chromium';
import {
  describeWithLibreOffice,
  firstPagePng,
  pagesText,
  pageWords,
  pdfText,
  toPdf,
  type PageWord,
} from '../support/libreOffice';
import { openPane, openView, SCREENSHOTS, screenshot, tearDown, type PaneSession } from './pane';

jest.setTimeout(300_000);
const describeInChromium = describeWithChromium('the board pack end-to-end test');
const describeInLibreOffice = describeWithLibreOffice('the board pack in LibreOffice');
afterAll(tearDown);

const PACK = path.join(SCREENSHOTS, 'board-pack-KSS-2023-03.xlsx');
const ALL_REGIONS = path.join(SCREENSHOTS, 'board-pack-all-regions.xlsx');

/** What the report must say for March 2023 against the 2022-25 plan, from the plan's own March 2023 figures. */
const EXPECTED = [
  { metric: 'Employed six weeks after release', actual: '16.0%', status: 'Off track' },
  { metric: 'Employed six months after release', actual: '23.0%', status: 'Met' },
  { metric: 'Housed on the night after release', actual: '91.0%', status: 'Met' },
  { metric: 'Settled accommodation three months after release', actual: '77.0%', status: 'On track' },
  { metric: 'Sexual offence interventions completed', actual: '49.0%', status: 'Off track' },
  { metric: 'Community sentence treatment requirements', actual: undefined, status: 'Qualitative' },
];

const ASSURANCES = [
  '✓ Passes the target consistently',
  '✗ Fails the target consistently',
  '± Hit and miss: the target is within the limits',
  '– No target to assure against',
];
const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The font size of a page's smallest words (their boxes are about 1.07 × the font size high). */
const smallestText = (words: readonly PageWord[]): number => Math.min(...words.map((w) => w.bottom - w.top)) / 1.07;

/**
 * The words printed in a metric's row of a summary page: those whose middle lies within half a row
 * (44 pt) of the middle of the metric's name, which may wrap.
 */
function rowWords(words: readonly PageWord[], metric: string): Set<string> {
  const first = metric.split(' ');
  const start = words.findIndex((_, i) => first.every((part, k) => words[i + k]?.word === part));
  if (start < 0) return new Set();
  const name = words.slice(start, start + first.length);
  const middle = (Math.min(...name.map((w) => w.top)) + Math.max(...name.map((w) => w.bottom))) / 2;
  return new Set(words.filter((w) => Math.abs((w.top + w.bottom) / 2 - middle) < 22).map((w) => w.word));
}
const printed = (row: Set<string>, phrase: string): boolean => phrase.split(' ').every((word) => row.has(word));

async function exportPack(pane: PaneSession, file: string): Promise<string> {
  const { page } = pane;
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export board pack' }).click(),
  ]);
  await download.saveAs(file);
  await page.getByText('Board pack downloaded').waitFor();
  await page.getByText(`Your browser downloaded ${download.suggestedFilename()}`, { exact: false }).waitFor();
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a zip: an .xlsx
  return download.suggestedFilename();
}

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

    expect(await exportPack(pane, PACK)).toBe('board-pack-KSS-2023-03.xlsx');
    await screenshot(page, 'board-report-pane.png');
  });

  describeInLibreOffice('opened in LibreOffice', () => {
    it('opens on the board’s summary page, then prints every metric’s actual and status; page 1 is saved as a PNG', () => {
      expect(existsSync(PACK)).toBe(true);
      const pdf = toPdf(PACK);
      const first = pagesText(pdf, 1);
      expect(first).toContain('Kent, Surrey and Sussex: board summary, March 2023');
      // One point per series: Making Data Count has too few to read.
      const words = pageWords(pdf, 1);
      for (const { metric, actual, status } of EXPECTED.filter((e) => e.actual)) {
        const row = rowWords(words, metric);
        const found = [actual as string, status, 'too few points (1 of 12)'].map((phrase) => printed(row, phrase));
        expect({ metric, found }).toEqual({ metric, found: [true, true, true] });
      }
      expect(smallestText(words)).toBeGreaterThanOrEqual(9);

      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain('RRP board report: March 2023');
      expect(text).toContain('Open Government Licence v3.0');
      // Each report line in print order: the metric, then its actual, then its status.
      const report = text.slice(text.indexOf('RRP board report: March 2023 Made'));
      for (const { metric, actual, status } of EXPECTED) {
        const line = new RegExp(
          `${escape(metric)}.{0,300}?${actual ? `${escape(actual)}.{0,300}?` : ''}${escape(status)}`,
        );
        expect({ metric, printed: line.test(report) }).toEqual({ metric, printed: true });
      }
      const png = firstPagePng(pdf, path.join(SCREENSHOTS, 'board-pack-KSS-2023-03-page1'));
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    });
  });
});

const REGIONS: RegionCode[] = ['KSS', 'SC', 'EOE', 'YH'];
const METRICS: MetricCode[] = ['EMP_6W', 'EMP_6M', 'HOUSED_NIGHT1', 'SETTLED_3M', 'SOI_COMPLETED'];
const LEVEL: Record<string, number> = {
  EMP_6W: 0.15,
  EMP_6M: 0.22,
  HOUSED_NIGHT1: 0.85,
  SETTLED_3M: 0.74,
  SOI_COMPLETED: 0.5,
};
const NOISE = [0, 0.004, -0.003, 0.002, -0.005, 0.003, -0.001, 0.005, -0.004, 0.001, -0.002, 0.004];
/** Real shifts for the last 8 of the 24 months: up (an improvement) or down (a concern). */
const SHIFTS: Record<string, number> = { 'KSS|EMP_6W': 0.03, 'SC|SETTLED_3M': 0.04, 'YH|EMP_6M': -0.03 };
const FIRST_MONTH = monthFromIso('2022-04');

/** Two years of monthly actuals, April 2022 to March 2024, for every region and numeric metric. */
function twoYears(): (string | number)[][] {
  return REGIONS.flatMap((region, r) =>
    METRICS.flatMap((metric) =>
      Array.from({ length: 24 }, (_, k) => {
        const shift = k >= 16 ? (SHIFTS[`${region}|${metric}`] ?? 0) : 0;
        const value = Math.round((LEVEL[metric] + r * 0.01 + shift + NOISE[(k + r) % 12]) * 1000) / 1000;
        return [region, metric, firstDaySerial(FIRST_MONTH + k), value, '', '', ''];
      }),
    ),
  );
}

const expectedVariation = (region: RegionCode, metric: MetricCode): string => {
  const shift = SHIFTS[`${region}|${metric}`] ?? 0;
  return shift > 0
    ? '↑ Special cause: improvement'
    : shift < 0
      ? '↓ Special cause: concern'
      : '○ Common cause: no signal';
};

describeInChromium('board pack for every region, two years of monthly actuals', () => {
  let pane: PaneSession;
  let statuses: Map<string, string>;
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    pane = await openPane();
  });
  afterAll(() => pane?.close());

  it('loads every region with plan data, takes pasted actuals, builds the latest month and exports the pack', async () => {
    const { page } = pane;
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor({ timeout: 30_000 });
    const rows = twoYears();
    await pane.book((double, arg) => double.pasteCells('RRP Actuals', 'A2', arg), rows);
    await openView(page, 'Actuals');
    await page.getByRole('button', { name: 'Check actuals' }).click();
    await page.getByText(`OK: ${rows.length}`).waitFor({ timeout: 60_000 });

    await openView(page, 'Report');
    await page.getByRole('option', { name: 'March 2024' }).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Report month').locator('option:checked').textContent()).toBe('March 2024');
    await page.getByRole('button', { name: 'Build report' }).click();
    await page.getByText('Report built').waitFor({ timeout: 60_000 });

    const report = await pane.book((double) => double.values('RRP Report', 'A7:M40'));
    statuses = new Map(report.filter((r) => r[12] !== '').map((r) => [`${r[1]}|${r[2]}`, String(r[12])]));
    expect(statuses.size).toBe(REGIONS.length * 6);
    expect(await exportPack(pane, ALL_REGIONS)).toBe('board-pack-KSS-SC-EOE-YH-2024-03.xlsx');
  });

  describeInLibreOffice('opened in LibreOffice', () => {
    it('prints a summary page per region with each metric’s status, variation and assurance; page 1 is saved as a PNG', () => {
      expect(existsSync(ALL_REGIONS)).toBe(true);
      const pdf = toPdf(ALL_REGIONS);
      REGIONS.forEach((region, i) => {
        expect(pagesText(pdf, i + 1)).toContain(`${regionName(region)}: board summary, March 2024`);
        const words = pageWords(pdf, i + 1);
        for (const metric of METRICS) {
          const row = rowWords(words, metricName(metric));
          const status = statuses.get(`${regionName(region)}|${metricName(metric)}`) as string;
          const found = {
            status: printed(row, status),
            variation: printed(row, expectedVariation(region, metric)),
            assurance: ASSURANCES.some((a) => printed(row, a)),
          };
          expect({ region, metric, ...found }).toEqual({
            region,
            metric,
            status: true,
            variation: true,
            assurance: true,
          });
        }
        expect({ region, smallest: smallestText(words) >= 9 }).toEqual({ region, smallest: true });
      });
      const png = firstPagePng(pdf, path.join(SCREENSHOTS, 'board-pack-all-regions-page1'));
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    });
  });
});
