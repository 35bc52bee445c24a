/** RRP History's lines and the analyst's entries read back, decided in the domain (no Excel, no double). */
import { firstDaySerial, monthFromIso } from '../../../src/domain/months';
import {
  commentaryKey,
  HISTORY_COL,
  HISTORY_COLUMNS,
  historyCommentary,
  historyLine,
  historyPeriodMarks,
  periodKey,
  SERIES_BREAK_MARK,
} from '../../../src/domain/report';

const header = HISTORY_COLUMNS.map((c) => c.header);
const m = monthFromIso;

describe('historyLine', () => {
  it('has one cell per column: dates as serials, add-in text formula-safe, commentary as typed', () => {
    const line = historyLine(
      { region: 'KSS', metric: 'EMP_6W', month: m('2024-04'), actual: 0.2, status: 'On track', note: '-2 points' },
      '=as typed',
      { newPeriod: '', mean: 0.19, lower: null, upper: 0.3, text: 'Common cause' },
    );
    expect(line).toHaveLength(HISTORY_COLUMNS.length);
    expect(line[HISTORY_COL.month]).toBe(firstDaySerial(m('2024-04')));
    expect(line[HISTORY_COL.lower]).toBe('');
    expect(line[header.indexOf('Note')]).toBe("'-2 points");
    expect(line[HISTORY_COL.commentary]).toBe('=as typed');
  });
});

describe("the analyst's entries in an earlier History", () => {
  const row = (month: string, newPeriod: string, commentary: unknown) => {
    const cells: unknown[] = header.map(() => '');
    cells[header.indexOf('Region')] = 'KSS';
    cells[header.indexOf('Metric')] = 'EMP_6W';
    cells[HISTORY_COL.month] = firstDaySerial(m(month));
    cells[header.indexOf('New period')] = newPeriod;
    cells[HISTORY_COL.commentary] = commentary;
    return cells;
  };
  const body = [row('2024-04', '', 'Why April'), row('2024-05', SERIES_BREAK_MARK, false), row('2024-06', 'Yes', '  ')];

  it('keeps the commentary by region, metric and month, blank cells left out', () => {
    expect(historyCommentary(header, body)).toEqual(
      new Map([
        [commentaryKey('KSS', 'EMP_6W', m('2024-04')), 'Why April'],
        [commentaryKey('KSS', 'EMP_6W', m('2024-05')), 'FALSE'],
      ]),
    );
    expect(historyCommentary(['Region'], body)).toEqual(new Map());
  });

  it("keeps the New period entries, but not the add-in's own series break", () => {
    expect(historyPeriodMarks(header, body)).toEqual(new Map([[periodKey('KSS', 'EMP_6W', m('2024-06')), 'Yes']]));
  });
});
