/** The Excel double itself: Office.js's load/sync rules, failed batches, typing rules, tables and records. */
import { createExcelDouble, DoubleError } from './excelDouble';

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DoubleError) return error.code;
    throw error;
  }
  throw new Error('expected the promise to reject');
};

describe('load and sync', () => {
  it('makes a property readable only after load() and a sync', async () => {
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.name).toBe('Sheet1');
      expect(() => sheet.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(double.loadedProperties()).toEqual(['Worksheet.name']);
  });

  it('loads collections and navigation paths, and shows values as they were at the sync', async () => {
    const double = createExcelDouble();
    double.addSheet('Notes');
    double.protectSheet('Notes');
    await double.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([['Sheet1', false], ['Notes', true]]);
      context.workbook.worksheets.add('Later');
      await context.sync();
      expect(sheets.items).toHaveLength(2);
    });
    expect(double.loadedProperties()).toEqual(['Worksheet.name', 'WorksheetProtection.protected']);
  });

  it('counts every sync, including the one Excel.run makes for work still queued at the end', async () => {
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      await context.sync();
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(double.syncCount).toBe(3);
    expect(double.values('Sheet1', 'A1')).toEqual([[1]]);
  });

  it('tells null objects apart after the sync', async () => {
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const there = context.workbook.tables.getItemOrNullObject('Nope');
      const sheet = context.workbook.worksheets.getItemOrNullObject('sheet1');
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect([missing.isNullObject, there.isNullObject, sheet.isNullObject]).toEqual([true, true, false]);
    });
  });
});

describe('failed batches', () => {
  it('rejects at sync (not when queued), applies nothing after the failing operation and fulfils no load', async () => {
    const double = createExcelDouble();
    const code = await codeOf(
      double.Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const added = sheets.add('Extra');
        sheets.add('SHEET1'); // names are compared without case
        added.getRange('A1').values = [['after the failure']];
        const names = sheets.load('items/name');
        await context.sync();
        return names;
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
    expect(double.sheetNames()).toEqual(['Sheet1', 'Extra']); // Office.js batches are not transactions
    expect(double.values('Extra', 'A1')).toEqual([['']]);
  });

  it('refuses writes to a protected sheet with AccessDenied', async () => {
    const double = createExcelDouble();
    double.protectSheet('Sheet1');
    const code = await codeOf(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['x']];
        await context.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(double.values('Sheet1', 'B2')).toEqual([['']]);
  });

  it('rejects arrays of the wrong size and unknown items', async () => {
    const double = createExcelDouble();
    const write = double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await context.sync();
    });
    expect(await codeOf(write)).toBe('InvalidArgument');
    const missing = double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope');
      await context.sync();
    });
    expect(await codeOf(missing)).toBe('ItemNotFound');
  });
});

describe('cell input', () => {
  it('takes input as Excel takes typing: formulas, apostrophes, Text format, numbers', async () => {
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B1').numberFormat = [['@']];
      sheet.getRange('A1:A6').values = [['=1+2'], ["'=1+2"], ['-x'], ['12.5'], ["'007"], ['plain']];
      sheet.getRange('B1').values = [['=SUM(A1)']];
      await context.sync();
    });
    expect(double.formulas('Sheet1', 'A1:A6')).toEqual([['=1+2'], ['=1+2'], ['=-x'], [12.5], ['007'], ['plain']]);
    expect(double.cell('Sheet1', 'A1')?.formula).toBe('=1+2');
    expect(double.cell('Sheet1', 'A2')).toEqual({ value: '=1+2', apostrophe: true });
    expect(double.cell('Sheet1', 'B1')).toEqual({ value: '=SUM(A1)', numberFormat: '@' });
    double.simulateCalculation('Sheet1', 'A1', [[3]]);
    expect(double.values('Sheet1', 'A1')).toEqual([[3]]);
  });
});

describe('tables, conditional formats and validation', () => {
  it('keeps table names unique in the workbook and grows tables by rows.add', async () => {
    const double = createExcelDouble();
    double.addSheet('Other');
    double.setCells('Sheet1', 'A1:B1', [['Name', 'Value']]);
    await double.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B1', true);
      table.name = 'People';
      table.rows.add(null, [['Ann', 1], ['Bob', 2]]);
      const count = table.rows.getCount();
      const body = table.columns.getItem('Value').getDataBodyRange().load('address,values');
      await context.sync();
      expect(count.value).toBe(3); // the blank row Excel adds to a header-only table, then two
      expect(body.address).toBe('Sheet1!B2:B4');
      expect(body.values).toEqual([[''], [1], [2]]);
    });
    const clash = double.Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem('Other');
      other.getRange('A1').values = [['H']];
      other.tables.add('A1:A2', true).name = 'PEOPLE';
      await context.sync();
    });
    expect(await codeOf(clash)).toBe('ItemAlreadyExists');
    expect(double.tables().map((t) => [t.name, t.sheet, t.address])).toEqual([['People', 'Sheet1', 'Sheet1!A1:B4'], ['Table2', 'Other', 'Other!A1:A2']]);
  });

  it('records conditional formats and validation rules with their ranges', async () => {
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('C2:C9');
      const cf = range.conditionalFormats.add(double.Excel.ConditionalFormatType.containsText);
      cf.textComparison.format.fill.color = '#C6EFCE';
      cf.textComparison.rule = { operator: 'BeginsWith', text: 'Met' };
      range.dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } };
      await context.sync();
    });
    expect(double.conditionalFormats('Sheet1')).toEqual([
      { type: 'ContainsText', address: 'Sheet1!C2:C9', box: { row: 1, col: 2, rows: 8, cols: 1 }, rule: { operator: 'BeginsWith', text: 'Met' }, fillColor: '#C6EFCE' },
    ]);
    expect(double.dataValidations('Sheet1')[0]).toMatchObject({ address: 'Sheet1!C2:C9', rule: { list: { inCellDropDown: true, source: 'a,b' } } });
  });
});
