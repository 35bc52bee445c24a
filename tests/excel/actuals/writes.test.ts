/**
 * What the checks of RRP Actuals write, against the Excel double: only the add-in's cells whose
 * content changes, nothing for a co-author's change (their add-in writes it), and two co-authors'
 * add-ins on one workbook writing a pasted row's results once. Appends (an import, Add targets to RRP
 * Plan) write below the table, which grows over the rows, and never over cells there.
 */
import { setWorkbookPlan } from '../../../src/domain/planData';
import {
  appendActuals,
  appendPlanRows,
  checkActualsInWorkbook,
  startWorkbookPlan,
  stopWatchingPlan,
} from '../../../src/excel';
import { NW_EMP, NW_SETTLED } from '../../fixtures/inventedPlans';
import { actualsRow } from '../../support/actualsRow';
import { sampleActualsRows, type ExcelDouble, type SyncRecord } from '../../excelDouble';
import { doubleForEachTest, layerError, loadEveryRegion, settle, watchedActuals } from '../../support/excelLayer';

let double: ExcelDouble;
doubleForEachTest((d) => (double = d));

const TODAY = { year: 2024, month: 1 } as const;
const SHEET = 'RRP Actuals';
const SEP_2023 = 45170;
const ROWS = 3_000;
const PASTED: (string | number)[] = ['YH', 'EMP_6W', 'Sep 2023', 0.18, '', '', ''];
const PASTED_OWNED = ['OK', 'YH', 'EMP_6W', SEP_2023, 0.18];

const total = (log: SyncRecord[], key: 'cellsWritten' | 'formatsWritten' | 'rowsWritten'): number =>
  log.reduce((sum, sync) => sum + sync[key], 0);

/** A checked RRP Actuals of ROWS sample rows, none of them YH EMP_6W September 2023 (so a pasted one is used). */
async function checkedTable(): Promise<void> {
  await loadEveryRegion(double);
  const rows = sampleActualsRows(ROWS).filter((r) => !(r[0] === 'YH' && r[1] === 'EMP_6W'));
  double.fillTable('RRPActuals', rows);
  await checkActualsInWorkbook(TODAY);
  double.resetStats();
}

describe('a check writes only what changes', () => {
  it("after one row pasted below a large RRP Actuals, writes only that row's own add-in cells and its Check format", async () => {
    await checkedTable();
    const rowCount = double.table('RRPActuals')?.rowCount ?? 0;
    const before = double.tableRows('RRPActuals');
    double.pasteCells(SHEET, `A${rowCount + 2}`, [PASTED]);
    double.resetStats();

    const summary = await checkActualsInWorkbook(TODAY);
    expect(summary.rowCount).toBe(rowCount + 1);
    const log = double.syncLog();
    expect(double.syncCount).toBe(3); // the layout, the rows (one block), the one changed area
    expect(total(log, 'cellsWritten')).toBe(5);
    expect(total(log, 'formatsWritten')).toBe(1); // the new row's Check cell, set to Text
    expect(total(log, 'rowsWritten')).toBe(1);
    expect(log[2].requestBytes).toBeLessThan(100);

    const after = double.tableRows('RRPActuals');
    expect(after.slice(0, rowCount)).toEqual(before); // every other row as it was
    expect(after[rowCount]).toEqual([...PASTED.slice(0, 2), 'Sep 2023', ...PASTED.slice(3), ...PASTED_OWNED]);
    expect(double.numberFormats(SHEET, `H${rowCount + 2}`)).toEqual([['@']]);
  }, 30_000);

  it('writes nothing, and makes no sync to write, when nothing changed', async () => {
    await checkedTable();
    await checkActualsInWorkbook(TODAY);
    expect(double.syncCount).toBe(2); // the layout and the rows
    expect(total(double.syncLog(), 'cellsWritten')).toBe(0);
    expect(total(double.syncLog(), 'formatsWritten')).toBe(0);
  }, 30_000);

  it('writes the cells of every row whose result changes, and only those cells', async () => {
    await loadEveryRegion(double);
    double.fillTable('RRPActuals', [
      ['YH', 'EMP_6W', SEP_2023, 0.175, '', '', ''],
      ['KSS', 'EMP_6W', SEP_2023, 0.2, '', '', ''],
      ['SC', 'EMP_6W', SEP_2023, 0.18, '', '', ''],
    ]);
    await checkActualsInWorkbook(TODAY);
    double.resetStats();
    // Row 3 now repeats row 1's region, metric and month with another value: both rows conflict.
    double.setCells(SHEET, 'A4', [['YH']]);
    await checkActualsInWorkbook(TODAY);
    const rows = double.tableRows('RRPActuals');
    expect(rows[0].slice(7)).toEqual([expect.stringMatching(/^Conflicts with row 3/), '', '', '', '']);
    expect(rows[1].slice(7)).toEqual(['OK', 'KSS', 'EMP_6W', SEP_2023, 0.2]);
    expect(rows[2].slice(7)).toEqual([expect.stringMatching(/^Conflicts with row 1/), '', '', '', '']);
    // Rows 1 and 3 lose all five cells' content; row 2 is in no area.
    expect(total(double.syncLog(), 'cellsWritten')).toBe(10);
    expect(total(double.syncLog(), 'rowsWritten')).toBe(2);
  });
});

describe('co-authors', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Advances the fake clock and lets the checks' promises run to their end. */
  async function after(ms: number): Promise<void> {
    await jest.advanceTimersByTimeAsync(ms);
    await settle();
  }

  it("a co-author's change updates what the pane shows and writes nothing", async () => {
    await loadEveryRegion(double);
    const { summaries, errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.resetStats();
    double.byCoauthor('Bea', () => double.pasteCells(SHEET, 'A2', [PASTED]));
    await after(50);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ rowCount: 1, counts: { ok: 1 } });
    expect(total(double.syncLog(), 'cellsWritten')).toBe(0);
    expect(double.tableRows('RRPActuals')[0].slice(7)).toEqual(['', '', '', '', '']); // Bea's add-in writes them

    // The analyst's own change is written as before.
    double.setCells(SHEET, 'D2', [[0.19]]);
    await after(50);
    expect(summaries).toHaveLength(2);
    expect(double.tableRows('RRPActuals')[0].slice(7)).toEqual(['OK', 'YH', 'EMP_6W', SEP_2023, 0.19]);
    await stop();
    expect(errors).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
  });

  it('two co-authors on one workbook: both panes follow a pasted row, and only the add-in of the one who pasted writes it', async () => {
    await loadEveryRegion(double);
    // Your add-in checks sooner after a change than Bea's, so if it wrote her row it would do so first.
    const yours = await watchedActuals({ today: TODAY, debounceMs: 50 });
    const excel = (globalThis as { Excel: unknown }).Excel;
    (globalThis as { Excel: unknown }).Excel = double.coauthorExcel('Bea');
    let beas: Awaited<ReturnType<typeof watchedActuals>>;
    try {
      beas = await watchedActuals({ today: TODAY, debounceMs: 500 }); // her handlers hear your changes as Remote
    } finally {
      (globalThis as { Excel: unknown }).Excel = excel;
    }
    expect(double.eventHandlerCount).toBe(6);
    double.resetStats();

    double.byCoauthor('Bea', () => double.pasteCells(SHEET, 'A2', [PASTED]));
    await after(50);
    expect(yours.summaries).toHaveLength(1); // your pane shows her row
    expect(yours.summaries[0]).toMatchObject({ rowCount: 1, counts: { ok: 1 } });
    expect(total(double.syncLog(), 'cellsWritten')).toBe(0); // and your add-in wrote nothing

    await after(500);
    expect(beas.summaries).toHaveLength(1);
    expect(total(double.syncLog(), 'cellsWritten')).toBe(5); // her add-in wrote her row's results, once
    expect(double.tableRows('RRPActuals')[0].slice(7)).toEqual(PASTED_OWNED);

    await after(10_000); // the results written raise changes in the add-in's columns only: no more checks
    expect(yours.summaries).toHaveLength(1);
    expect(beas.summaries).toHaveLength(1);
    expect(total(double.syncLog(), 'cellsWritten')).toBe(5);
    await yours.stop();
    await beas.stop();
    expect(double.eventHandlerCount).toBe(0);
    expect([...yours.errors, ...beas.errors]).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
  });

  it("a co-author's change to RRP Plan is read into the plan, and its Check left to their add-in", async () => {
    try {
      await appendPlanRows([NW_EMP]);
      await stopWatchingPlan();
      const outcomes: { summary?: { errors: number } }[] = [];
      await startWorkbookPlan({ debounceMs: 50, onRead: (o) => outcomes.push(o) });
      double.resetStats();
      const check = () => double.values('RRP Plan', 'M2')[0][0];
      expect(check()).toBe('OK');

      double.byCoauthor('Bea', () => double.setCells('RRP Plan', 'H2', [[0.5]])); // not baseline + change
      await after(50);
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0].summary).toMatchObject({ errors: 1 }); // the plan in use follows her change
      expect(check()).toBe('OK');
      expect(total(double.syncLog(), 'cellsWritten')).toBe(0);

      double.setCells('RRP Plan', 'E2', [[0.2]]); // your own change: its reading writes Check
      await after(50);
      expect(outcomes).toHaveLength(2);
      expect(check()).toMatch(/^Target 50% is not Baseline 20%/);
      expect(double.eventErrors()).toEqual([]);
    } finally {
      await stopWatchingPlan();
      setWorkbookPlan([]);
    }
  });
});

describe('appends write below the table', () => {
  it("an import grows RRP Actuals over rows written below it, with the columns' formats, and is checked", async () => {
    await loadEveryRegion(double);
    double.fillTable('RRPActuals', [['YH', 'EMP_6W', SEP_2023, 0.175, '', '', '']]);
    double.setCells(SHEET, 'A4', [['']]); // a blank typed below: no data, nothing in the way
    const summary = await appendActuals(
      [actualsRow('KSS', 'EMP_6W', 'Oct 2023', '18%', { Note: '=HYPERLINK("x")' }), actualsRow('', '', '', '')],
      TODAY,
    );
    expect(summary.rowCount).toBe(3);
    expect(double.table('RRPActuals')).toMatchObject({ address: "'RRP Actuals'!A1:L4", rowCount: 3 });
    const rows = double.tableRows('RRPActuals');
    expect(rows[1].slice(0, 8)).toEqual(['KSS', 'EMP_6W', 'Oct 2023', '18%', '', '', '=HYPERLINK("x")', 'OK']);
    expect(rows[2][7]).toBe('Empty row: nothing to check.'); // a blank row is in the table too (resized, not expanded)
    expect(double.numberFormats(SHEET, 'A3:L3')).toEqual([
      ['General', 'General', 'mmm yyyy', '0.0%', '0', '0', '@', '@', 'General', 'General', 'mmm yyyy', '0.0%'],
    ]);
  });

  it('an import is refused, changing nothing, when the cells below RRP Actuals hold something', async () => {
    await loadEveryRegion(double);
    double.fillTable('RRPActuals', [['YH', 'EMP_6W', SEP_2023, 0.175, '', '', '']]);
    double.setCells(SHEET, 'C4', [['my working']]);
    const before = double.snapshot();
    const error = await layerError(
      appendActuals([actualsRow('KSS', 'EMP_6W', 'Oct 2023', '18%'), actualsRow('SC', 'EMP_6W', 'Oct 2023', '18%')]),
    );
    expect(error.message).toBe(
      "The cells just below RRP Actuals hold something ('RRP Actuals'!C4), where the add-in would add the imported rows. Nothing was changed: move those cells elsewhere, then try again.",
    );
    expect(double.snapshot()).toEqual(before);
  });

  it('Add targets to RRP Plan is refused, changing nothing, when the cells below RRP Plan hold something', async () => {
    try {
      await appendPlanRows([NW_EMP]);
      double.setCells('RRP Plan', 'B3', [['note to self']]);
      const before = double.snapshot();
      const error = await layerError(appendPlanRows([NW_SETTLED]));
      expect(error.message).toMatch(/^The cells just below RRP Plan hold something \('RRP Plan'!B3\)/);
      expect(double.snapshot()).toEqual(before);
      double.setCells('RRP Plan', 'B3', [['']]);
      await appendPlanRows([NW_SETTLED]);
      expect(double.table('RRPPlan')?.rowCount).toBe(2);
    } finally {
      await stopWatchingPlan();
      setWorkbookPlan([]);
    }
  });
});
