/** The Excel layer's pure helpers: formula-safe text, sheet names, placement, errors, reading progress values, addresses. */
import { findTarget, type PlanTarget } from '../../src/domain/planData';
import { asCellText } from '../../src/excel';
import { ExcelLayerError, toLayerError } from '../../src/excel/shared/layerErrors';
import { placeTables } from '../../src/excel/load/placement';
import { loadedTargetsFromValues } from '../../src/domain/layout/progressTable';
import { boxAddress, cellBox, columnSpans, withinColumns } from '../../src/domain/layout/a1';
import { asExactText } from '../../src/excel/shared/cellEntries';
import { PROGRESS_COLUMNS } from '../../src/domain/layout/progressTable';
import { freeSheetName } from '../../src/domain/layout/sheetNames';
import { targetRow } from '../../src/domain/layout/targetsTable';
import { createExcelDouble } from '../excelDouble';

describe('asCellText', () => {
  it.each([
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5', "'-5"],
    ['@risk', "'@risk"],
    ['  =1+1', "'  =1+1"],
    ['\t=cmd', "'\t=cmd"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ["'quoted'", "''quoted'"],
    ['Continue to increase', 'Continue to increase'],
    ['By April 2024, 19% = target', 'By April 2024, 19% = target'],
    ['', ''],
  ])('%j is written as %j', (text, entry) => {
    expect(asCellText(text)).toBe(entry);
  });

  it('keeps every such text as exactly that text in a cell, through values and through formulas', async () => {
    const texts = ['=SUM(A1:A3)', '+44 20', '-5', '@risk', "'quoted'", 'plain', '=1', '-x'];
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange(`A1:A${texts.length}`).values = texts.map((t) => [asCellText(t)]);
      sheet.getRange(`B1:B${texts.length}`).formulas = texts.map((t) => [asCellText(t)]);
      await context.sync();
    });
    const expected = texts.map((t) => [t, t]);
    expect(double.values('Sheet1', `A1:B${texts.length}`)).toEqual(expected);
    expect(double.formulas('Sheet1', `A1:B${texts.length}`)).toEqual(expected); // no formula anywhere
  });

  it('is applied to the plan text the targets table writes', async () => {
    const real = findTarget('KSS', 'EMP_6W', 2023) as PlanTarget;
    const odd: PlanTarget = {
      ...real,
      source: { ...real.source, sentence: '=HYPERLINK("http://example.org","click") is not a plan sentence' },
    };
    const row = targetRow(odd);
    expect(row[9]).toBe(`'${odd.source.sentence}`);
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:K1').values = [row];
      await context.sync();
    });
    expect(double.cell('Sheet1', 'J1')).toEqual({ value: odd.source.sentence, apostrophe: true });
  });
});

describe('sheet names and placement', () => {
  it('finds the first free name, without regard to case', () => {
    expect(freeSheetName('RRP Targets', ['Sheet1'])).toBe('RRP Targets');
    expect(freeSheetName('RRP Targets', ['rrp targets', 'RRP TARGETS (2)'])).toBe('RRP Targets (3)');
  });

  it('rebuilds our tables where they are and lists every protected sheet it would need', () => {
    const survey = {
      sheets: [
        { name: 'T', protected: true },
        { name: 'P', protected: true },
        { name: 'RRP Actuals', protected: false },
      ],
      tables: [
        { name: 'rrptargets', sheetName: 'T' },
        { name: 'RRPProgress', sheetName: 'P' },
      ],
      actualsColumns: [],
      structureProtected: false,
      room: {},
    };
    expect(() => placeTables(survey)).toThrow('The sheets T and P are protected, so the plan was not loaded');
    const unprotected = { ...survey, sheets: survey.sheets.map((s) => ({ ...s, protected: false })) };
    expect(placeTables(unprotected)).toEqual({
      targets: {
        role: 'targets',
        tableName: 'RRPTargets',
        sheetName: 'T',
        existing: true,
        displaced: false,
        columns: [],
      },
      actuals: {
        role: 'actuals',
        tableName: 'RRPActuals',
        sheetName: 'RRP Actuals (2)',
        existing: false,
        displaced: true,
        columns: [],
      },
      progress: {
        role: 'progress',
        tableName: 'RRPProgress',
        sheetName: 'P',
        existing: true,
        displaced: false,
        columns: [],
      },
    });
  });

  it("counts a protected actuals sheet only when the table needs the add-in's columns added", () => {
    const actualsColumns = ['Region', 'Metric', 'Month', 'Value', 'Numerator', 'Denominator', 'Note', 'Check'];
    const survey = (columns: string[]) => ({
      sheets: [{ name: 'RRP Actuals', protected: true }],
      tables: [{ name: 'RRPActuals', sheetName: 'RRP Actuals' }],
      actualsColumns: columns,
      structureProtected: false,
      room: {},
    });
    expect(() => placeTables(survey(actualsColumns))).toThrow(
      'The sheet RRP Actuals is protected, so the plan was not loaded and nothing in the workbook was changed.',
    );
    const complete = [...actualsColumns, 'Used region', 'used metric', 'Used month', 'Used value'];
    expect(placeTables(survey(complete)).actuals).toMatchObject({ existing: true, columns: complete });
  });
});

describe('room for a rebuilt table', () => {
  /** A survey of a workbook whose progress table is P!B2:D4, with the area a bigger rebuilt table needs. */
  const survey = (areaAddress: string, areaFormulas: unknown[][]) => ({
    sheets: [{ name: 'P', protected: false }],
    tables: [{ name: 'RRPProgress', sheetName: 'P' }],
    actualsColumns: [],
    structureProtected: false,
    room: { progress: { tableAddress: 'P!B2:D4', areaAddress, areaFormulas } },
  });
  const grid = (rows: number, columns: number, filled: Record<string, unknown> = {}) =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => filled[`${r},${c}`] ?? (r < 3 && c < 3 ? 'ours' : '')),
    );

  it('lets the table grow into empty cells, and shrink', () => {
    expect(placeTables(survey('P!B2:E7', grid(6, 4))).progress).toMatchObject({ existing: true, sheetName: 'P' });
    expect(
      placeTables(
        survey('P!B2:C3', [
          ['ours', 'ours'],
          ['ours', 'ours'],
        ]),
      ).progress.existing,
    ).toBe(true);
  });

  it('refuses, naming the first cell in the way, when a cell below or to the right holds anything', () => {
    const below = () => placeTables(survey('P!B2:E7', grid(6, 4, { '4,0': 'my note', '5,3': '=1+1', '3,3': 0 })));
    expect(below).toThrow(
      'Cell E5 of P holds something, and the table RRPProgress needs that cell: with this plan it will cover B2:E7. 2 other cells in B2:E7 outside the table hold something too. ' +
        'The add-in never writes over cells outside its own tables, so the plan was not loaded and nothing in the workbook was changed. ' +
        'Move what is there out of B2:E7, or rename the table RRPProgress (Table Design > Table Name) so the add-in puts the plan on a new sheet, and load the plan again.',
    );
    let code: string | undefined;
    try {
      below();
    } catch (error) {
      code = (error as ExcelLayerError).code;
    }
    expect(code).toBe('CellsInTheWay');
    expect(() => placeTables(survey('P!B2:D5', grid(4, 3, { '3,2': false })))).toThrow(
      /^Cell D5 of P holds something, and the table RRPProgress needs that cell: with this plan it will cover B2:D5\. The add-in never/,
    );
  });

  it('reads addresses of one block', () => {
    expect(cellBox("'RRP Progress'!A1:L6")).toEqual({ row: 0, column: 0, rows: 6, columns: 12 });
    expect(cellBox('AA10')).toEqual({ row: 9, column: 26, rows: 1, columns: 1 });
    expect(cellBox('A:A')).toBeUndefined();
    expect(boxAddress({ row: 9, column: 26, rows: 1, columns: 1 })).toBe('AA10');
    expect(boxAddress({ row: 0, column: 0, rows: 21, columns: 12 })).toBe('A1:L21');
  });
});

describe('errors in plain words', () => {
  it.each([
    ['AccessDenied', 'Excel could not do it: part of the workbook is protected or read-only.'],
    ['InvalidOperationInCellEditMode', 'Excel could not do it while a cell is being edited. Press Enter or Esc'],
    ['ApiNotFound', 'this version of Excel lacks a feature the add-in needs'],
    ['GeneralException', 'Excel could not do it (Boom). Try again'],
  ])('explains %s', (code, words) => {
    const error = toLayerError(Object.assign(new Error('Boom'), { code }), 'do it');
    expect(error).toBeInstanceOf(ExcelLayerError);
    expect(error.code).toBe(code);
    expect(error.message).toContain(words);
  });

  it('passes its own errors through unchanged', () => {
    const own = new ExcelLayerError('Already plain.', 'SheetProtected');
    expect(toLayerError(own, 'do it')).toBe(own);
  });
});

describe('loadedTargetsFromValues', () => {
  const header = PROGRESS_COLUMNS.map((c) => c.header);

  it('reads region, metric and edition by header name and leaves out rows edited beyond recognition', () => {
    const reordered = [...header].reverse();
    const row = (cells: Record<string, unknown>) => reordered.map((h) => cells[h] ?? '');
    const targets = loadedTargetsFromValues(reordered, [
      row({ Region: 'kss', Metric: 'EMP_6W', Edition: 2023, Status: '#BUSY!' }),
      row({ Region: 'Nowhere', Metric: 'EMP_6W', Edition: 2023 }),
      row({ Region: 'YH', Metric: 'EMP_6W', Edition: 2021 }),
      row({ Region: 'YH', Metric: 'settled_3m ', Edition: 2022 }),
    ]);
    expect(targets).toEqual([
      { region: 'KSS', metric: 'EMP_6W', edition: 2023 },
      { region: 'YH', metric: 'SETTLED_3M', edition: 2022 },
    ]);
    expect(loadedTargetsFromValues(['Region', 'Metric'], [['KSS', 'EMP_6W']])).toEqual([]);
  });
});

describe('changed addresses', () => {
  it('reads the columns of the areas Excel reports', () => {
    expect(columnSpans('H2:L40')).toEqual([{ first: 7, last: 11 }]);
    expect(columnSpans("'RRP Actuals'!$H$2")).toEqual([{ first: 7, last: 7 }]);
    expect(columnSpans('C:D, AA1')).toEqual([
      { first: 2, last: 3 },
      { first: 26, last: 26 },
    ]);
    expect(columnSpans('2:3')).toEqual([{ first: 0, last: 16383 }]);
    expect(columnSpans('not an address')).toBeUndefined();
  });

  it('says whether a change lies wholly in the given columns', () => {
    const owned = new Set([7, 8, 9, 10, 11]);
    expect(withinColumns('H2:L13', owned)).toBe(true);
    expect(withinColumns('L5', owned)).toBe(true);
    expect(withinColumns('G2:H2', owned)).toBe(false);
    expect(withinColumns('A2:L2', owned)).toBe(false);
    expect(withinColumns('5:5', owned)).toBe(false);
    expect(withinColumns('', owned)).toBe(false);
  });
});

describe('asExactText', () => {
  it('marks every text as typed text, so Excel keeps it as it is', async () => {
    const texts = ['Apr-23', '16.5%', '0.165', '=cmd', "'quoted", 'TRUE', '1/10/2023'];
    expect(texts.map(asExactText)).toEqual(texts.map((t) => `'${t}`));
    expect(asExactText('')).toBe('');
    const double = createExcelDouble();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange(`A1:A${texts.length}`).values = texts.map((t) => [
        asExactText(t),
      ]);
      await context.sync();
    });
    expect(double.values('Sheet1', `A1:A${texts.length}`)).toEqual(texts.map((t) => [t]));
  });
});
