/** The Excel layer's pure helpers: formula-safe text, sheet names, placement, errors, reading progress values. */
import { findTarget, type PlanTarget } from '../src/domain/planData';
import { asCellText } from '../src/excel';
import { ExcelLayerError, toLayerError } from '../src/excel/excelErrors';
import { placeTables } from '../src/excel/placement';
import { progressRowsFromValues } from '../src/excel/progressReader';
import { PROGRESS_COLUMNS } from '../src/excel/progressSheet';
import { freeSheetName } from '../src/excel/sheetNames';
import { targetRow } from '../src/excel/targetsSheet';
import { createExcelDouble } from './excelDouble';

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
    const odd: PlanTarget = { ...real, source: { ...real.source, sentence: '=HYPERLINK("http://example.org","click") is not a plan sentence' } };
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
      sheets: [{ name: 'T', protected: true }, { name: 'P', protected: true }, { name: 'RRP Actuals', protected: false }],
      tables: [{ name: 'rrptargets', sheetName: 'T' }, { name: 'RRPProgress', sheetName: 'P' }],
      structureProtected: false,
    };
    expect(() => placeTables(survey)).toThrow('The sheets T and P are protected, so the plan was not loaded');
    const unprotected = { ...survey, sheets: survey.sheets.map((s) => ({ ...s, protected: false })) };
    expect(placeTables(unprotected)).toEqual({
      targets: { role: 'targets', tableName: 'RRPTargets', sheetName: 'T', existing: true, displaced: false },
      actuals: { role: 'actuals', tableName: 'RRPActuals', sheetName: 'RRP Actuals (2)', existing: false, displaced: true },
      progress: { role: 'progress', tableName: 'RRPProgress', sheetName: 'P', existing: true, displaced: false },
    });
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

describe('progressRowsFromValues', () => {
  const header = PROGRESS_COLUMNS.map((c) => c.header);

  it('reads by header name, keeps error text as the status and leaves out rows edited beyond recognition', () => {
    const reordered = [...header].reverse();
    const row = (cells: Record<string, unknown>) => reordered.map((h) => cells[h] ?? '');
    const rows = progressRowsFromValues(reordered, [
      row({ Region: 'kss', Metric: 'EMP_6W', Edition: 2023, Target: 0.19, Status: '#NAME?' }),
      row({ Region: 'Nowhere', Metric: 'EMP_6W', Status: 'Met' }),
    ]);
    expect(rows).toEqual([
      {
        region: 'KSS', metric: 'EMP_6W', edition: 2023, status: '#NAME?', latestMonth: undefined, latestMonthSerial: undefined, latestActual: undefined,
        trajectory: undefined, gapToTrajectory: undefined, gapToTarget: undefined, target: 0.19, deadline: undefined,
      },
    ]);
  });
});
