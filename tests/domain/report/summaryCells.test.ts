/** RRP Summary's cells, decided in the domain (no Excel, no double). */
import { firstDaySerial, monthFromIso } from '../../../src/domain/months';
import { summaryCells, type SummaryTable } from '../../../src/domain/report';

describe('summaryCells', () => {
  it('writes the month as a date with its format, and every text formula-safe', () => {
    const month = monthFromIso('2024-06');
    const summary: SummaryTable = {
      month,
      header: ['Region', 'Month', 'A: variation', 'A: assurance'],
      rows: [{ region: 'KSS', name: 'Kent, Surrey and Sussex', cells: ['-', 'Passes the target'] }],
    };
    expect(summaryCells(summary)).toEqual({
      lines: [['Kent, Surrey and Sussex', firstDaySerial(month), "'-", 'Passes the target']],
      formats: ['General', 'mmm yyyy', 'General', 'General'],
    });
  });
});
