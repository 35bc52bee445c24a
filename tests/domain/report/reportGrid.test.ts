/** The RRP Report grid and reading it back, decided in the domain (no Excel, no double). */
import {
  commentaryKey,
  commentaryText,
  readOldReport,
  REPORT_COL,
  REPORT_COLUMNS,
  reportGrid,
  reportTitle,
} from '../../../src/domain/report';
import { reportMonth, reportRow } from '../../support/reportRow';

const month = reportMonth;
const row = reportRow({ notes: ['=not a formula'] });
const content = {
  month,
  madeAt: 45_000,
  rows: [row],
  regions: ['KSS', 'SC'] as const,
  editions: new Map([['KSS', { edition: 2023, picked: false }]] as const),
  commentary: new Map([[commentaryKey('KSS', 'EMP_6W', month), '=typed by the analyst']]),
  changes: undefined,
  kept: [{ region: 'SC', metric: 'EMP_6W', month: month - 1, text: 'Kept from May' } as const],
};

describe('reportGrid', () => {
  const grid = reportGrid(content);

  it('lays out title, headings, one line per row, counts and the kept commentary', () => {
    expect(grid.values[0][0]).toBe(reportTitle(month));
    expect(grid.values[grid.headerRow]).toEqual(REPORT_COLUMNS.map((c) => c.header));
    expect(grid.dataRows).toEqual([grid.headerRow + 1]);
    expect(grid.countRows).toEqual([grid.headerRow + 2]);
    expect(grid.headingRows).toHaveLength(2);
    expect(grid.values.every((cells) => cells.length === REPORT_COLUMNS.length)).toBe(true);
    expect(grid.formats).toHaveLength(grid.values.length);
  });

  it('makes the add-in text formula-safe and writes the commentary as typed', () => {
    const line = grid.values[grid.dataRows[0]];
    expect(line[REPORT_COL.notes]).toBe("'=not a formula");
    expect(line[REPORT_COL.commentary]).toBe('=typed by the analyst');
  });

  it('reads its own figures and every commentary back', () => {
    const old = readOldReport(grid.values);
    expect(old.ours).toBe(true);
    expect(old.figures).toEqual([
      { month, region: 'KSS', metric: 'EMP_6W', status: 'On track', actual: 0.18, actualMonth: month },
    ]);
    expect(old.commentary).toEqual(
      new Map([
        [commentaryKey('KSS', 'EMP_6W', month), '=typed by the analyst'],
        [commentaryKey('SC', 'EMP_6W', month - 1), 'Kept from May'],
      ]),
    );
  });

  it("is not the add-in's when the title is not, and reads Excel's TRUE as the analyst typed it", () => {
    expect(readOldReport([['My own notes']]).ours).toBe(false);
    expect(readOldReport([]).ours).toBe(true);
    expect(commentaryText(true)).toBe('TRUE');
  });
});
