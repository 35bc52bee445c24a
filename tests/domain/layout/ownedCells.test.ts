/** What a check writes into the add-in's columns of RRP Actuals, decided in the domain (no Excel, no double). */
import { checkActuals } from '../../../src/domain/actuals';
import { ownedCells } from '../../../src/domain/layout/ownedCells';
import { OWNED_HEADERS } from '../../../src/domain/layout/actualsColumns';
import { firstDaySerial, monthFromIso } from '../../../src/domain/months';

describe('ownedCells', () => {
  it('fills the Used cells only for the rows the check uses', () => {
    const result = checkActuals(
      [
        { Region: 'KSS', Metric: 'EMP_6W', Month: 'Mar 2023', Value: 16.5, Numerator: '', Denominator: '', Note: '' },
        {
          Region: 'Nowhere',
          Metric: 'EMP_6W',
          Month: 'Mar 2023',
          Value: 16.5,
          Numerator: '',
          Denominator: '',
          Note: '',
        },
      ],
      { today: { year: 2024, month: 6 } },
    );
    const cells = ownedCells(result);
    expect(cells.map((row) => row.length)).toEqual([OWNED_HEADERS.length, OWNED_HEADERS.length]);
    expect(cells[0].slice(1)).toEqual(['KSS', 'EMP_6W', firstDaySerial(monthFromIso('2023-03')), 0.165]);
    expect(cells[1].slice(1)).toEqual(['', '', '', '']);
    expect(cells[1][0]).toBe(result.rows[1].message);
  });
});
