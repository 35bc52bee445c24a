/**
 * Monthly actuals in the workbook, against the Excel double: checking the RRP Actuals table (Check and
 * Used columns, colours, the analyst's cells untouched, blocks of rows), watching it, appending
 * imported rows, progress from the domain, an old table getting the add-in's columns, and refusals.
 */
import { REGION_CODES } from '../../../src/domain/planSchema';
import {
  ACTUALS_DELETED,
  appendActuals,
  BLOCK_ROWS,
  PAYLOAD_BUDGET_BYTES,
  CHECK_COLOURS,
  CHECK_RULE_FORMULAS,
  checkActualsInWorkbook,
  loadPlanIntoWorkbook,
  MAX_SELECTION_CELLS,
  NO_ACTUALS_TABLE,
  readProgress,
  readSelection,
  selectActualsRow,
  watchActuals,
} from '../../../src/excel';
import { actualsRecords, sampleActualsRows, type ExcelDouble } from '../../excelDouble';
import { doubleForEachTest, layerError, loadEveryRegion, settle, watchedActuals } from '../../support/excelLayer';
import { actualsRow } from '../../support/actualsRow';

let double: ExcelDouble;
doubleForEachTest((d) => (double = d));

const TODAY = { year: 2024, month: 1 } as const;
const SHEET = 'RRP Actuals';
const APR_2023 = 45017; // 1 April 2023
const SEP_2023 = 45170; // 1 September 2023
const OCT_2023 = 45200; // 1 October 2023
const CMD = '=cmd|" /C calc"!A0';

/** The cells of the given sheet columns (0-based, below `lastColumn`), exactly as stored. */
function cellsOf(sheetName: string, lastColumn: number): unknown {
  const sheets = (double.snapshot() as { sheets: { name: string; cells: [string, unknown][] }[] }).sheets;
  const cells = sheets.find((s) => s.name === sheetName)?.cells ?? [];
  return cells.filter(([key]) => Number(key.split(',')[1]) < lastColumn);
}
const analystCells = (): unknown => cellsOf(SHEET, 7);

/** Region, Metric, Month, Value, Numerator, Denominator, Note: what an analyst pastes. */
const MIXED_BLOCK: (string | number)[][] = [
  ['YH', 'EMP_6W', SEP_2023, 0.175, '', '', ''], // 1 OK
  ['Kent Surrey & Sussex', 'EMP_6W', 'Oct 2023', 0.18, '', '', ''], // 2 OK: a name and month text
  ['SC', 'employed six weeks after release', SEP_2023, '16.5', '', '', ''], // 3 read as 16.5%, with a note
  ['EOE', 'EMP_6W', SEP_2023, 'TBC', '', '', ''], // 4 no value yet
  ['KSS', 'SETTLED_3M', SEP_2023, 0.8, '', '', ''], // 5 conflicts with 6
  ['KSS', 'SETTLED_3M', SEP_2023, 0.85, '', '', ''], // 6 conflicts with 5
  ['Atlantis', 'EMP_6W', SEP_2023, 0.2, '', '', ''], // 7 unknown region
  ['YH', 'EMP_6W', '2024-03', 0.2, '', '', ''], // 8 in the future
  ['YH', 'EMP_6M', SEP_2023, 0.3, '', '', CMD], // 9 OK; the note stays text
  ['YH', 'EMP_6W', SEP_2023, 0.175, '', '', ''], // 10 a repeat of 1
  ['SC', 'SETTLED_3M', 'Sep 2023', '', 33, 200, ''], // 11 counts only: 16.5%
  ['', '', '', '', '', '', ''], // 12 empty
];

const MIXED_STATUSES = [
  'ok',
  'ok',
  'warning',
  'missing',
  'error',
  'error',
  'error',
  'error',
  'ok',
  'warning',
  'ok',
  'missing',
];
const BLANK_USED = ['', '', '', ''];
const MIXED_USED = [
  ['YH', 'EMP_6W', SEP_2023, 0.175],
  ['KSS', 'EMP_6W', OCT_2023, 0.18],
  ['SC', 'EMP_6W', SEP_2023, 0.165],
  BLANK_USED,
  BLANK_USED,
  BLANK_USED,
  BLANK_USED,
  BLANK_USED,
  ['YH', 'EMP_6M', SEP_2023, 0.3],
  BLANK_USED,
  ['SC', 'SETTLED_3M', SEP_2023, 0.165],
  BLANK_USED,
];

describe('checking a pasted block', () => {
  beforeEach(async () => {
    await loadEveryRegion(double);
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK);
  });

  it('writes each row’s Check and fills the Used columns only for the rows it uses, in three syncs', async () => {
    const before = analystCells();
    double.resetStats();
    const summary = await checkActualsInWorkbook(TODAY);
    expect(double.syncCount).toBe(3); // layout, read, write
    expect(double.table('RRPActuals')).toMatchObject({ address: "'RRP Actuals'!A1:L13", rowCount: 12 });

    const rows = double.tableRows('RRPActuals');
    const checks = rows.map((r) => String(r[7]));
    expect(checks[0]).toBe('OK');
    expect(checks[1]).toBe('OK');
    expect(checks[2]).toBe('Note: read 16.5 as 16.5% (in Excel a percentage is a fraction: 16.5% is 0.165).');
    expect(checks[3]).toBe('No value given ("TBC"): the row is kept but not used.');
    expect(checks[4]).toBe('Conflicts with row 6 (80% vs 85%): neither is used until one is corrected or removed.');
    expect(checks[5]).toBe('Conflicts with row 5 (85% vs 80%): neither is used until one is corrected or removed.');
    expect(checks[6]).toMatch(/^Region "Atlantis" is not recognised\./);
    expect(checks[7]).toBe('March 2024 is in the future: actuals can be given up to the current month, January 2024.');
    expect(checks[8]).toBe('OK');
    expect(checks[9]).toBe('Note: same as row 1; counted once.');
    expect(checks[10]).toBe('OK');
    expect(checks[11]).toBe('Empty row: nothing to check.');
    expect(rows.map((r) => r.slice(8, 12))).toEqual(MIXED_USED);
    expect(double.numberFormats(SHEET, 'H2:L2')).toEqual([['@', 'General', 'General', 'mmm yyyy', '0.0%']]);

    const { progress, ...rest } = summary;
    expect(rest).toEqual({
      rowCount: 12,
      counts: { ok: 4, warnings: 2, errors: 4, missing: 2 },
      problems: MIXED_STATUSES.flatMap((status, i) =>
        status === 'ok' ? [] : [{ row: i + 1, status, message: checks[i] }],
      ),
    });
    expect(progress).toHaveLength(20);
    // Every pasted cell is exactly as it was: value, formula (none), format, apostrophe.
    expect(analystCells()).toEqual(before);
    expect(double.cell(SHEET, 'G10')).toEqual({ value: CMD, numberFormat: '@' });
  });

  it("works progress out in the same run, with no sync beyond the check's own: what readProgress gives", async () => {
    double.resetStats();
    const summary = await checkActualsInWorkbook(TODAY);
    expect(double.syncCount).toBe(3); // 1 layout (and progress values), 1 read, 1 write
    expect(double.runSyncCounts()).toEqual([3]);
    const read = await readProgress(TODAY);
    expect(summary.progress).toEqual(read);
    expect(summary.progress?.find((i) => i.region === 'YH' && i.metric === 'EMP_6M')).toMatchObject({
      status: 'Improving',
      latestMonth: 'September 2023',
      latestActual: 0.3,
    });
    expect(summary.progress?.find((i) => i.region === 'EOE' && i.metric === 'EMP_6W')?.status).toBe('No actual yet'); // its row had no value
  });

  it('gives no progress when there is no RRP Progress table, still in three syncs', async () => {
    await double.Excel.run(async (context) => {
      context.workbook.tables.getItem('RRPProgress').convertToRange();
      await context.sync();
    });
    double.resetStats();
    const summary = await checkActualsInWorkbook(TODAY);
    expect(double.syncCount).toBe(3);
    expect(summary.progress).toBeUndefined();
    expect(summary.counts).toEqual({ ok: 4, warnings: 2, errors: 4, missing: 2 });
  });

  it('colours the Check column by rules made once with the table, which grew with the paste', async () => {
    await checkActualsInWorkbook(TODAY);
    await checkActualsInWorkbook(TODAY);
    const rules = double.conditionalFormats(SHEET);
    expect(rules).toEqual([
      {
        type: 'Custom',
        address: "'RRP Actuals'!H2:H13",
        box: expect.any(Object),
        rule: { formulaR1C1: CHECK_RULE_FORMULAS.error },
        fillColor: CHECK_COLOURS.error.fill,
        fontColor: CHECK_COLOURS.error.font,
      },
      {
        type: 'Custom',
        address: "'RRP Actuals'!H2:H13",
        box: expect.any(Object),
        rule: { formulaR1C1: CHECK_RULE_FORMULAS.warning },
        fillColor: CHECK_COLOURS.warning.fill,
        fontColor: CHECK_COLOURS.warning.font,
      },
      {
        type: 'Custom',
        address: "'RRP Actuals'!H2:H13",
        box: expect.any(Object),
        rule: { formulaR1C1: CHECK_RULE_FORMULAS.missing },
        fillColor: CHECK_COLOURS.missing.fill,
        fontColor: CHECK_COLOURS.missing.font,
      },
    ]);
    await loadEveryRegion(double); // loading again keeps the table as it is: no second set of rules
    expect(double.conditionalFormats(SHEET)).toHaveLength(3);
  });

  it('clears Used cells of a row that is no longer used', async () => {
    await checkActualsInWorkbook(TODAY);
    double.setCells(SHEET, 'D2', [['n/a']]);
    const summary = await checkActualsInWorkbook(TODAY);
    const rows = double.tableRows('RRPActuals');
    expect(rows[0].slice(7)).toEqual(['No value given ("n/a"): the row is kept but not used.', '', '', '', '']);
    // Row 10 repeated row 1; with row 1 gone it is the one used.
    expect(rows[9].slice(7)).toEqual(['OK', 'YH', 'EMP_6W', SEP_2023, 0.175]);
    expect(summary.counts).toEqual({ ok: 4, warnings: 1, errors: 4, missing: 3 });
  });
});

describe('checking 100,000 rows', () => {
  it('reads and writes back in blocks of at most 20,000 rows, one sync each', async () => {
    await loadEveryRegion(double);
    double.fillTable('RRPActuals', sampleActualsRows(100_000));
    const analyst = () => double.formulas(SHEET, 'A2:G100001'); // cheaper than a snapshot at this size
    const before = analyst();
    double.resetStats();
    const summary = await checkActualsInWorkbook(TODAY);
    const blocks = Math.ceil(100_000 / BLOCK_ROWS);
    expect(BLOCK_ROWS).toBe(20_000);
    expect(double.syncCount).toBe(1 + blocks + blocks);
    const log = double.syncLog();
    // The first block also brings RRP Progress's values (its header and 20 rows), once the layout sync has found the table.
    expect(log.slice(1, 1 + blocks).map((s) => s.rowsRead)).toEqual([20_021, ...Array(blocks - 1).fill(20_000)]);
    expect(log.slice(1 + blocks).map((s) => s.rowsWritten)).toEqual(Array(blocks).fill(20_000));
    expect(log.every((s) => s.rowsRead <= BLOCK_ROWS + 21 && s.rowsWritten <= BLOCK_ROWS)).toBe(true);
    expect(log.every((s) => s.requestBytes <= PAYLOAD_BUDGET_BYTES && s.responseBytes <= PAYLOAD_BUDGET_BYTES)).toBe(
      true,
    );
    expect(double.loadedProperties()).toEqual([
      'Range.columnIndex',
      'Range.rowCount',
      'Range.rowIndex',
      'Range.values',
      'Worksheet.name',
      'WorksheetProtection.protected',
    ]);
    expect(summary.rowCount).toBe(100_000);
    const rows = double.tableRows('RRPActuals');
    expect(rows[99_999][7]).not.toBe('');
    expect(analyst()).toEqual(before);
  }, 60_000);
});

describe('watching the table', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('checks once after a burst of pastes, and its own writes set off no further check', async () => {
    await loadEveryRegion(double);
    const { summaries, errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 500 });
    expect(double.eventHandlerCount).toBe(3); // the table's changes, and deletions of tables and of sheets
    expect(double.runSyncCounts()).toEqual([1]); // the handlers added, the ids and the layout read in one sync
    double.resetStats();

    double.pasteCells(SHEET, 'A2', MIXED_BLOCK.slice(0, 6));
    await jest.advanceTimersByTimeAsync(300);
    double.pasteCells(SHEET, 'A8', MIXED_BLOCK.slice(6));
    await jest.advanceTimersByTimeAsync(499);
    expect(summaries).toHaveLength(0);
    expect(double.syncCount).toBe(0);

    const eventsBefore = double.eventsDelivered;
    await jest.advanceTimersByTimeAsync(1);
    await settle();
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ rowCount: 12, counts: { ok: 4, warnings: 2, errors: 4, missing: 2 } });
    expect(double.syncCount).toBe(3);
    // The check's writes raised change events, as in Excel; the watcher let them pass.
    expect(double.eventsDelivered).toBeGreaterThan(eventsBefore);
    await jest.advanceTimersByTimeAsync(10_000);
    await settle();
    expect(summaries).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);

    // A change to the analyst's cells is checked again.
    double.setCells(SHEET, 'D5', [[0.2]]);
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    expect(summaries).toHaveLength(2);
    expect(summaries[1].counts).toEqual({ ok: 5, warnings: 2, errors: 4, missing: 1 });

    await stop();
    expect(double.eventHandlerCount).toBe(0);
    double.setCells(SHEET, 'D6', [[0.25]]);
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(summaries).toHaveLength(2);
    expect(errors).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
  });

  it("checks an import once: the import's own check covers the rows it added, and later changes are checked again", async () => {
    await loadEveryRegion(double);
    const { summaries, errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 500 });
    double.resetStats();

    const appended = await appendActuals(
      [actualsRow('YH', 'EMP_6W', 'Sep 2023', '17.5%'), actualsRow('KSS', 'EMP_6W', 'Oct 2023', '18%')],
      TODAY,
    );
    expect(appended.rowCount).toBe(2);
    const importRuns = double.runSyncCounts();
    expect(importRuns).toHaveLength(1); // the import, its check included
    await jest.advanceTimersByTimeAsync(10_000);
    await settle();
    expect(double.runSyncCounts()).toEqual(importRuns); // the watcher made no second check
    expect(summaries).toHaveLength(0);
    expect(jest.getTimerCount()).toBe(0);

    double.setCells(SHEET, 'D3', [[0.2]]);
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    expect(summaries).toHaveLength(1);
    expect(double.runSyncCounts()).toHaveLength(2);
    await stop();
    expect(errors).toEqual([]);
  });

  it('checks again a change made while its check was under way', async () => {
    await loadEveryRegion(double);
    const { summaries, stop } = await watchedActuals({ today: TODAY, debounceMs: 500 });
    double.resetStats();
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK.slice(0, 2));
    // The analyst types a value after the check has read the rows and before it writes its results.
    double.beforeSync(3, () => double.setCells(SHEET, 'D2', [['TBC']]));
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    expect(summaries).toHaveLength(1);
    expect(summaries[0].counts.missing).toBe(0);
    await jest.advanceTimersByTimeAsync(1_000); // the change's event comes after the check's last sync, then the quiet time
    await settle();
    expect(summaries).toHaveLength(2);
    expect(summaries[1].counts.missing).toBe(1);
    await stop();
  });

  it('reports a check that fails in plain words, and keeps watching', async () => {
    await loadEveryRegion(double);
    const { errors, stop } = await watchedActuals({ today: TODAY, debounceMs: 50 });
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK.slice(0, 2));
    double.protectSheet(SHEET);
    await jest.advanceTimersByTimeAsync(50);
    await settle();
    expect(errors).toEqual([
      'The sheet RRP Actuals is protected, so the add-in cannot write the result of each check. Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.',
    ]);
    await stop();
  });

  /** A watch started on a loaded workbook, with what it reports. */
  async function watching(): ReturnType<typeof watchedActuals> {
    await loadEveryRegion(double);
    return watchedActuals({ today: TODAY, debounceMs: 50 });
  }

  it('stops by itself when RRP Actuals is deleted: says so once, drops its handlers, writes nothing, checks nothing after', async () => {
    const { summaries, errors, stopped, stop } = await watching();
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK.slice(0, 2)); // a check is due when the table goes
    double.resetStats();
    await double.Excel.run(async (context) => context.workbook.tables.getItem('RRPActuals').delete()); // as the analyst would
    const afterDeletion = double.snapshot();
    expect(stopped).toEqual([]); // Excel raises the event after the batch
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(stopped).toEqual([ACTUALS_DELETED]);
    expect(double.eventHandlerCount).toBe(0);
    expect(double.syncCount).toBe(2); // the deletion's, then one that drops the handlers
    expect(double.syncLog()[1]).toMatchObject({ rowsRead: 0, rowsWritten: 0, requestBytes: 0 });
    expect(double.snapshot()).toEqual(afterDeletion);
    expect(summaries).toEqual([]); // the check that was due is not made

    double.resetStats();
    double.setCells(SHEET, 'A2:D2', [['YH', 'EMP_6W', 'Oct 2023', 0.2]]);
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    await stop(); // nothing left to stop
    expect(double.syncCount).toBe(0);
    expect(stopped).toHaveLength(1);
    expect(summaries).toEqual([]);
    expect(errors).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
  });

  it('stops by itself when the sheet of RRP Actuals is deleted, and then checks nothing', async () => {
    const { summaries, errors, stopped } = await watching();
    double.deleteSheet(SHEET); // Excel documents the sheet's deleted event for this, not the table's
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(stopped).toEqual([ACTUALS_DELETED]);
    expect(double.eventHandlerCount).toBe(0);
    expect(summaries).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps watching when another table or sheet is deleted', async () => {
    const { summaries, stopped, stop } = await watching();
    double.addSheet('Notes');
    double.deleteSheet('Notes');
    await double.Excel.run(async (context) => context.workbook.tables.getItem('RRPTargets').delete());
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(stopped).toEqual([]);
    expect(double.eventHandlerCount).toBe(3);
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK.slice(0, 2));
    await jest.advanceTimersByTimeAsync(50);
    await settle();
    expect(summaries).toHaveLength(1);
    await stop();
    expect(double.eventHandlerCount).toBe(0);
  });

  it('says in plain words when there is no actuals table to watch', async () => {
    const error = await layerError(
      watchActuals(
        () => undefined,
        () => undefined,
        () => undefined,
      ),
    );
    expect(error.message).toBe(NO_ACTUALS_TABLE);
  });
});

describe('appending imported rows', () => {
  it('fills the blank row of a new table, then appends, never replacing, with the same checks', async () => {
    await loadEveryRegion(double);
    await checkActualsInWorkbook(TODAY); // the blank row now says "Empty row": still the placeholder
    double.resetStats();
    const first = await appendActuals(
      [
        actualsRow('YH', 'EMP_6W', 'Apr-23', '17.5%'),
        actualsRow('KSS', 'EMP_6W', '2023-09', '0.18', { Note: CMD }),
        actualsRow('Londn', 'EMP_6W', 'Sep 2023', '0.2'),
      ],
      TODAY,
    );
    expect(double.syncCount).toBe(1 + 1 + 1); // layout, add, write: the added rows are not read back, and there were none above them
    expect(double.table('RRPActuals')?.rowCount).toBe(3);
    const rows = double.tableRows('RRPActuals');
    // Imported text stays exactly the text given: not a date, a number or a formula.
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['YH', 'EMP_6W', 'Apr-23', '17.5%', '', '', ''],
      ['KSS', 'EMP_6W', '2023-09', '0.18', '', '', CMD],
      ['Londn', 'EMP_6W', 'Sep 2023', '0.2', '', '', ''],
    ]);
    // The Note is a Text column: the text goes in as it is (an apostrophe would be part of the value there).
    expect(double.cell(SHEET, 'G3')).toEqual({ value: CMD, numberFormat: '@' });
    expect(
      double
        .formulas(SHEET, 'A2:G4')
        .flat()
        .some((f) => String(f).startsWith('=') && f !== CMD),
    ).toBe(false);
    expect(rows[0].slice(7)).toEqual(['OK', 'YH', 'EMP_6W', APR_2023, 0.175]);
    expect(rows[1].slice(7)).toEqual(['OK', 'KSS', 'EMP_6W', SEP_2023, 0.18]);
    expect(String(rows[2][7])).toMatch(/^Region "Londn" is not recognised\. Did you mean London/);
    expect(first).toMatchObject({ rowCount: 3, counts: { ok: 2, warnings: 0, errors: 1, missing: 0 } });

    const before = analystCells();
    double.resetStats();
    const second = await appendActuals(
      [
        actualsRow('Yorkshire and the Humber', 'EMP_6W', APR_2023, 0.175),
        actualsRow('WAL', 'EMP_6W', '2023-10', 'n/a'),
      ],
      TODAY,
    );
    expect(double.syncCount).toBe(1 + 1 + 1 + 1); // layout, add, read the 3 rows above, write
    // The layout sync reads the header and the first row (is it the blank one?) and finds RRP Progress; then the 3 rows above come with RRP Progress's header and 20 rows.
    expect(double.syncLog().map((s) => s.rowsRead)).toEqual([1 + 1, 0, 3 + 1 + 20, 0]);
    const after = double.tableRows('RRPActuals');
    expect(after).toHaveLength(5);
    expect(cellsOf(SHEET, 7)).toEqual(expect.arrayContaining(before as unknown[]));
    expect(after[3].slice(7)).toEqual(['Note: same as row 1; counted once.', '', '', '', '']);
    expect(after[4][7]).toBe('No value given ("n/a"): the row is kept but not used.');
    expect(second.problems.map((p) => p.row)).toEqual([3, 4, 5]);
    expect(second.progress).toEqual(await readProgress(TODAY));
    // The rows taken from memory were checked as Excel holds them: a check that reads every row agrees.
    expect(await checkActualsInWorkbook(TODAY)).toEqual(second);
  });

  it('keeps a single row that has data, and adds after it', async () => {
    await loadEveryRegion(double);
    double.pasteCells(SHEET, 'A2', [['YH', 'EMP_6W', SEP_2023, 0.175, '', '', '']]);
    await appendActuals([actualsRow('YH', 'EMP_6W', '2023-10', '18%')], TODAY);
    expect(double.tableRows('RRPActuals').map((r) => r.slice(0, 4))).toEqual([
      ['YH', 'EMP_6W', SEP_2023, 0.175],
      ['YH', 'EMP_6W', '2023-10', '18%'],
    ]);
  });

  it('adds a large import in blocks of at most 20,000 rows', async () => {
    await loadEveryRegion(double);
    const rows = actualsRecords(sampleActualsRows(45_000));
    double.resetStats();
    const summary = await appendActuals(rows, TODAY);
    expect(summary.rowCount).toBe(45_000);
    expect(double.syncCount).toBe(1 + 3 + 3); // layout, 3 blocks added, 3 written: nothing read back
    // Each block writes its rows, then their Note cells as Text: at most twice BLOCK_ROWS rows of values, within the payload budget.
    expect(
      double
        .syncLog()
        .every(
          (s) => s.rowsRead <= BLOCK_ROWS && s.rowsWritten <= 2 * BLOCK_ROWS && s.requestBytes <= PAYLOAD_BUDGET_BYTES,
        ),
    ).toBe(true);
    expect(double.table('RRPActuals')?.rowCount).toBe(45_000);
    expect(await checkActualsInWorkbook(TODAY)).toEqual(summary);
  }, 60_000);

  it('refuses nothing to add, a protected sheet and a missing table in plain words', async () => {
    await expect(appendActuals([], TODAY)).rejects.toThrow('There are no rows to add to RRP Actuals.');
    expect((await layerError(appendActuals([actualsRow('YH', 'EMP_6W', '2023-10', '18%')], TODAY))).message).toBe(
      NO_ACTUALS_TABLE,
    );
    await loadEveryRegion(double);
    double.protectSheet(SHEET);
    const before = double.snapshot();
    const error = await layerError(appendActuals([actualsRow('YH', 'EMP_6W', '2023-10', '18%')], TODAY));
    expect(error.code).toBe('SheetProtected');
    expect(error.message).toBe(
      'The sheet RRP Actuals is protected, so the add-in cannot add the rows. Nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.',
    );
    expect(double.snapshot()).toEqual(before);
  });
});

describe('refusals when checking', () => {
  it('says to load the plan first when there is no actuals table', async () => {
    const error = await layerError(checkActualsInWorkbook(TODAY));
    expect(error.message).toBe('There is no RRP Actuals table yet: load the plan data first.');
    expect(double.syncCount).toBe(1);
  });

  it('changes nothing on a protected sheet', async () => {
    await loadEveryRegion(double);
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK);
    double.protectSheet(SHEET);
    const before = double.snapshot();
    double.resetStats();
    const error = await layerError(checkActualsInWorkbook(TODAY));
    expect(error.code).toBe('SheetProtected');
    expect(error.message).toContain('The sheet RRP Actuals is protected');
    expect(double.syncCount).toBe(1);
    expect(double.snapshot()).toEqual(before);
  });

  it('names a column the analyst renamed', async () => {
    await loadEveryRegion(double);
    double.setCells(SHEET, 'D1', [['Percent']]);
    const error = await layerError(checkActualsInWorkbook(TODAY));
    expect(error.message).toBe(
      'The RRP Actuals table has no Value column. Its first columns should be Region, Metric, Month, Value, Numerator, Denominator, Note: give the column its name back and try again.',
    );
  });
});

describe('progress for the pane, from the domain', () => {
  it('works progress out from the actuals, whatever the calculated cells say, in two syncs', async () => {
    await loadEveryRegion(double);
    double.pasteCells(SHEET, 'A2', [
      ['Y&H', 'EMP_6W', 'Aug 2023', '17.2%', '', '', ''],
      ['Yorkshire and The Humber', '6 week employment', '2023-09', 17.5, '', '', ''],
      ['SC', 'SETTLED_3M', 'Oct 2023', 0.7, '', '', ''],
      ['SC', 'SETTLED_3M', 'Oct 2023', 0.9, '', '', ''],
      ['KSS', 'EMP_6M', 'Apr 2023', '', 10, 100, ''],
      ['KSS', 'EMP_6M', 'May 2023', '', 60, 300, ''],
    ]);
    double.simulateCalculation(
      'RRP Progress',
      'G2:L21',
      Array.from({ length: 20 }, () => ['#BUSY!', '#BUSY!', '#BUSY!', '#BUSY!', '#BUSY!', '#BUSY!']),
    );
    double.resetStats();
    const items = await readProgress(TODAY);
    expect(double.syncCount).toBe(2);
    expect(double.loadedProperties()).toEqual(['Range.rowCount', 'Range.values']); // no sheet, protection or position: nothing is written
    expect(items).toHaveLength(20);
    const item = (region: string, metric: string) => items.find((i) => i.region === region && i.metric === metric);
    const yh = item('YH', 'EMP_6W');
    expect(yh).toMatchObject({ edition: 2023, status: 'At risk', latestMonth: 'September 2023', gapToTarget: 0.015 });
    expect(yh?.latestActual).toBeCloseTo(0.175, 12);
    expect(item('SC', 'SETTLED_3M')).toEqual({
      region: 'SC',
      metric: 'SETTLED_3M',
      edition: 2023,
      status: 'No actual yet',
    }); // a conflict is not used
    const kss = item('KSS', 'EMP_6M');
    expect(kss).toMatchObject({ latestMonth: 'May 2023', latestActual: 0.2 });
    expect(kss?.yearToDate).toMatchObject({ numerator: 70, denominator: 400, months: 2 });
    expect(kss?.yearToDate?.value).toBeCloseTo(0.175, 12);
    // Reading progress writes nothing.
    expect(double.tableRows('RRPActuals').every((r) => r[7] === '')).toBe(true);
  });

  it('shows no actual yet when the actuals table is gone', async () => {
    await loadEveryRegion(double);
    await double.Excel.run(async (context) => {
      context.workbook.tables.getItem('RRPActuals').convertToRange();
      await context.sync();
    });
    double.resetStats();
    const items = await readProgress(TODAY);
    expect(items).toHaveLength(20);
    expect(items.every((i) => i.status === 'No actual yet')).toBe(true);
    expect(double.syncCount).toBe(2);
  });
});

describe('an actuals table from before the add-in’s Used columns', () => {
  const OLD_HEADERS = ['Region', 'Metric', 'Month', 'Value', 'Numerator', 'Denominator', 'Note', 'Check'];

  /** RRP Actuals as an earlier version of the add-in made it, with the analyst's rows. */
  async function oldWorkbook(): Promise<void> {
    double.addSheet(SHEET);
    double.setCells(SHEET, 'A1:H3', [
      OLD_HEADERS,
      ['YH', 'EMP_6W', SEP_2023, 0.175, '', '', 'first', 'OK'],
      ['Kent, Surrey and Sussex', 'EMP_6W', 'Oct 2023', '18%', '', '', '', 'old text'],
    ]);
    double.setCells(SHEET, 'N1', [['my notes, beside the table']]);
    await double.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem(SHEET).tables.add('A1:H3', true);
      table.name = 'RRPActuals';
      await context.sync();
    });
  }

  it('gets the missing columns at its right on the next load, every other cell as it was', async () => {
    await oldWorkbook();
    const before = cellsOf(SHEET, 8);
    double.resetStats();
    const report = await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: 'latest' });
    expect(double.syncCount).toBe(3); // the names, then (the tables being there) their columns and room, then the writes
    expect(double.table('RRPActuals')).toMatchObject({
      address: "'RRP Actuals'!A1:L3",
      headers: [...OLD_HEADERS, 'Used region', 'Used metric', 'Used month', 'Used value'],
    });
    expect(cellsOf(SHEET, 8)).toEqual(before);
    expect(double.values(SHEET, 'I2:L3')).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(double.numberFormats(SHEET, 'I2:L3')).toEqual([
      ['General', 'General', 'mmm yyyy', '0.0%'],
      ['General', 'General', 'mmm yyyy', '0.0%'],
    ]);
    expect(double.conditionalFormats(SHEET).map((cf) => cf.address)).toEqual(Array(3).fill("'RRP Actuals'!H2:H3"));
    expect(report.changes).toContain(
      'Added the columns Used region, Used metric, Used month and Used value at the right of RRP Actuals: the add-in fills them when it checks your rows, and RRP Progress reads them. Your rows were not changed. Check actuals to bring RRP Progress up to date.',
    );
    expect(double.values(SHEET, 'N1')).toEqual([['my notes, beside the table']]);

    await checkActualsInWorkbook(TODAY);
    expect(double.tableRows('RRPActuals').map((r) => r.slice(7))).toEqual([
      ['OK', 'YH', 'EMP_6W', SEP_2023, 0.175],
      ['OK', 'KSS', 'EMP_6W', OCT_2023, 0.18],
    ]);
    expect(cellsOf(SHEET, 7)).toEqual((before as [string, unknown][]).filter(([key]) => Number(key.split(',')[1]) < 7));

    // Loading again adds nothing more.
    await loadEveryRegion(double);
    expect(double.table('RRPActuals')?.headers).toHaveLength(12);
    expect(double.conditionalFormats(SHEET)).toHaveLength(3);
  });

  it('is not changed at all when its sheet is protected: the load stops first', async () => {
    await oldWorkbook();
    double.protectSheet(SHEET);
    const before = double.snapshot();
    const error = await layerError(loadPlanIntoWorkbook({ regions: ['YH'], editions: 'latest' }));
    expect(error.code).toBe('SheetProtected');
    expect(error.message).toContain('The sheet RRP Actuals is protected, so the plan was not loaded');
    expect(double.snapshot()).toEqual(before);
  });
});

describe('going to a row, reading the selection', () => {
  it('selects a data row of RRP Actuals in two syncs, and explains a row that is not there', async () => {
    await loadEveryRegion(double);
    double.pasteCells(SHEET, 'A2', MIXED_BLOCK);
    double.setActiveCell('Sheet1', 'B2');
    double.resetStats();
    await selectActualsRow(7);
    expect(double.syncCount).toBe(2);
    expect(double.activeSheetName()).toBe(SHEET);
    expect(double.selectionAddress()).toBe("'RRP Actuals'!A8:L8");
    expect((await layerError(selectActualsRow(13))).message).toBe(
      'RRP Actuals has 12 rows, so there is no row 13. Check actuals again to bring the list up to date.',
    );
    expect((await layerError(selectActualsRow(0))).message).toBe(
      'There is no row 0 in RRP Actuals: rows are numbered from 1.',
    );
  });

  it('reads the selected block, cut down to the filled part of whole columns, in two syncs', async () => {
    double.setCells('Sheet1', 'B3:E5', [
      ['Region', 'Metric', 'Apr-23', 45047],
      ['KSS', 'EMP_6W', 0.16, "'16.5%"], // typed as text (16.5% alone would be the number 0.165)
      ['YH', 'EMP_6W', true, ''],
    ]);
    double.selectRange('Sheet1', 'B1:E1048576');
    double.resetStats();
    expect(await readSelection()).toEqual([
      ['Region', 'Metric', 'Apr-23', 45047],
      ['KSS', 'EMP_6W', 0.16, '16.5%'],
      ['YH', 'EMP_6W', true, ''],
    ]);
    expect(double.syncCount).toBe(2);
    double.selectRange('Sheet1', 'C4');
    expect(await readSelection()).toEqual([['EMP_6W']]);
    double.selectRange('Sheet1', 'H10:J12');
    expect(await readSelection()).toEqual([]);
  });

  it('refuses a selection of more than 100,000 filled cells in plain words, without reading it', async () => {
    double.setCells('Sheet1', 'A1', [['Region']]);
    double.setCells('Sheet1', 'Z5000', [[1]]);
    double.selectRange('Sheet1', 'A1:Z5000');
    double.resetStats();
    const error = await layerError(readSelection());
    expect(MAX_SELECTION_CELLS).toBe(100_000);
    expect(error.message).toBe(
      'The selection has 130,000 filled cells; Import selection reads at most 100,000. Select just the block to import: its header row and the rows under it.',
    );
    expect(double.syncCount).toBe(1);
    expect(double.loadedProperties()).toEqual(['Range.columnCount', 'Range.rowCount']);
  });
});
