/**
 * Analysts' text stays exactly the text typed: RRP Log's Analyst and Note (written by Close a month)
 * and the report's Commentary (typed by the analyst, kept across rebuilds). Each text here is one
 * Excel would turn into something else in a General cell: a formula, a number (0012, 1e3), a
 * percentage, a date, a boolean; the double types them as Excel does (README: typing rules).
 */
import { buildReportInWorkbook, closeMonthInWorkbook } from '../../../src/excel/report';
import { HISTORY_COL } from '../../../src/domain/report/historyTable';
import { REPORT_COL } from '../../../src/domain/report/reportGrid';
import { monthFromIso } from '../../../src/domain/months';
import type { ExcelDouble } from '../../excelDouble';
import { doubleForEachTest, layerError, loadKssWithPlanFigures } from '../../support/excelLayer';

const TODAY = { year: 2024, month: 6 };
const MARCH_2023 = monthFromIso('2023-03');
const NOW = new Date(2023, 3, 5, 9, 30);
const TEXTS = ['=1+1', "'0012", '1e3', '12%', '1/2', 'TRUE'];

let double: ExcelDouble;
doubleForEachTest((d) => (double = d));
beforeEach(() => loadKssWithPlanFigures(TODAY));

it('the double turns each of these texts into something else when typed in a General cell', () => {
  double.addSheet('Typing');
  double.setCells('Typing', 'A1:F1', [TEXTS]);
  const typed = double.values('Typing', 'A1:F1')[0];
  expect(double.cell('Typing', 'A1')?.formula).toBe('=1+1');
  expect(typed.slice(1)).toEqual(['0012', 1000, 0.12, expect.any(Number), true]);
});

describe('RRP Log', () => {
  it("keeps the analyst's name and note exactly as given, in a new log and in rows appended below it", async () => {
    const months = TEXTS.map((_, i) => MARCH_2023 - i);
    for (const [i, text] of TEXTS.entries())
      await closeMonthInWorkbook({ region: 'KSS', month: months[i], analyst: text, note: text }, NOW, TODAY);
    const log = double.tableRows('RRPLog');
    const analyst = log.map((r) => r[6]);
    const note = log.map((r) => r[7]);
    // One row per metric for the month with actuals, one for each month without.
    const byClosing = TEXTS.map((text) => log.filter((r) => r[6] === text).length);
    expect(byClosing.every((n) => n > 0)).toBe(true);
    expect(new Set(analyst)).toEqual(new Set(TEXTS));
    expect(note).toEqual(analyst);
    const rows = log.length;
    expect(double.formulas('RRP Log', `G2:H${rows + 1}`).flat()).toEqual(log.flatMap((r) => [r[6], r[7]])); // no formula
    expect(
      double
        .numberFormats('RRP Log', `G2:H${rows + 1}`)
        .flat()
        .every((f) => f === '@'),
    ).toBe(true);
  });

  it('refuses a closing, changing nothing, when the cells below RRP Log hold something', async () => {
    await closeMonthInWorkbook({ region: 'KSS', month: MARCH_2023, analyst: 'Sam', note: '' }, NOW, TODAY);
    const rows = double.tableRows('RRPLog').length;
    double.setCells('RRP Log', `C${rows + 2}`, [['kept here']]); // just below the table, where the row would go
    const before = double.snapshot();
    const error = await layerError(
      closeMonthInWorkbook({ region: 'KSS', month: MARCH_2023 - 1, analyst: 'Sam', note: '' }, NOW, TODAY),
    );
    expect(error.message).toBe(
      `The cells just below RRP Log hold something ('RRP Log'!C${rows + 2}), where the add-in would record the closing. Nothing was changed: move those cells elsewhere, then try again.`,
    );
    expect(double.snapshot()).toEqual(before);
  });
});

describe('the report commentary', () => {
  const C = String.fromCharCode(65 + REPORT_COL.commentary); // Commentary's column letter
  const commentaryCells = (): unknown[] => {
    const values = double.values('RRP Report', `A1:${C}40`);
    const header = values.findIndex((r) => r[1] === 'Region' && r[REPORT_COL.commentary] === 'Commentary');
    return values.slice(header + 1, header + 1 + TEXTS.length).map((r) => r[REPORT_COL.commentary]);
  };
  const firstDataRow = (): number =>
    double
      .values('RRP Report', `A1:${C}40`)
      .findIndex((r) => r[1] === 'Region' && r[REPORT_COL.commentary] === 'Commentary') + 2;

  it('keeps what the analyst typed in its Text cells across a rebuild', async () => {
    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    const first = firstDataRow();
    const address = `${C}${first}:${C}${first + TEXTS.length - 1}`;
    expect(double.numberFormats('RRP Report', address).flat()).toEqual(TEXTS.map(() => '@'));
    double.setCells(
      'RRP Report',
      address,
      TEXTS.map((t) => [t]),
    );
    const typed = commentaryCells();
    expect(typed).toEqual(TEXTS); // a Text cell keeps typing as text

    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    expect(commentaryCells()).toEqual(typed);
    expect(double.formulas('RRP Report', address).flat()).toEqual(typed);
    // And in a report of another month: in RRP History's rows, or kept below the report.
    await buildReportInWorkbook({ month: monthFromIso('2023-04') }, NOW, TODAY);
    const kept = [
      ...double.tableRows('RRPHistory').map((r) => r[HISTORY_COL.commentary]),
      ...double.values('RRP Report', `${C}1:${C}60`).map((r) => r[0]),
    ];
    expect(TEXTS.filter((t) => !kept.includes(t))).toEqual([]);
  });

  it('keeps commentary an older report holds in General cells as the text Excel showed', async () => {
    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    const first = firstDataRow();
    const address = `${C}${first}:${C}${first + 2}`;
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('RRP Report').getRange(address).numberFormat = [
        ['General'],
        ['General'],
        ['General'],
      ];
      await context.sync();
    });
    // Typed with Excel's apostrophe, the first two are text that looks like a number; TRUE is a boolean.
    double.setCells('RRP Report', address, [["'0012"], ["'1e3"], ['TRUE']]);
    expect(double.values('RRP Report', address).flat()).toEqual(['0012', '1e3', true]);

    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    expect(double.values('RRP Report', address).flat()).toEqual(['0012', '1e3', 'TRUE']);
    expect(double.numberFormats('RRP Report', address).flat()).toEqual(['@', '@', '@']);
  });
});
