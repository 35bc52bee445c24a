/** The double's calculation, added-table events and document settings, as strict as Excel's pages (README). */
import { rejectionCode } from '../support/doubleError';
import { createExcelDouble } from './';

describe('calculation', () => {
  it('gives the calculation mode the user chose, the formula cells as areas, and records what is marked and calculated', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1', [
      ['=1+1', 'text'],
      ['=RRP.TARGET("KSS","EMP_6W")', 5],
    ]);
    double.setCells('Sheet1', 'C4', [['=A1*2']]);
    double.setCalculationMode('Manual');
    await double.Excel.run(async (context) => {
      const application = context.workbook.application.load('calculationMode');
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const found = sheet.getRange().getSpecialCellsOrNullObject(double.Excel.SpecialCellType.formulas);
      await context.sync();
      expect(application.calculationMode).toBe('Manual');
      expect(found.isNullObject).toBe(false);
      found.load('cellCount');
      found.areas.load('items/address');
      await context.sync();
      expect(found.cellCount).toBe(3);
      expect(found.areas.items.map((a) => a.address)).toEqual(['Sheet1!A1:A2', 'Sheet1!C4']);
      const cell = sheet.getRange('A2');
      cell.setDirty();
      cell.calculate();
    });
    expect(double.rangeCalculations()).toEqual([
      { kind: 'setDirty', address: 'Sheet1!A2' },
      { kind: 'calculate', address: 'Sheet1!A2' },
    ]);
  });

  it('gives a null object where there is no formula, and refuses kinds of special cells it does not model', async () => {
    const double = createExcelDouble();
    double.setCells('Sheet1', 'A1', [[1, 'text']]);
    await double.Excel.run(async (context) => {
      const found = context.workbook.worksheets.getItem('Sheet1').getRange().getSpecialCellsOrNullObject('Formulas');
      await context.sync();
      expect(found.isNullObject).toBe(true);
    });
    const code = await rejectionCode(
      double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange().getSpecialCellsOrNullObject('Blanks');
        await context.sync();
      }),
    );
    expect(code).toBe('NotImplemented');
  });
});

describe('tables added', () => {
  it('raises tables.onAdded after the batch, with the table as the batch left it', async () => {
    const double = createExcelDouble();
    const heard: string[] = [];
    await double.Excel.run(async (context) => {
      context.workbook.tables.onAdded.add(async (event) => void heard.push(event.tableId));
      await context.sync();
    });
    const id = await double.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true);
      table.name = 'Made';
      table.load('id');
      await context.sync();
      expect(heard).toEqual([]); // never inside the sync
      return table.id;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toEqual([id]);
    expect(double.eventErrors()).toEqual([]);
  });
});

describe('document settings', () => {
  it('keeps in the document only what saveAsync saved, calling back later', async () => {
    const double = createExcelDouble();
    const { settings } = double;
    expect(settings.get('fingerprint')).toBeNull();
    settings.set('fingerprint', 'abc');
    let saved = false;
    settings.saveAsync(() => (saved = true));
    expect(saved).toBe(false);
    await Promise.resolve();
    expect(saved).toBe(true);
    settings.set('fingerprint', 'def'); // not saved
    settings.reopen();
    expect(settings.get('fingerprint')).toBe('abc');
  });
});
