/**
 * The gateway every batch goes through (src/excel/shared/gateway.ts), against the Excel double: the
 * analyst typing in a cell while an automatic check is due, a click's batch refused in plain words
 * while a cell is edited, undo grouped only where the host has it, one retry after a passing failure,
 * and a table deleted without an event (Excel for Mac) noticed when the pane is shown again.
 */
import { setWorkbookPlan } from '../../src/domain/planData';
import { targetLevel } from '../../src/domain/rrpAnswers';
import {
  ACTUALS_DELETED,
  appendActuals,
  appendPlanRows,
  checkActualsInWorkbook,
  readProgress,
  startWorkbookPlan,
  stopWatchingPlan,
} from '../../src/excel';
import { DoubleError, type ExcelDouble } from '../excelDouble';
import { doubleForEachTest, layerError, loadEveryRegion, settle, watchedActuals } from '../support/excelLayer';
import { actualsRow } from '../support/actualsRow';
import { NW_EMP } from '../fixtures/inventedPlans';

let double: ExcelDouble;
const { reinstall } = doubleForEachTest(
  (d) => (double = d),
  async () => {
    jest.useRealTimers();
    await stopWatchingPlan();
    setWorkbookPlan([]);
  },
);

const TODAY = { year: 2024, month: 1 } as const;
const ACTUALS = 'RRP Actuals';
const PLAN = 'RRP Plan';
const SEP_2023 = 45170;

/**
 * RRP Plan with NW's EMP_6W row (target 23%) watched anew with a 50 ms quiet time, and what each of
 * the watch's readings reports, in order.
 */
async function watchedNwPlan(): Promise<unknown[]> {
  await appendPlanRows([NW_EMP]);
  await stopWatchingPlan();
  const outcomes: unknown[] = [];
  await startWorkbookPlan({ debounceMs: 50, onRead: (o) => outcomes.push(o) });
  expect(targetLevel('NW', 'EMP_6W', null)).toBe(0.23);
  return outcomes;
}

/** Waits out a watch's quiet time and lets the batches it starts run to their end. */
async function pass(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
  await settle();
}

describe('typing in a cell while an automatic check is due', () => {
  beforeEach(() => jest.useFakeTimers());

  it('the actuals check waits for the edit to end, then checks, and nothing errors', async () => {
    await loadEveryRegion(double);
    const { summaries, errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.pasteCells(ACTUALS, 'A2', [
      ['YH', 'EMP_6W', SEP_2023, 0.175, '', '', ''],
      ['KSS', 'EMP_6W', SEP_2023, 'TBC', '', '', ''],
    ]);
    double.startEditingCell(ACTUALS, 'D3'); // the analyst types the figure that was to come
    double.resetStats();
    await pass(1_000);
    expect(summaries).toEqual([]); // the check is waiting for Excel
    expect(double.syncLog()).toEqual([
      { rowsRead: 0, rowsWritten: 0, cellsWritten: 0, formatsWritten: 0, requestBytes: 0, responseBytes: 0 },
    ]);
    expect(double.runOptions()).toEqual([{ delayForCellEdit: true }]);

    double.finishEditingCell(0.18); // Enter
    await settle();
    expect(summaries).toHaveLength(1);
    // The figure typed is in the table when the check reads it.
    expect(summaries[0]).toMatchObject({ rowCount: 2, counts: { ok: 2, missing: 0 } });
    await pass(50); // the typed cell's own change is checked in turn
    expect(summaries).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
    await stop();
  });

  it('the plan reading waits for the edit to end, then the functions answer from the changed plan', async () => {
    const outcomes = await watchedNwPlan();
    double.setCells(PLAN, 'E2', [[0.21]]);
    double.startEditingCell(PLAN, 'H2'); // the analyst retypes the target
    await pass(1_000);
    expect(outcomes).toEqual([]); // the reading is waiting for Excel, and failed nowhere
    expect(targetLevel('NW', 'EMP_6W', null)).toBe(0.23);

    double.finishEditingCell(0.24); // 21% + 3 points
    await settle();
    await pass(50);
    expect(outcomes).toHaveLength(2); // the reading that waited, then the one the typed cell set off
    expect(outcomes.every((o) => (o as { error?: string }).error === undefined)).toBe(true);
    expect(targetLevel('NW', 'EMP_6W', null)).toBe(0.24);
    expect(double.eventErrors()).toEqual([]);
  });

  it('a batch the analyst started fails in plain words while a cell is edited, and writes nothing', async () => {
    await loadEveryRegion(double);
    double.pasteCells(ACTUALS, 'A2', [['YH', 'EMP_6W', SEP_2023, 0.175, '', '', '']]);
    double.startEditingCell(ACTUALS, 'A3');
    const before = double.snapshot();
    const error = await layerError(checkActualsInWorkbook(TODAY));
    expect(error.code).toBe('InvalidOperationInCellEditMode');
    expect(error.message).toBe(
      'Excel could not check the actuals while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.',
    );
    expect(double.snapshot()).toEqual(before);
    double.finishEditingCell('');
  });
});

describe('undo and retries', () => {
  it('groups the syncs of a batch into one undo step only where the host has ExcelApi 1.20', async () => {
    await loadEveryRegion(double);
    await checkActualsInWorkbook(TODAY);
    expect(double.runOptions()).toEqual([{}]); // ExcelApi 1.12: the option is not sent at all
    reinstall({ excelApi: '1.20' });
    await loadEveryRegion(double);
    await checkActualsInWorkbook(TODAY);
    expect(double.runOptions()).toEqual([{ mergeUndoGroup: true }]);
  });

  const unavailable = (): never => {
    throw new DoubleError('ServiceNotAvailable', 'The service is unavailable.');
  };

  it('runs a batch once more after ServiceNotAvailable, but not twice more', async () => {
    await loadEveryRegion(double);
    double.beforeSync(1, unavailable);
    await expect(checkActualsInWorkbook(TODAY)).resolves.toMatchObject({ rowCount: 1 });
    expect(double.runOptions()).toHaveLength(2);

    double.resetStats();
    double.beforeSync(1, unavailable);
    double.beforeSync(2, unavailable);
    expect((await layerError(checkActualsInWorkbook(TODAY))).code).toBe('ServiceNotAvailable');
    expect(double.runOptions()).toHaveLength(2);
  });

  it('never runs an append twice', async () => {
    await loadEveryRegion(double);
    const rows = [actualsRow('YH', 'EMP_6W', 'Sep 2023', '17.5%'), actualsRow('KSS', 'EMP_6W', 'Oct 2023', '18%')];
    double.beforeSync(2, unavailable); // after the layout was read, as the rows go
    expect((await layerError(appendActuals(rows, TODAY))).code).toBe('ServiceNotAvailable');
    expect(double.runOptions()).toHaveLength(1);
    expect(double.table('RRPActuals')?.rowCount).toBe(1);
  });
});

describe('a table deleted without an event, as Excel for Mac may (office-js #1320)', () => {
  beforeEach(() => jest.useFakeTimers());

  it('the actuals watch notices when the pane is shown again, says automatic checking is off, and drops its handlers', async () => {
    await loadEveryRegion(double);
    const { stopped, errors } = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.hidePane();
    double.deleteTableColumnsOnMac('RRPActuals');
    await pass(1_000);
    expect(stopped).toEqual([]); // no event came
    double.showPane();
    await pass(0);
    expect(stopped).toEqual([ACTUALS_DELETED]);
    expect(double.eventHandlerCount).toBe(0);
    double.resetStats();
    double.showPane(); // stopped: nothing more is looked for
    await pass(0);
    expect(double.syncCount).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the actuals watch looks, finds its table and keeps watching, when the pane is shown with the table there', async () => {
    await loadEveryRegion(double);
    const { stopped, summaries, stop } = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.showPane();
    await pass(0);
    expect(stopped).toEqual([]);
    expect(double.eventHandlerCount).toBe(3);
    double.pasteCells(ACTUALS, 'A2', [['YH', 'EMP_6W', SEP_2023, 0.175, '', '', '']]);
    await pass(50);
    expect(summaries).toHaveLength(1);
    await stop();
    double.resetStats();
    double.showPane(); // stopped: its listener went with its handlers
    await pass(0);
    expect(double.syncCount).toBe(0);
  });

  it('the plan watch notices when the pane is shown again: the functions lose the rows', async () => {
    const outcomes = await watchedNwPlan();
    double.deleteTableColumnsOnMac('RRPPlan');
    double.showPane();
    await pass(0);
    expect(outcomes).toEqual([{ summary: undefined }]);
    expect(() => targetLevel('NW', 'EMP_6W', null)).toThrow(/North West has no/);
    expect(double.eventHandlerCount).toBe(1); // still listening for tables added, so a new RRP Plan is watched
  });
});

describe('a first block of rows too large for one response', () => {
  /** 20,000 rows whose region text is long: the first block (20,000 rows) comes back over 5 MB. */
  async function longRegions(): Promise<void> {
    await loadEveryRegion(double);
    const region = `Region ${'x'.repeat(400)}`;
    double.fillTable(
      'RRPActuals',
      Array.from({ length: 20_000 }, () => [region, 'EMP_6W', SEP_2023, 0.175, '', '', '']),
    );
    double.resetStats();
  }
  const refusedFirst = (): boolean => double.syncLog()[1].responseBytes > 5 * 1024 * 1024;

  it('a check keeps the progress values it loads with that block, when the block is read again smaller', async () => {
    await longRegions();
    const summary = await checkActualsInWorkbook(TODAY);
    expect(refusedFirst()).toBe(true); // after the layout's sync, Excel refused the first block
    expect(summary.counts.errors).toBe(20_000);
    expect(summary.progress?.length).toBe(double.table('RRPProgress')?.rowCount);
  }, 60_000);

  it('reading progress keeps them too', async () => {
    await longRegions();
    const items = await readProgress(TODAY);
    expect(refusedFirst()).toBe(true);
    expect(items).toHaveLength(double.table('RRPProgress')?.rowCount as number);
  }, 60_000);
});
