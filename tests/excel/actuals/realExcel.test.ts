/**
 * What real Excel is stricter about than a lenient double would be (issue 7): requests and responses
 * within Excel on the web's 5 MB, text that reads back exactly as given, an import checked once
 * whatever order its change events arrive in, and a selection Excel refuses explained in plain words.
 */
import { REGION_CODES } from '../../../src/domain/planSchema';
import {
  ACTUALS_DELETED,
  appendActuals,
  checkActualsInWorkbook,
  loadPlanIntoWorkbook,
  PAYLOAD_BUDGET_BYTES,
  readSelection,
  UNREADABLE_SELECTION,
} from '../../../src/excel';
import { badActualsRows, rowsWithLongNotes, type ExcelDouble } from '../../excelDouble';
import { doubleForEachTest, layerError, loadEveryRegion, settle, watchedActuals } from '../../support/excelLayer';
import { actualsRow } from '../../support/actualsRow';

let double: ExcelDouble;
doubleForEachTest((d) => (double = d));

const TODAY = { year: 2024, month: 1 } as const;
const SHEET = 'RRP Actuals';

/** The largest request and response of the syncs since the last reset. */
function largest(): { request: number; response: number } {
  const log = double.syncLog();
  return {
    request: Math.max(...log.map((s) => s.requestBytes)),
    response: Math.max(...log.map((s) => s.responseBytes)),
  };
}

describe('every request and response within the payload budget, whatever the text', () => {
  it('checks 100,000 rows that each have a bad region and a bad month (long messages), in blocks of at most 4 MB', async () => {
    await loadEveryRegion(double);
    double.fillTable('RRPActuals', badActualsRows(100_000));
    double.resetStats();
    const summary = await checkActualsInWorkbook(TODAY);
    expect(summary.counts.errors).toBe(100_000);
    const messages = double.tableRows('RRPActuals').map((r) => String(r[7]));
    expect(Math.min(...messages.slice(0, 1000).map((m) => m.length))).toBeGreaterThan(250);
    const { request, response } = largest();
    expect(request).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(response).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(double.syncLog().length).toBeGreaterThan(1 + 5 + 5); // the messages need more, smaller write blocks
  }, 120_000);

  it('imports 20,000 rows with 500-character notes in requests of at most 4 MB', async () => {
    await loadEveryRegion(double);
    const rows = rowsWithLongNotes(20_000);
    const summary = await appendActuals(rows, TODAY);
    expect(summary.rowCount).toBe(20_000);
    expect(largest().request).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(double.values(SHEET, 'G20001')).toEqual([[rows[19_999].Note]]);
  }, 120_000);

  it('reads a selection whose text is too long for one response in smaller blocks', async () => {
    const text = 'x'.repeat(2000);
    double.setCells(
      'Sheet1',
      'A1:C3000',
      Array.from({ length: 3000 }, () => [text, text, text]),
    );
    double.selectRange('Sheet1', 'A1:C3000');
    double.resetStats();
    const values = await readSelection();
    expect(values).toHaveLength(3000);
    expect(values[2999][2]).toBe(text);
    // Excel refused the first, too large, responses; every block after them came back within the limit.
    const log = double.syncLog();
    const lastRefused = log.map((s) => s.responseBytes > 5 * 1024 * 1024).lastIndexOf(true);
    expect(lastRefused).toBeGreaterThan(0);
    expect(log.slice(lastRefused + 1).length).toBeGreaterThanOrEqual(4);
    expect(log.slice(lastRefused + 1).every((s) => s.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  }, 60_000);
});

describe('text the add-in writes reads back exactly as given', () => {
  it('in every cell of an import and its check, General and Text columns alike', async () => {
    await loadEveryRegion(double);
    const texts = [
      '=cmd|" /C calc"!A0',
      "'quoted'",
      '+44 20 7946 0000',
      '-5',
      '@risk',
      'Apr-23',
      '16.5%',
      'TRUE',
      '1/10/2023',
      '  =1+1',
      'plain',
    ];
    const rows = texts.map((t) => actualsRow(t, t, t, t, { Note: t }));
    const summary = await appendActuals(rows, TODAY);
    const written = double.tableRows('RRPActuals');
    // What an analyst reads in each cell: its value as Excel holds it (the double keeps an apostrophe written into a Text cell).
    written.forEach((cells, i) =>
      expect(cells.slice(0, 7)).toEqual([texts[i], texts[i], texts[i], texts[i], '', '', texts[i]]),
    );
    expect(
      double
        .formulas(SHEET, `A2:L${texts.length + 1}`)
        .flat()
        .some((f) => typeof f === 'string' && f.startsWith('=') && !texts.includes(f)),
    ).toBe(false);
    const checkColumn = written.map((cells) => cells[7]);
    expect(checkColumn.every((m) => typeof m === 'string' && m !== '' && !m.startsWith("'"))).toBe(true);
    expect(summary.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('Region "=cmd|')]),
    );
  });
});

describe('automatic checking and an import', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('checks an import of 45,000 rows once, whenever its events arrive, and still checks a paste right after', async () => {
    await loadEveryRegion(double);
    const { summaries, errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 500 });
    double.resetStats();
    const rows = Array.from({ length: 45_000 }, (_, i) => actualsRow('YH', 'EMP_6W', 45017 + 31 * (i % 9), 0.17));
    const imported = await appendActuals(rows, TODAY);
    expect(imported.rowCount).toBe(45_000);
    expect(double.runSyncCounts()).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(10_000); // every event of the import arrives, after its check
    await settle();
    expect(double.runSyncCounts()).toHaveLength(1); // no second check of the import
    expect(summaries).toHaveLength(0);

    double.pasteCells(SHEET, 'A45002', [['KSS', 'EMP_6W', 'Oct 2023', 0.18, '', '', '']]);
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(summaries).toHaveLength(1);
    expect(summaries[0].rowCount).toBe(45_001);
    await stop();
    expect(errors).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
  }, 120_000);
});

describe('a watch on a table that is deleted', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('hears nothing once the table is deleted and made afresh by a load, and says it stopped; a watch started after the load does', async () => {
    await loadEveryRegion(double);
    const old = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.deleteSheet(SHEET); // the analyst deletes the sheet, and with it the table
    await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: 'latest' });
    double.pasteCells(SHEET, 'A2', [['KSS', 'EMP_6W', 'Oct 2023', 0.18, '', '', '']]);
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(old.summaries).toHaveLength(0); // Excel no longer calls a handler whose table was deleted
    expect(old.stopped).toEqual([ACTUALS_DELETED]);
    expect(double.eventHandlerCount).toBe(0);
    await old.stop(); // nothing left to stop

    const { summaries, errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.pasteCells(SHEET, 'A3', [['YH', 'EMP_6W', 'Oct 2023', 0.2, '', '', '']]);
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(errors).toEqual([]);
    expect(summaries).toHaveLength(1);
    expect(old.summaries).toHaveLength(0);
    await stop();
  });
});

describe('a selection Excel refuses', () => {
  it.each(['areas', 'shape'] as const)('says in plain words what to select instead (%s selected)', async (what) => {
    double.selectUnreadable(what);
    const error = await layerError(readSelection());
    expect(error.code).toBe('InvalidSelection');
    expect(error.message).toBe(UNREADABLE_SELECTION);
    expect(error.message).toContain('several separate areas');
    expect(error.message).toContain('chart, picture or shape');
  });
});
