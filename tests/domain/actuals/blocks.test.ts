import { checkActuals, rowsFromBlock, widenToRows, type CellValue } from '../../../src/domain/actuals';
import { serialOfDate } from '../../../src/domain/months';

const TODAY = { year: 2025, month: 7 };

describe('widenToRows', () => {
  it('turns months across into one row per non-blank cell', () => {
    const block: CellValue[][] = [
      ['Region', 'Metric', 'Apr-23', 'May 2023', serialOfDate(2023, 6, 1), '2023-07'],
      ['London', 'EMP_6W', 0.1, '', '12%', null],
      ['KSS', '6 week employment', '  ', 'TBC', 0.2, 0.3],
    ];
    const wide = widenToRows(block);
    expect(wide.layout).toBe('wide');
    expect(wide.problems).toEqual([]);
    expect(wide.rows).toEqual([
      { Region: 'London', Metric: 'EMP_6W', Month: 'Apr-23', Value: 0.1, Numerator: '', Denominator: '', Note: '' },
      {
        Region: 'London',
        Metric: 'EMP_6W',
        Month: serialOfDate(2023, 6, 1),
        Value: '12%',
        Numerator: '',
        Denominator: '',
        Note: '',
      },
      {
        Region: 'KSS',
        Metric: '6 week employment',
        Month: 'May 2023',
        Value: 'TBC',
        Numerator: '',
        Denominator: '',
        Note: '',
      },
      {
        Region: 'KSS',
        Metric: '6 week employment',
        Month: serialOfDate(2023, 6, 1),
        Value: 0.2,
        Numerator: '',
        Denominator: '',
        Note: '',
      },
      {
        Region: 'KSS',
        Metric: '6 week employment',
        Month: '2023-07',
        Value: 0.3,
        Numerator: '',
        Denominator: '',
        Note: '',
      },
    ]);
    expect(wide.origins).toEqual([
      { row: 1, column: 2 },
      { row: 1, column: 4 },
      { row: 2, column: 3 },
      { row: 2, column: 4 },
      { row: 2, column: 5 },
    ]);
    const check = checkActuals(wide.rows, { today: TODAY });
    expect(check.counts).toEqual({ ok: 4, warnings: 0, errors: 0, missing: 1 });
  });

  it('reports headers that are not months, in plain words, one note per kind, and skips their columns', () => {
    const block: CellValue[][] = [
      ['region', 'METRIC', 'Apr-23', 'Total', '', 'Octember 2023'],
      ['LDN', 'EMP_6W', 0.1, 0.5, 0.7, ''],
      ['KSS', 'EMP_6W', 0.1, 0.6, '', ''],
    ];
    const wide = widenToRows(block);
    expect(wide.rows).toHaveLength(2);
    expect(wide.ignoredColumns).toEqual(['Total', 'Octember 2023']);
    expect(wide.problems).toEqual([
      '2 headers are not months ("Total" (column 4) and "Octember 2023" (column 6)), so their 2 values were skipped. Month headers can be Excel dates or text such as "Apr-23", "2023-04" or "April 2023".',
      'Column 5 has no header, so its value was skipped. Month headers can be Excel dates or text such as "Apr-23", "2023-04" or "April 2023".',
    ]);
  });

  it('says when Region or Metric headers are missing, and makes no rows', () => {
    const wide = widenToRows([
      ['Area', 'Metric', 'Apr-23'],
      ['LDN', 'EMP_6W', 0.1],
    ]);
    expect(wide.rows).toEqual([]);
    expect(wide.missingColumns).toEqual(['Region']);
    expect(wide.problems[0]).toBe(
      'No Region column: the first row should hold headers such as Region, Metric, Apr-23, May-23, …',
    );
  });

  it('says when two headers are the same month', () => {
    const wide = widenToRows([
      ['Region', 'Metric', 'Apr-23', '2023-04'],
      ['LDN', 'EMP_6W', 0.1, 0.2],
    ]);
    expect(wide.problems).toEqual([
      'Headers "Apr-23" and "2023-04" (columns 3 and 4) are both April 2023; their values are checked as duplicates.',
    ]);
    expect(checkActuals(wide.rows, { today: TODAY }).counts.errors).toBe(2);
  });

  it('copies a Note column onto every row', () => {
    const wide = widenToRows([
      ['Region', 'Metric', 'Notes', 'Apr-23', 'May-23'],
      ['LDN', 'EMP_6W', 'provisional', 0.1, 0.2],
    ]);
    expect(wide.rows.map((r) => r.Note)).toEqual(['provisional', 'provisional']);
  });

  it('never throws on empty, ragged or odd blocks', () => {
    expect(widenToRows([]).problems[0]).toMatch(/^The selection is empty/);
    expect(widenToRows([[]]).problems[0]).toMatch(/^No Region and Metric column/);
    const ragged = widenToRows([
      ['Region', 'Metric', 'Apr-23', 'May-23'],
      ['LDN'],
      [],
      ['LDN', 'EMP_6W', 0.1, 0.2, 0.3, 0.4],
    ]);
    expect(ragged.rows).toHaveLength(2);
    // A formula-like header is reported safely.
    const formula = widenToRows([
      ['Region', 'Metric', '=HYPERLINK("x")'],
      ['LDN', 'EMP_6W', 0.1],
    ]);
    expect(formula.problems[0]).toMatch(/^No month columns/);
    expect(formula.problems[1].startsWith('Header "=HYPERLINK')).toBe(true);
    expect(formula.rows).toEqual([]);
  });
});

describe('rowsFromBlock', () => {
  it('reads a long block by header, in any column order and case', () => {
    const block = rowsFromBlock([
      ['value', ' MONTH ', 'Region', 'Metric', 'Extra'],
      [0.1, '2023-10', 'LDN', 'EMP_6W', 'x'],
      ['', '', '', '', ''],
    ]);
    expect(block.layout).toBe('long');
    expect(block.rows[0]).toEqual({
      Region: 'LDN',
      Metric: 'EMP_6W',
      Month: '2023-10',
      Value: 0.1,
      Numerator: '',
      Denominator: '',
      Note: '',
    });
    expect(block.ignoredColumns).toEqual(['Extra']);
    expect(block.missingColumns).toEqual(['Numerator', 'Denominator', 'Note']);
    expect(checkActuals(block.rows, { today: TODAY }).rows.map((r) => r.message)).toEqual([
      'OK',
      'Empty row: nothing to check.',
    ]);
  });

  it('reads a block without Month but with month headers as wide', () => {
    const block = rowsFromBlock([
      ['Region', 'Metric', 'Apr-23'],
      ['LDN', 'EMP_6W', 0.1],
    ]);
    expect(block.layout).toBe('wide');
    expect(block.rows).toHaveLength(1);
  });

  it('reports a repeated column of a wide block once', () => {
    const block = rowsFromBlock([
      ['Region', 'Metric', 'Region', 'Apr-23'],
      ['LDN', 'EMP_6W', 'KSS', 0.1],
    ]);
    expect(block.layout).toBe('wide');
    expect(block.problems).toEqual([
      'There are two Region columns ("Region" (column 1) and "Region" (column 3)); the first is used.',
    ]);
    expect(block.ignoredColumns).toEqual(['Region']);
    expect(block.rows).toEqual([
      { Region: 'LDN', Metric: 'EMP_6W', Month: 'Apr-23', Value: 0.1, Numerator: '', Denominator: '', Note: '' },
    ]);
  });

  it('says which required columns are missing', () => {
    const block = rowsFromBlock([
      ['Region', 'Metric', 'Value'],
      ['LDN', 'EMP_6W', 0.1],
    ]);
    expect(block.problems).toEqual([
      'No Month column. The first row should hold the headers Region, Metric, Month, Value, Numerator, Denominator, Note (or Region, Metric and one column per month).',
    ]);
  });
});
