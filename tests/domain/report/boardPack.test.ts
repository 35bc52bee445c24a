/** The board pack made from RRP Report's and RRP History's cells, decided in the domain (no Excel, no double). */
import { firstDaySerial, monthFromIso } from '../../../src/domain/months';
import {
  boardPackFileName,
  boardPackOf,
  HISTORY_COLUMNS,
  REPORT_COL,
  REPORT_STATUS_COLOURS,
  reportGrid,
  type SheetValue,
} from '../../../src/domain/report';
import { reportMonth, reportRow } from '../../support/reportRow';

const month = reportMonth;
const row = reportRow();
const grid = reportGrid({
  month,
  madeAt: 45_000,
  rows: [row],
  regions: ['KSS'],
  editions: new Map(),
  commentary: new Map(),
  changes: [],
  kept: [],
});
const historyHeader = HISTORY_COLUMNS.map((c) => c.header);
const historyRow = (iso: string, actual: number): SheetValue[] =>
  historyHeader.map((h) =>
    h === 'Region'
      ? 'KSS'
      : h === 'Metric'
        ? 'EMP_6W'
        : h === 'Month'
          ? firstDaySerial(monthFromIso(iso))
          : h === 'Actual'
            ? actual
            : '',
  );

describe('boardPackOf', () => {
  const pack = boardPackOf(
    { name: 'RRP Report', values: grid.values, formats: grid.formats },
    {
      name: 'RRP History',
      values: [historyHeader, historyRow('2024-06', 0.18), historyRow('2024-05', 0.17)],
      formats: [],
    },
  );

  it("finds the report's month, regions and lines", () => {
    expect(pack.month).toBe(month);
    expect(pack.regions).toEqual(['KSS']);
    expect(pack.lines).toEqual([
      expect.objectContaining({ region: 'KSS', metric: 'EMP_6W', status: 'On track', actual: 0.18 }),
    ]);
  });

  it('colours each status cell as the report does, and repeats the headings row when printed', () => {
    const at = grid.dataRows[0];
    expect(pack.report.styles).toContainEqual(
      expect.objectContaining({ row: at, column: REPORT_COL.status, fill: REPORT_STATUS_COLOURS['On track'].fill }),
    );
    expect(pack.report.titleRow).toBe(grid.headerRow);
  });

  it('puts each series in month order, whatever order the analyst sorted History in', () => {
    expect(pack.series).toEqual([
      expect.objectContaining({ months: [monthFromIso('2024-05'), month], actuals: [0.17, 0.18] }),
    ]);
    expect(pack.history?.name).toBe('RRP History');
  });

  it('names the file by regions and month', () => {
    expect(boardPackFileName({ month: monthFromIso('2023-03'), regions: ['KSS', 'SC'] })).toBe(
      'board-pack-KSS-SC-2023-03.xlsx',
    );
  });
});
