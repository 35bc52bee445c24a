/** The Excel double itself: Office.js's load/sync rules, failed batches, typing rules, tables and records. */
import { rejectionCode } from '../support/doubleError';
import { createExcelDouble } from './';
import type { DoubleTable } from './table';

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
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ['Sheet1', false],
        ['Notes', true],
      ]);
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

  it('fails a batch that reads or writes through a null object, with InvalidObjectPath, as Office.js documents only isNullObject on it', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1:B2', [
      ['a', 'b'],
      [1, 2],
    ]);
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true).name = 'There';
      await context.sync();
    });
    double.resetStats();
    const throughNull = [
      (t: DoubleTable) => void t.getRange().load('address'),
      (t: DoubleTable) => void t.getHeaderRowRange().load('values'),
      (t: DoubleTable) => void t.columns.load('items/name'),
      (t: DoubleTable) => void t.worksheet.load('name'),
      (t: DoubleTable) => void (t.name = 'Renamed'),
    ];
    for (const use of throughNull) {
      const code = await rejectionCode(
        double.Excel.run(async (context) => {
          use(context.workbook.tables.getItemOrNullObject('Nope'));
          await context.sync();
        }),
      );
      expect(code).toBe('InvalidObjectPath');
    }
    // Learning what exists first, then touching only that, works.
    await double.Excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject('Nope').load('name');
      const there = context.workbook.tables.getItemOrNullObject('there');
      await context.sync();
      expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
      expect(() => missing.name).toThrow();
      const range = there.getRange().getCell(0, 0).getResizedRange(2, 2).load('address');
      await context.sync();
      expect(range.address).toBe('Sheet1!A1:C3');
    });
  });
});

describe('failed batches', () => {
  it('rejects at sync (not when queued), applies nothing after the failing operation and fulfils no load', async () => {
    const double = createExcelDouble();
    const code = await rejectionCode(
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
    const code = await rejectionCode(
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
    expect(await rejectionCode(write)).toBe('InvalidArgument');
    const missing = double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope');
      await context.sync();
    });
    expect(await rejectionCode(missing)).toBe('ItemNotFound');
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
      table.rows.add(undefined, [
        ['Ann', 1],
        ['Bob', 2],
      ]);
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
    expect(await rejectionCode(clash)).toBe('ItemAlreadyExists');
    expect(double.tables().map((t) => [t.name, t.sheet, t.address])).toEqual([
      ['People', 'Sheet1', 'Sheet1!A1:B4'],
      ['Table2', 'Other', 'Other!A1:A2'],
    ]);
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
      {
        type: 'ContainsText',
        address: 'Sheet1!C2:C9',
        box: { row: 1, col: 2, rows: 8, cols: 1 },
        rule: { operator: 'BeginsWith', text: 'Met' },
        fillColor: '#C6EFCE',
      },
    ]);
    expect(double.dataValidations('Sheet1')[0]).toMatchObject({
      address: 'Sheet1!C2:C9',
      rule: { list: { inCellDropDown: true, source: 'a,b' } },
    });
  });
});

describe('growing tables', () => {
  /** Sheet1!A1:B2: a table "People" with a Text-formatted Note column and a rule on its data. */
  async function people(double: ReturnType<typeof createExcelDouble>): Promise<void> {
    double.setCells('Sheet1', 'A1:B1', [['Name', 'Note']]);
    await double.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B1', true);
      table.name = 'People';
      table.getDataBodyRange().numberFormat = [['General', '@']];
      table.columns.getItem('Note').getDataBodyRange().conditionalFormats.add('Custom').custom.rule.formulaR1C1 =
        '=RC<>""';
      await context.sync();
    });
  }

  it('takes a paste that runs past its end, with the column formats and whole-column rules', async () => {
    const double = createExcelDouble();
    await people(double);
    double.pasteCells('Sheet1', 'A2', [
      ['Ann', '=not a formula'],
      ['Bob', '-x'],
    ]);
    expect(double.table('People')).toMatchObject({ address: 'Sheet1!A1:B3', rowCount: 2 });
    expect(double.formulas('Sheet1', 'B2:B3')).toEqual([['=not a formula'], ['-x']]); // Text format came down with the rows
    expect(double.conditionalFormats('Sheet1')).toEqual([
      {
        type: 'Custom',
        address: 'Sheet1!B2:B3',
        box: { row: 1, col: 1, rows: 2, cols: 1 },
        rule: { formulaR1C1: '=RC<>""' },
      },
    ]);
    double.fillTable(
      'People',
      [
        ['Cy', 'c'],
        ['Di', 'd'],
      ],
      2,
    );
    expect(double.tableRows('People')).toEqual([
      ['Ann', '=not a formula'],
      ['Bob', '-x'],
      ['Cy', 'c'],
      ['Di', 'd'],
    ]);
  });

  it('adds a named column at the end, taking over the empty column beside it', async () => {
    const double = createExcelDouble();
    await people(double);
    double.setCells('Sheet1', 'E1', [['not the table']]);
    await double.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('People');
      table.columns.add(undefined, undefined, 'Used');
      const used = table.columns.getItem('Used').getDataBodyRange().load('address');
      await context.sync();
      expect(used.address).toBe('Sheet1!C2');
    });
    expect(double.table('People')?.headers).toEqual(['Name', 'Note', 'Used']);
    expect(double.values('Sheet1', 'E1')).toEqual([['not the table']]);
  });
});

describe('used range and intersections', () => {
  it('cuts a selection of whole columns down to the used part, and gives a null object when nothing is shared', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'B2:C3', [
      ['a', 1],
      ['b', 2],
    ]);
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const used = sheet.getUsedRange(true);
      const part = sheet.getRange('C1:D1048576').getIntersectionOrNullObject(used).load('address');
      const none = sheet.getRange('F1:F9').getIntersectionOrNullObject(used);
      await context.sync();
      expect(part.address).toBe('Sheet1!C2:C3');
      expect(none.isNullObject).toBe(true);
    });
  });
});

/** Waits for a later task (a timer), when the double has delivered the change events of what ran before. */
const laterTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('change events', () => {
  it('raises table and sheet changes for the user’s and the API’s writes, after the sync, until removed', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1:B1', [['Name', 'Note']]);
    const seen: string[] = [];
    const registration = await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const table = sheet.tables.add('A1:B1', true);
      await context.sync();
      const added = table.onChanged.add(
        async (e) => void seen.push(`${e.type} ${e.address} ${e.changeType} ${e.source}`),
      );
      sheet.onChanged.add(async (e) => void seen.push(`${e.type} ${e.address}`));
      await context.sync();
      return added;
    });
    double.pasteCells('Sheet1', 'A2', [['Ann', 'x']]);
    expect(seen).toEqual([]); // handlers are called in a later task
    await Promise.resolve();
    expect(seen).toEqual([]);
    await laterTask();
    expect(seen).toHaveLength(2);
    await double.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('Table1');
      table.rows.add(undefined, [['Bob', 'y']]);
      table.getDataBodyRange().getCell(0, 1).values = [['z']];
      context.workbook.worksheets.getItem('Sheet1').getRange('D1').values = [['outside']];
      expect(seen).toHaveLength(2); // nothing is raised for writes still queued
      await context.sync();
      expect(seen).toHaveLength(2); // nor by the time the code after sync() runs: Excel raises them after the batch
    });
    await laterTask();
    expect(seen).toEqual([
      'TableChanged A2:B2 RangeEdited Local',
      'WorksheetChanged A2:B2',
      'TableChanged A3:B3 RowInserted Local',
      'WorksheetChanged A3:B3',
      'TableChanged B2 RangeEdited Local',
      'WorksheetChanged B2',
      'WorksheetChanged D1',
    ]);
    expect(double.eventHandlerCount).toBe(2);
    await double.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(double.eventHandlerCount).toBe(1);
    expect(double.eventErrors()).toEqual([]);
  });
});

describe('deleted events', () => {
  it("raises a table's deletion after the batch and a sheet's for the sheet alone, with Office.js's arguments, until removed", async () => {
    const double = createExcelDouble();
    double.addSheet('Data');
    double.setCells('Data', 'A1:B2', [
      ['Name', 'Note'],
      ['Ann', 'x'],
    ]);
    double.setCells('Data', 'D1:D2', [['Kept'], ['y']]);
    const seen: unknown[] = [];
    const { ids, results } = await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const first = sheet.tables.add('A1:B2', true);
      const second = sheet.tables.add('D1:D2', true);
      first.load('id');
      second.load('id');
      sheet.load('id');
      const added = [
        context.workbook.tables.onDeleted.add(async (e) => void seen.push({ ...e })),
        context.workbook.worksheets.onDeleted.add(async (e) => void seen.push({ ...e })),
      ];
      const changed = second.onChanged.add(async (e) => void seen.push(e.type));
      await context.sync();
      // Ids stay when a table is renamed, and are never names.
      first.name = 'Renamed';
      return { ids: { first: first.id, second: second.id, sheet: sheet.id }, results: [...added, changed] };
    });
    expect(new Set(Object.values(ids)).size).toBe(3);
    expect(Object.values(ids)).not.toContain('Renamed');
    expect(double.eventHandlerCount).toBe(3);

    await double.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('Renamed');
      table.load('id');
      table.delete();
      await context.sync();
      expect(table.id).toBe(ids.first);
      expect(seen).toEqual([]); // Excel raises it after the batch, not by the time the code after sync() runs
    });
    await laterTask();
    expect(seen).toEqual([
      { type: 'TableDeleted', tableId: ids.first, tableName: 'Renamed', worksheetId: ids.sheet, source: 'Local' },
    ]);
    expect(double.table('Renamed')).toBeUndefined();
    expect(double.values('Data', 'A1:B2')).toEqual([
      ['', ''],
      ['', ''],
    ]);

    // Deleting the sheet raises the sheet's event only: whether Excel raises its tables' too is not documented.
    seen.length = 0;
    double.deleteSheet('Data');
    await laterTask();
    expect(seen).toEqual([{ type: 'WorksheetDeleted', worksheetId: ids.sheet, source: 'Local' }]);
    expect(double.tables()).toEqual([]);

    await double.Excel.run(results[0].context, async (context) => {
      for (const result of results) result.remove();
      await context.sync();
    });
    expect(double.eventHandlerCount).toBe(0);
    seen.length = 0;
    double.addSheet('More');
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('More').tables.add('A1:A2', true).delete();
    });
    double.deleteSheet('More');
    await laterTask();
    expect(seen).toEqual([]);
    expect(double.eventErrors()).toEqual([]);
  });

  it("refuses a sheet's own table collection's onDeleted (not documented), and a deletion on a protected sheet", async () => {
    const double = createExcelDouble();
    const code = await rejectionCode(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').tables.onDeleted.add(async () => undefined);
        await context.sync();
      }),
    );
    expect(code).toBe('NotImplemented');
    double.setCells('Sheet1', 'A1', [['Name']]);
    await double.Excel.run(async (context) => void context.workbook.tables.add('A1:A2', true));
    double.protectSheet('Sheet1');
    const refused = await rejectionCode(
      double.Excel.run(async (context) => {
        context.workbook.tables.getItem('Table1').delete();
        await context.sync();
      }),
    );
    expect(refused).toBe('AccessDenied');
    expect(double.table('Table1')).toBeDefined();
  });
});

describe('payload size (Excel on the web refuses more than 5 MB)', () => {
  const text = (n: number) => 'x'.repeat(n);

  it('refuses a request over 5 MB whole, applying nothing, and measures every sync', async () => {
    const double = createExcelDouble();
    const code = await rejectionCode(
      double.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('Z1').values = [['first']];
        sheet.getRange('A1:A6000').values = Array.from({ length: 6000 }, () => [text(1000)]);
        await context.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(double.values('Sheet1', 'Z1')).toEqual([['']]);
    expect(double.syncLog()[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);

    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A4000').values = Array.from({ length: 4000 }, () => [
        text(1000),
      ]);
      await context.sync();
    });
    expect(double.syncLog()[1].requestBytes).toBeGreaterThan(4000 * 1000);
  });

  it('fails a sync whose response is over 5 MB, fulfilling none of its loads', async () => {
    const double = createExcelDouble();
    double.setCells(
      'Sheet1',
      'A1:A6000',
      Array.from({ length: 6000 }, () => [text(1000)]),
    );
    const code = await rejectionCode(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A6000').load('values');
        await context.sync();
      }),
    );
    expect(code).toBe('ResponsePayloadSizeLimitExceeded');
    await double.Excel.run(async (context) => {
      const half = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3000').load('values');
      await context.sync();
      expect(half.values).toHaveLength(3000);
    });
    expect(double.syncLog()[1].responseBytes).toBeGreaterThan(3000 * 1000);
  });
});

describe('text in Text-formatted cells', () => {
  it("keeps an apostrophe written into a Text (@) cell as part of the value, and takes it as Excel's mark in a General cell", async () => {
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').numberFormat = [['@']];
      sheet.getRange('A1:B1').values = [["'=1+1", "'=1+1"]];
      sheet.getRange('A2').numberFormat = [['@']];
      sheet.getRange('A2').values = [['=1+1']];
      await context.sync();
    });
    expect(double.values('Sheet1', 'A1:B1')).toEqual([["'=1+1", '=1+1']]);
    expect(double.values('Sheet1', 'A2')).toEqual([['=1+1']]);
    expect(double.cell('Sheet1', 'A2')?.formula).toBeUndefined();
  });
});

describe('the selection', () => {
  it.each(['areas', 'shape'] as const)(
    'refuses getSelectedRange with InvalidSelection when %s are selected',
    async (what) => {
      const double = createExcelDouble();
      double.selectUnreadable(what);
      const code = await rejectionCode(
        double.Excel.run(async (context) => {
          context.workbook.getSelectedRange().load('address');
          await context.sync();
        }),
      );
      expect(code).toBe('InvalidSelection');
      double.selectRange('Sheet1', 'B2:C3');
      await double.Excel.run(async (context) => {
        const range = context.workbook.getSelectedRange().load('address');
        await context.sync();
        expect(range.address).toBe('Sheet1!B2:C3');
      });
    },
  );
});

describe('charts', () => {
  it("records a series' line colour and style, and refuses a style Excel does not name", async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1:A3', [[1], [2], [3]]);
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const series = sheet.charts.add('Line', sheet.getRange('A1:A3'), 'Columns').series.getItemAt(0);
      series.format.line.color = '#7B7D7D';
      series.format.line.lineStyle = 'Dash';
      await context.sync();
      expect(() => series.format.line.lineStyle).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      series.format.line.lineStyle = 'Wavy' as Excel.ChartLineStyle;
      expect(await rejectionCode(context.sync())).toBe('InvalidArgument');
    });
    expect(double.charts('Sheet1')[0].series[0].line).toEqual({ color: '#7B7D7D', lineStyle: 'Dash' });
  });
});

describe('what a write changes, co-authors, and rows below a table', () => {
  it('counts the cells each sync writes and the formats it sets, a null entry leaving its cell alone uncounted', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'B1', [['kept']]);
    await double.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1');
      range.getCell(0, 0).numberFormat = [['@']];
      range.values = [['a', null, 'c']];
      await context.sync();
    });
    expect(double.syncLog()[0]).toMatchObject({ cellsWritten: 2, formatsWritten: 1, rowsWritten: 1 });
    expect(double.values('Sheet1', 'A1:C1')).toEqual([['a', 'kept', 'c']]);
  });

  it("gives each handler its own author's changes as Local and everyone else's as Remote", async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1:B2', [
      ['Name', 'Note'],
      ['Ann', ''],
    ]);
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true);
      await context.sync();
    });
    const heard: string[] = [];
    const listen = (excel: typeof double.Excel, who: string) =>
      excel.run(async (context) => {
        context.workbook.tables.getItem('Table1').onChanged.add(async (e) => void heard.push(`${who}: ${e.source}`));
        await context.sync();
      });
    await listen(double.Excel, 'you');
    await listen(double.coauthorExcel('Bea'), 'Bea');
    double.setCells('Sheet1', 'B2', [['mine']]);
    await laterTask();
    double.byCoauthor('Bea', () => double.setCells('Sheet1', 'B2', [['hers']]));
    await laterTask();
    await double.coauthorExcel('Bea').run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['her add-in']];
      await context.sync();
    });
    await laterTask();
    expect(heard).toEqual(['you: Local', 'Bea: Remote', 'you: Remote', 'Bea: Local', 'you: Remote', 'Bea: Local']);
  });

  it('expands a table over whole rows of data written just below it, and Table.resize lengthens it', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1:B2', [
      ['Name', 'Note'],
      ['Ann', 'x'],
    ]);
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const table = sheet.tables.add('A1:B2', true);
      table.getDataBodyRange().numberFormat = [['General', '@']];
      await context.sync();
      sheet.getRange('A3:B3').values = [['Bob', '=1+1']]; // expands: the new row is Text in Note
      sheet.getRange('A4:B4').values = [['', '']]; // no data: no expansion
      sheet.getRange('A6:A6').values = [['Cy']]; // not just below, and not the table's width
      await context.sync();
    });
    expect(double.table('Table1')?.address).toBe('Sheet1!A1:B3');
    expect(double.values('Sheet1', 'B3')).toEqual([['=1+1']]);
    await double.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('Table1');
      table.resize('A1:B4');
      const used = table.getRange().getLastRow().getOffsetRange(1, 0).getUsedRangeOrNullObject(true);
      const empty = context.workbook.worksheets.getItem('Sheet1').getRange('C1:C9').getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true); // row 5 is empty (A6 is not below the last row)
      table.resize('A2:B9'); // headers not in the same row
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(double.table('Table1')?.address).toBe('Sheet1!A1:B4');
  });
});

describe('cell-edit mode and run options', () => {
  it('fails a batch that does not ask to wait while a cell is edited, applying nothing', async () => {
    const double = createExcelDouble();
    double.startEditingCell('Sheet1', 'B2');
    const code = await rejectionCode(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['written']];
        await context.sync();
      }),
    );
    expect(code).toBe('InvalidOperationInCellEditMode');
    expect(double.values('Sheet1', 'A1')).toEqual([['']]);
    double.finishEditingCell('typed');
    expect(double.values('Sheet1', 'B2')).toEqual([['typed']]);
    expect(double.editingCell).toBe(false);
  });

  it('holds a batch that asks to wait (delayForCellEdit) until the edit ends, then runs it', async () => {
    const double = createExcelDouble();
    double.startEditingCell('Sheet1', 'B2');
    let done = false;
    const run = double.Excel.run({ delayForCellEdit: true }, async (context) => {
      const cell = context.workbook.worksheets.getItem('Sheet1').getRange('B2').load('values');
      await context.sync();
      done = true;
      return cell.values;
    });
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(done).toBe(false);
    double.finishEditingCell(42);
    expect(await run).toEqual([[42]]); // it reads what was typed
    expect(double.runOptions()).toEqual([{ delayForCellEdit: true }]);
  });

  it('refuses a run option the host lacks, and one it does not model', async () => {
    const older = createExcelDouble({ excelApi: '1.12' });
    expect(await rejectionCode(older.Excel.run({ mergeUndoGroup: true }, async () => undefined))).toBe('ApiNotFound');
    const newer = createExcelDouble({ excelApi: '1.20' });
    await newer.Excel.run({ mergeUndoGroup: true }, async () => undefined);
    expect(newer.runOptions()).toEqual([{ mergeUndoGroup: true }]);
    const unknown = { session: 'https://example.invalid/book' } as unknown as Excel.RunOptions;
    expect(await rejectionCode(newer.Excel.run(unknown, async () => undefined))).toBe('NotImplemented');
  });

  it('finds a table by its id as by its name, and tells the pane being shown again', async () => {
    jest.useFakeTimers();
    try {
      const double = createExcelDouble();
      const restore = double.install();
      const heard: string[] = [];
      const remove = await Office.addin.onVisibilityModeChanged((m) => void heard.push(m.visibilityMode));
      await double.Excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true);
        table.name = 'Notes';
        table.load('id');
        await context.sync();
        const byId = context.workbook.tables.getItemOrNullObject(table.id).load('name');
        await context.sync();
        expect(byId.name).toBe('Notes');
      });
      double.deleteTableColumnsOnMac('Notes');
      expect(double.table('Notes')).toBeUndefined();
      expect(double.eventsDelivered).toBe(0);
      double.hidePane();
      double.showPane();
      expect(heard).toEqual([]); // a later task
      await jest.advanceTimersByTimeAsync(0);
      expect(heard).toEqual(['Hidden', 'Taskpane']);
      await remove();
      double.showPane();
      await jest.advanceTimersByTimeAsync(0);
      expect(heard).toHaveLength(2);
      restore();
    } finally {
      jest.useRealTimers();
    }
  });
});
