/**
 * End to end, in headless Chromium at 320 px, the production pane: an analyst in a region without
 * built-in plan data (North West) goes from the plan document to statuses on RRP Progress without
 * typing a number. They paste the document, review what was read, add it to RRP Plan, load North
 * West's plan, enter one month's actual and see North West's status. A PDF of the same document,
 * chosen as a file, reads the same review. Expectations come from the fixture's .expected.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { describeWithChromium } from '../support/chromium';
import { expectNoHorizontalScroll, openPane, openView, screenshot, tearDown, type PaneSession } from './pane';
import { pdfOf } from './pdfDocument';

const describeInChromium = describeWithChromium('the plan document to progress end-to-end test');
afterAll(tearDown);

const FIXTURE = join(__dirname, '..', 'fixtures', 'documents', 'north-west-2024-annual-update');
const TEXT = readFileSync(`${FIXTURE}.txt`, 'utf8');

interface ExpectedTarget {
  metric: string;
  section: string;
  sentence: string;
  kind: 'increase' | 'maintain' | 'direction' | 'qualitative';
  baseline: number | null;
  baselineMonth: string | null;
  change: number | null;
  target: number | null;
  deadlineMonth: string | null;
}
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8')) as {
  region: string;
  edition: number;
  targets: ExpectedTarget[];
  skipped: { sentence: string; reason: string }[];
};

/** The names the pane gives the metrics (its checkbox labels). */
const METRIC_NAMES: Record<string, string> = {
  EMP_6W: 'Employed six weeks after release',
  EMP_6M: 'Employed six months after release',
  HOUSED_NIGHT1: 'Housed on the night after release',
  SETTLED_3M: 'Settled accommodation three months after release',
  SOI_COMPLETED: 'Sexual offence interventions completed',
  CSTR: 'Community sentence treatment requirements',
};

/** "2024-03" as the Excel date serial of 1 March 2024 (days since 30 December 1899). */
const serialOf = (month: string | null): number | '' =>
  month === null
    ? ''
    : (Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;

const PLAN_HEADERS = [
  'Region',
  'Edition',
  'Metric',
  'Kind',
  'Baseline',
  'Baseline month',
  'Change',
  'Target',
  'Deadline',
  'Source document',
  'Section',
  'Sentence',
  'Check',
];

/** The RRP Plan row each expected target should become: fractions, Excel dates, blanks where it has nothing. */
const planRow = (t: ExpectedTarget, document: string): (string | number)[] => [
  EXPECTED.region,
  EXPECTED.edition,
  t.metric,
  t.kind,
  t.baseline ?? '',
  serialOf(t.baselineMonth),
  t.change ?? '',
  t.target ?? '',
  serialOf(t.deadlineMonth),
  document,
  t.section,
  t.sentence,
  'OK',
];

/** The whole workbook but RRP Plan, to show the append touched nothing else. */
const everythingButThePlan = (pane: PaneSession): Promise<unknown> =>
  pane.book((double) => {
    const all = double.snapshot() as { sheets: { name: string }[]; tables: { name: string }[] };
    return {
      ...all,
      sheets: all.sheets.filter((s) => s.name !== 'RRP Plan'),
      tables: all.tables.filter((t) => t.name !== 'RRPPlan'),
    };
  });

describeInChromium('task pane in Chromium: from a plan document to statuses on RRP Progress', () => {
  let pane: PaneSession;
  let documentName = '';
  beforeAll(async () => {
    pane = await openPane();
  });
  afterAll(() => pane?.close());

  /** North West's counts of targets by status on the Progress view, as shown. */
  const statusPills = (): Promise<string[]> =>
    pane.page
      .getByRole('region', { name: 'North West' })
      .getByRole('list', { name: 'North West: targets by status' })
      .getByRole('listitem')
      .allInnerTexts();

  /** The review of the document just read: each expected target with its sentence, and each sentence not taken with why. */
  async function expectReview(): Promise<void> {
    const { page } = pane;
    const review = page.getByRole('region', { name: 'What the document says' });
    await review.waitFor();
    await review.getByText('Read as North West, from “North West”.', { exact: true }).waitFor();
    await review.getByText('Read as 2024 annual update, from “Annual Update 2024”.', { exact: true }).waitFor();
    await expect(review.getByRole('combobox', { name: /^Region/ }).inputValue()).resolves.toBe('NW');
    await expect(review.getByRole('textbox', { name: /^Edition/ }).inputValue()).resolves.toBe('2024');
    const found = review.getByRole('region', { name: 'Targets found' });
    const boxes = found.getByRole('checkbox');
    expect(await boxes.count()).toBe(EXPECTED.targets.length);
    for (const [i, t] of EXPECTED.targets.entries()) {
      const item = found.getByRole('listitem').nth(i);
      await expect(item.getByRole('checkbox', { name: METRIC_NAMES[t.metric] }).isChecked()).resolves.toBe(true);
      await expect(item.getByText(t.sentence, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(item.getByText(`From “${t.section}”`, { exact: true }).isVisible()).resolves.toBe(true);
    }
    await review.getByText(`${EXPECTED.skipped.length} sentences not taken, and why`).click();
    for (const s of EXPECTED.skipped) {
      await expect(review.getByText(s.sentence, { exact: true }).isVisible()).resolves.toBe(true);
      await expect(review.getByText(`Not taken: ${s.reason}.`, { exact: true }).first().isVisible()).resolves.toBe(
        true,
      );
    }
  }

  it('reads a pasted document for review and adds its targets to RRP Plan, leaving the rest of the workbook alone', async () => {
    const { page } = pane;
    await openView(page, 'Documents');
    await page.getByRole('textbox', { name: 'Plan document text' }).fill(TEXT);
    await page.getByRole('button', { name: 'Read document' }).click();
    await expectReview();
    // What was read, in words: the increase, from baseline to target by the deadline.
    await page
      .getByText('Increase by 2.5 percentage points from 17.5% (March 2024) to 20% by March 2025', { exact: true })
      .waitFor();
    documentName = await page.getByRole('textbox', { name: 'Document name' }).inputValue();
    expect(documentName).toMatch(/^TEST FIXTURE/); // the document's first line, unless the analyst names it
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'taskpane-plan-document-review.png');

    // The analyst's own work, which the append must leave exactly as it is.
    await pane.book((double) => {
      double.addSheet('My notes');
      double.setCells('My notes', 'A1:B2', [
        ['North West plan', 'to review'],
        ['=1+1', 0.19],
      ]);
    });
    const before = await everythingButThePlan(pane);
    expect(await pane.book((double) => double.table('RRPPlan'))).toBeUndefined();
    await page.getByRole('button', { name: `Add ${EXPECTED.targets.length} targets to RRP Plan` }).click();
    const result = page.getByText('Added to RRP Plan', { exact: true });
    await result.waitFor({ timeout: 20_000 });
    await page.getByText(`Added ${EXPECTED.targets.length} rows to RRP Plan.`, { exact: true }).waitFor();
    await page.getByText(/^RRP Plan's targets for North West are used by the RRP functions/).waitFor();
    // The review goes once added, so nothing is added twice by a second click.
    expect(await page.getByRole('region', { name: 'What the document says' }).count()).toBe(0);

    const plan = await pane.book((double) => ({ info: double.table('RRPPlan'), rows: double.tableRows('RRPPlan') }));
    expect(plan.info?.sheet).toBe('RRP Plan');
    expect(plan.info?.headers).toEqual(PLAN_HEADERS);
    expect(plan.rows).toEqual(EXPECTED.targets.map((t) => planRow(t, documentName)));
    // Percentages shown as percentages, months as dates: formats, not text.
    const formats = await pane.book((double) =>
      ['Baseline', 'Change', 'Target', 'Baseline month', 'Deadline'].map((column) =>
        double.numberFormats('RRP Plan', double.columnBodyAddress('RRPPlan', column).split('!')[1]).flat(),
      ),
    );
    for (const column of formats.slice(0, 3)) expect(column.every((f) => f.includes('%'))).toBe(true);
    for (const column of formats.slice(3)) expect(column.every((f) => /y/.test(f))).toBe(true);
    expect(await everythingButThePlan(pane)).toEqual(before);
  });

  it('offers North West on the Plan view and loads its 2024 plan onto RRP Progress, no actual yet', async () => {
    const { page } = pane;
    await openView(page, 'Plan');
    const regions = page.getByRole('group', { name: 'Regions' });
    const northWest = regions.getByRole('checkbox', { name: 'North West', exact: true });
    expect(await northWest.isChecked()).toBe(true);
    // North West alone: every other region offered is unticked.
    const offered = await regions.locator('label').allInnerTexts();
    expect(offered).toContain('North West');
    expect(offered.length).toBeGreaterThan(1);
    for (const name of offered)
      if (name !== 'North West') await regions.getByRole('checkbox', { name, exact: true }).uncheck();
    await page.getByRole('radio', { name: '2024 annual update' }).check();
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded', { exact: true }).waitFor({ timeout: 20_000 });

    const loaded = await pane.book((double) => {
      const keys = (name: string): string[] => {
        const headers = double.table(name)?.headers ?? [];
        return double
          .tableRows(name)
          .map((r) => ['Region', 'Edition', 'Metric'].map((h) => String(r[headers.indexOf(h)])).join(' '));
      };
      const headers = double.table('RRPProgress')?.headers ?? [];
      const employed = double
        .tableRows('RRPProgress')
        .find((r) => r[headers.indexOf('Metric')] === 'EMP_6W')
        ?.map((value, i) => [headers[i], value]);
      const address = double.columnBodyAddress('RRPProgress', 'Status').split('!')[1];
      return {
        targets: keys('RRPTargets'),
        progress: keys('RRPProgress'),
        employed: Object.fromEntries(employed ?? []) as Record<string, unknown>,
        status: double.formulas('RRP Progress', address).flat(),
      };
    });
    const keyOf = (t: ExpectedTarget): string => `${EXPECTED.region} ${EXPECTED.edition} ${t.metric}`;
    expect(loaded.targets.sort()).toEqual(EXPECTED.targets.map(keyOf).sort());
    // Progress tracks every target with figures; a commitment in words has no status.
    const tracked = EXPECTED.targets.filter((t) => t.kind !== 'qualitative');
    expect(loaded.progress.sort()).toEqual(tracked.map(keyOf).sort());
    // The plan's own figures, from the document: 17.5% and 20% by the end of March 2025.
    expect(loaded.employed).toMatchObject({ Baseline: 0.175, Deadline: Number(serialOf('2025-04')) - 1 });
    for (const formula of loaded.status) expect(String(formula)).toMatch(/RRP\.STATUS\(/);

    await openView(page, 'Progress');
    const region = page.getByRole('region', { name: 'North West' });
    await region.getByText(`No actual yet: ${tracked.length}`, { exact: true }).waitFor();
    await page.getByText(`${tracked.length} targets in 1 region.`, { exact: true }).waitFor();
    await expect(statusPills()).resolves.toEqual([`No actual yet: ${tracked.length}`]);
  });

  it("shows North West's status on the Progress view once one actual is entered and checked", async () => {
    const { page } = pane;
    await openView(page, 'Actuals');
    const firstRow = await pane.book(
      (double) => Number(/(\d+):/.exec(double.table('RRPActuals')?.address ?? '')?.[1]) + 1,
    );
    // The one thing the analyst types: September 2024's figure for employment six weeks after release.
    // The plan's trajectory there is 17.5% + 2.5 pp × 6/12 = 18.75%, so 19% is on track.
    await pane.book(
      (double, row) => double.pasteCells('RRP Actuals', `A${row}`, [['NW', 'EMP_6W', 'Sep 2024', '19%', '', '', '']]),
      firstRow,
    );
    await page.getByRole('button', { name: 'Check actuals' }).click();
    await page.getByText('OK: 1', { exact: true }).waitFor({ timeout: 20_000 });

    await openView(page, 'Progress');
    const region = page.getByRole('region', { name: 'North West' });
    await region.getByText('On track: 1', { exact: true }).waitFor({ timeout: 20_000 });
    const tracked = EXPECTED.targets.filter((t) => t.kind !== 'qualitative').length;
    await expect(statusPills()).resolves.toEqual(['On track: 1', `No actual yet: ${tracked - 1}`]);
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'taskpane-plan-document-progress.png');
  });

  it('reads a PDF of the same document, chosen as a file, into the same review', async () => {
    const { page } = pane;
    const folder = mkdtempSync(join(tmpdir(), 'rrp-plan-pdf-'));
    try {
      const file = join(folder, 'north-west-2024-annual-update.pdf');
      writeFileSync(file, await pdfOf(TEXT));
      await openView(page, 'Documents');
      await page.getByLabel('Choose file…').setInputFiles(file);
      await expectReview();
      await expect(page.getByRole('textbox', { name: 'Document name' }).inputValue()).resolves.toBe(
        'north-west-2024-annual-update.pdf',
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
