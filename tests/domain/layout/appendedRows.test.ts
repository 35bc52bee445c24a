/** Rows added to RRP Actuals as cells, decided in the domain (no Excel, no double). */
import type { ActualsRow } from '../../../src/domain/actuals';
import { heldRow, isBlankRow, rowFormats, tableRow } from '../../../src/domain/layout/appendedRows';

const row: ActualsRow = {
  Region: 'KSS',
  Metric: '=EMP_6W',
  Month: 'Apr-23',
  Value: 16.5,
  Numerator: null,
  Denominator: Number.NaN,
  Note: '=a note',
};
const columns = {
  headers: ['Note', 'Region', 'Mine', 'Metric', 'Month', 'Value', 'Numerator', 'Denominator', 'Check'],
  analyst: { Note: 0, Region: 1, Metric: 3, Month: 4, Value: 5, Numerator: 6, Denominator: 7 },
  owned: { Check: 8 },
};

describe('rows added to RRP Actuals', () => {
  it('keeps text exact (an apostrophe, but not in the Text Note), blank in columns of the analyst and the add-in', () => {
    expect(tableRow(columns, row)).toEqual(['=a note', "'KSS", '', "'=EMP_6W", "'Apr-23", 16.5, '', "'NaN", '']);
  });

  it("gives each column its format: the Note Text, General for the analyst's own", () => {
    expect(rowFormats(columns)).toEqual(['@', 'General', 'General', 'General', 'mmm yyyy', '0.0%', '0', '0', '@']);
  });

  it('reads a written row back as Excel holds it, without the Note', () => {
    expect(heldRow(row)).toMatchObject({ Region: 'KSS', Metric: '=EMP_6W', Month: 'Apr-23', Value: 16.5, Note: '' });
  });

  it("counts a row blank when only the add-in's columns hold something", () => {
    expect(isBlankRow(columns, ['', null, '', '', '', '', '', '', 'Missing region'])).toBe(true);
    expect(isBlankRow(columns, ['x', null, '', '', '', '', '', '', ''])).toBe(false);
  });
});
