/** End to end, in headless Chromium: the analyst loads the plan from the task pane, twice, and looks at each view. */
import { webDarkTheme } from '@fluentui/react-components';
import { describeWithChromium } from '../support/chromium';
import {
  expectNoHorizontalScroll,
  openPane,
  openView,
  screenshot,
  seriousAccessibilityProblems,
  tearDown,
  VIEWS,
  type PaneSession,
} from './pane';

const describeInChromium = describeWithChromium('the load plan and dark theme end-to-end tests');

afterAll(tearDown);

interface RunRecord {
  syncs: number;
  rowsWritten: number;
}

/**
 * From now on, records each Excel.run the pane starts (not the ones that reuse an earlier run's
 * context): its syncs and the rows of values its syncs wrote. Calling it again clears the record.
 * The page-side code is plain promises: it is sent to the page as source text.
 */
function recordRuns(pane: PaneSession): Promise<void> {
  return pane.book((double) => {
    const w = window as unknown as { paneRuns?: RunRecord[] };
    const already = w.paneRuns !== undefined;
    w.paneRuns = [];
    if (already) return;
    type Context = { syncs: number; sync(): Promise<void> };
    type Batch = (context: Context) => Promise<unknown>;
    const excel = double.Excel as unknown as { run: (...args: unknown[]) => Promise<unknown> };
    const run = excel.run;
    excel.run = (...args: unknown[]) => {
      // Excel.run(batch) or Excel.run(options, batch) starts a run; Excel.run(context, batch) reuses one.
      const reuses = args.length === 2 && typeof (args[0] as Partial<Context>).sync === 'function';
      if (reuses || args.length === 0 || args.length > 2) return run(...args);
      const batch = args[args.length - 1] as Batch;
      const record = { syncs: 0, rowsWritten: 0 };
      let runContext: Context | undefined;
      const wrapped: Batch = (context) => {
        runContext = context;
        const sync = context.sync.bind(context);
        context.sync = () => {
          const index = double.syncLog().length; // the record this sync is about to add
          return sync().then(() => {
            record.rowsWritten += double.syncLog()[index]?.rowsWritten ?? 0;
          });
        };
        return batch(context);
      };
      return run(...args.slice(0, -1), wrapped).finally(() => {
        record.syncs = runContext?.syncs ?? 0;
        w.paneRuns?.push(record);
      });
    };
  });
}

const recordedRuns = (pane: PaneSession): Promise<RunRecord[]> =>
  pane.book(() => (window as unknown as { paneRuns?: RunRecord[] }).paneRuns ?? []);

/**
 * Every run is recorded, and the load, the run that wrote the tables (the most rows), took `syncs`:
 * two into a workbook without our tables (names, then the writes), three when they are there (their
 * columns and room are read once the names say so).
 */
async function expectLoadInSyncs(pane: PaneSession, syncs: 2 | 3): Promise<void> {
  const runs = await recordedRuns(pane);
  expect(runs.length).toBeGreaterThan(0);
  expect(runs.map((r) => r.syncs).sort()).toEqual((await pane.book((double) => double.runSyncCounts())).sort());
  const load = runs.reduce((most, r) => (r.rowsWritten > most.rowsWritten ? r : most));
  expect(load.rowsWritten).toBeGreaterThanOrEqual(50); // 30 target rows and 20 progress rows, at least
  expect(load.syncs).toBe(syncs);
  // The pane then reads progress and starts watching actuals in runs of its own, each small.
  for (const r of runs) expect(r.syncs).toBeLessThanOrEqual(3);
}

describeInChromium('task pane in Chromium: load plan data', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane();
  });
  afterAll(() => pane?.close());

  it('loads every region and both editions into the Targets, Actuals and Progress tables', async () => {
    const { page } = pane;
    await page.getByRole('radio', { name: 'Every edition' }).check();
    await pane.book((double) => double.resetStats());
    await recordRuns(pane);
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor();

    const sheets = await pane.book((double) => double.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(['RRP Targets', 'RRP Actuals', 'RRP Progress']));
    // The load is one Excel.run of two syncs into a new workbook (README: "at most three Excel round trips").
    await expectLoadInSyncs(pane, 2);

    const targets = await pane.book((double) => ({
      info: double.table('RRPTargets'),
      rows: double.tableRows('RRPTargets'),
    }));
    expect(targets.info?.rowCount).toBe(30);
    const header = targets.info?.headers ?? [];
    const kss2023Emp6w = targets.rows.find(
      (r) =>
        r[header.indexOf('Region')] === 'KSS' &&
        r[header.indexOf('Edition')] === 2023 &&
        r[header.indexOf('Metric')] === 'EMP_6W',
    );
    expect(kss2023Emp6w?.[header.indexOf('Target')]).toBe(0.19);
    expect(kss2023Emp6w?.[header.indexOf('Deadline')]).toBe(45412);
    const targetFormat = await pane.book((double) =>
      double.numberFormats('RRP Targets', double.columnBodyAddress('RRPTargets', 'Target').split('!')[1]),
    );
    expect(targetFormat.flat().every((f) => f.includes('%'))).toBe(true);

    const actuals = await pane.book((double) => ({
      info: double.table('RRPActuals'),
      validations: double.dataValidations('RRP Actuals').length,
    }));
    expect(actuals.info?.headers.slice(0, 8)).toEqual([
      'Region',
      'Metric',
      'Month',
      'Value',
      'Numerator',
      'Denominator',
      'Note',
      'Check',
    ]);
    expect(actuals.validations).toBeGreaterThanOrEqual(2);

    const progress = await pane.book((double) => {
      const info = double.table('RRPProgress');
      const address = info ? info.address.split('!')[1] : 'A1';
      return {
        info,
        formulas: double.formulas('RRP Progress', address),
        rules: double.conditionalFormats('RRP Progress'),
      };
    });
    expect(progress.info?.rowCount).toBe(20);
    const formulas = progress.formulas.flat().filter((f): f is string => typeof f === 'string' && f.startsWith('='));
    expect(formulas.some((f) => f.includes('RRP.STATUS('))).toBe(true);
    expect(formulas.some((f) => f.includes('RRP.TRAJECTORY('))).toBe(true);
    expect(progress.rules.length).toBeGreaterThanOrEqual(4);

    await screenshot(page, 'taskpane-after-load.png');
  });

  it("loads again without touching the analyst's actuals or own sheets", async () => {
    const { page } = pane;
    const before = await pane.book((double) => {
      double.addSheet('My notes');
      double.setCells('My notes', 'A1:B2', [
        ['Board pack', 'draft'],
        ['=1+1', 42],
      ]);
      const info = double.table('RRPActuals');
      const [, firstRow] = (info?.address.split('!')[1] ?? 'A1').split(':')[0].match(/(\d+)$/) ?? [];
      const dataRow = Number(firstRow) + 1;
      double.setCells('RRP Actuals', `A${dataRow}:G${dataRow}`, [
        ['YH', 'EMP_6W', 'Sep 2023', 0.175, '', '', 'from the regional dashboard'],
      ]);
      return { actuals: double.tableRows('RRPActuals'), notes: double.formulas('My notes', 'A1:B2') };
    });
    await pane.book((double) => double.resetStats());
    await recordRuns(pane);
    await page.getByRole('button', { name: 'Load plan data' }).click();
    await page.getByText('Plan data loaded').waitFor();
    const after = await pane.book((double) => ({
      actuals: double.tableRows('RRPActuals'),
      notes: double.formulas('My notes', 'A1:B2'),
      sheets: double.sheetNames(),
    }));
    expect(after.actuals.map((r) => r.slice(0, 7))).toEqual(before.actuals.map((r) => r.slice(0, 7)));
    expect(after.notes).toEqual(before.notes);
    expect(after.sheets.filter((s) => s.startsWith('RRP '))).toHaveLength(3);
    await expectLoadInSyncs(pane, 3);
  });

  it('shows each view alone, within 320 px without a horizontal scroll bar', async () => {
    const { page } = pane;
    for (const label of VIEWS) {
      await openView(page, label);
      await expectNoHorizontalScroll(page);
      await screenshot(page, `taskpane-${label.toLowerCase()}.png`);
    }
  });

  it('has no serious or critical accessibility problems in any view', async () => {
    for (const label of VIEWS) {
      await openView(pane.page, label);
      expect({ label, problems: await seriousAccessibilityProblems(pane.page) }).toEqual({ label, problems: [] });
    }
  });
});

/** "#292929" as the browser computes it: "rgb(41, 41, 41)". */
function rgb(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return `rgb(${match
    .slice(1)
    .map((h) => parseInt(h, 16))
    .join(', ')})`;
}

describeInChromium('task pane in Chromium: dark theme', () => {
  it('follows a dark theme and stays accessible', async () => {
    const dark = await openPane({ colorScheme: 'dark' });
    try {
      const background = await dark.page.evaluate(
        () => getComputedStyle(document.querySelector('.fui-FluentProvider') as Element).backgroundColor,
      );
      expect(background).toBe(rgb(webDarkTheme.colorNeutralBackground1));
      await screenshot(dark.page, 'taskpane-dark.png');
      for (const label of VIEWS) {
        await openView(dark.page, label);
        await expectNoHorizontalScroll(dark.page);
        expect({ label, problems: await seriousAccessibilityProblems(dark.page) }).toEqual({ label, problems: [] });
      }
    } finally {
      await dark.close();
    }
  });
});
