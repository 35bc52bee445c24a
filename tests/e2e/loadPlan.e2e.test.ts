/** End to end, in headless Chromium: the analyst loads the plan from the task pane, twice. */
import { openPane, screenshot, seriousAccessibilityProblems, tearDown, type PaneSession } from './pane';

jest.setTimeout(90000);

afterAll(tearDown);

describe('task pane in Chromium: load plan data', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane();
  });
  afterAll(() => pane?.close());

  it('loads every region and both editions into the Targets, Actuals and Progress tables', async () => {
    const { page } = pane;
    await page.getByRole('radio', { name: /both/i }).check();
    await pane.book((double) => double.resetStats());
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor();

    const sheets = await pane.book((double) => double.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(['RRP Targets', 'RRP Actuals', 'RRP Progress']));
    // The load is one Excel.run; the pane then reads progress and starts watching actuals in runs of its own.
    const runs = await pane.book((double) => double.runSyncCounts());
    expect(Math.max(...runs)).toBeLessThanOrEqual(3);

    const targets = await pane.book((double) => ({ info: double.table('RRPTargets'), rows: double.tableRows('RRPTargets') }));
    expect(targets.info?.rowCount).toBe(30);
    const header = targets.info?.headers ?? [];
    const kss2023Emp6w = targets.rows.find((r) => r[header.indexOf('Region')] === 'KSS' && r[header.indexOf('Edition')] === 2023 && r[header.indexOf('Metric')] === 'EMP_6W');
    expect(kss2023Emp6w?.[header.indexOf('Target')]).toBe(0.19);
    expect(kss2023Emp6w?.[header.indexOf('Deadline')]).toBe(45412);
    const targetFormat = await pane.book((double) => double.numberFormats('RRP Targets', double.columnBodyAddress('RRPTargets', 'Target').split('!')[1]));
    expect(targetFormat.flat().every((f) => f.includes('%'))).toBe(true);

    const actuals = await pane.book((double) => ({ info: double.table('RRPActuals'), validations: double.dataValidations('RRP Actuals').length }));
    expect(actuals.info?.headers.slice(0, 8)).toEqual(['Region', 'Metric', 'Month', 'Value', 'Numerator', 'Denominator', 'Note', 'Check']);
    expect(actuals.validations).toBeGreaterThanOrEqual(2);

    const progress = await pane.book((double) => {
      const info = double.table('RRPProgress');
      const address = info ? info.address.split('!')[1] : 'A1';
      return { info, formulas: double.formulas('RRP Progress', address), rules: double.conditionalFormats('RRP Progress') };
    });
    expect(progress.info?.rowCount).toBe(20);
    const formulas = progress.formulas.flat().filter((f): f is string => typeof f === 'string' && f.startsWith('='));
    expect(formulas.some((f) => f.includes('RRP.STATUS('))).toBe(true);
    expect(formulas.some((f) => f.includes('RRP.TRAJECTORY('))).toBe(true);
    expect(progress.rules.length).toBeGreaterThanOrEqual(4);

    const file = await screenshot(page, 'taskpane-after-load.png');
    expect(file).toMatch(/taskpane-after-load\.png$/);
  });

  it("loads again without touching the analyst's actuals or own sheets", async () => {
    const { page } = pane;
    const before = await pane.book((double) => {
      double.addSheet('My notes');
      double.setCells('My notes', 'A1:B2', [['Board pack', 'draft'], ['=1+1', 42]]);
      const info = double.table('RRPActuals');
      const [, firstRow] = (info?.address.split('!')[1] ?? 'A1').split(':')[0].match(/(\d+)$/) ?? [];
      const dataRow = Number(firstRow) + 1;
      double.setCells('RRP Actuals', `A${dataRow}:G${dataRow}`, [['YH', 'EMP_6W', 'Sep 2023', 0.175, '', '', 'from the regional dashboard']]);
      return { actuals: double.tableRows('RRPActuals'), notes: double.formulas('My notes', 'A1:B2') };
    });
    await pane.book((double) => double.resetStats());
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor();
    const after = await pane.book((double) => ({ actuals: double.tableRows('RRPActuals'), notes: double.formulas('My notes', 'A1:B2'), runs: double.runSyncCounts(), sheets: double.sheetNames() }));
    expect(after.actuals.map((r) => r.slice(0, 7))).toEqual(before.actuals.map((r) => r.slice(0, 7)));
    expect(after.notes).toEqual(before.notes);
    expect(after.sheets.filter((s) => s.startsWith('RRP '))).toHaveLength(3);
    expect(Math.max(...after.runs)).toBeLessThanOrEqual(3);
  });

  it('has no serious or critical accessibility problems', async () => {
    expect(await seriousAccessibilityProblems(pane.page)).toEqual([]);
  });
});

describe('task pane in Chromium: dark theme', () => {
  it('follows a dark theme and stays accessible', async () => {
    const dark = await openPane({ colorScheme: 'dark' });
    try {
      const background = await dark.page.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor);
      expect(background).not.toBe('rgb(255, 255, 255)');
      expect(await seriousAccessibilityProblems(dark.page)).toEqual([]);
      await screenshot(dark.page, 'taskpane-dark.png');
    } finally {
      await dark.close();
    }
  });
});
