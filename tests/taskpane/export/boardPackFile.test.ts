/**
 * The board pack file (exceljs, as the pane writes it) from a report built against the Excel double,
 * read back with exceljs: first the board's summary page per region (latest actual, target,
 * trajectory, status, variation, assurance, a trend picture, text at 10 pt or more), then the report
 * and history as values with formats and colours, print setup and footer, then an XmR chart per
 * region and metric, every picture a PNG the add-in drew.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { firstDaySerial, monthFromIso } from '../../../src/domain/months';
import { checkActualsInWorkbook, loadPlanIntoWorkbook } from '../../../src/excel';
import { boardPackFileName, buildReportInWorkbook, readBoardPack } from '../../../src/excel/report';
import { boardPackBytes } from '../../../src/taskpane/export/boardPackFile';
import { installedDouble } from '../../support/excelLayer';

const TODAY = { year: 2024, month: 6 };
const FIRST = monthFromIso('2021-04');
const NOISE = [0, 0.004, -0.003, 0.002, -0.005, 0.003, -0.001, 0.005, -0.004, 0.001, -0.002, 0.004];

/** Two years of KSS actuals to March 2023: employment six weeks after release shifts up for its last 8 months. */
function kssActuals(): (string | number)[][] {
  const levels = { EMP_6W: 0.14, EMP_6M: 0.22, SETTLED_3M: 0.76, SOI_COMPLETED: 0.5 };
  return Object.entries(levels).flatMap(([metric, level]) =>
    Array.from({ length: 24 }, (_, k) => {
      const shift = metric === 'EMP_6W' && k >= 16 ? 0.025 : 0;
      return ['KSS', metric, firstDaySerial(FIRST + k), level + shift + NOISE[k % 12], '', '', ''];
    }),
  );
}

async function kssPack(): Promise<{ name: string; bytes: Uint8Array }> {
  const { double, restore } = installedDouble();
  try {
    await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2022, 2023] });
    double.fillTable('RRPActuals', kssActuals());
    await checkActualsInWorkbook(TODAY);
    await buildReportInWorkbook(
      { month: monthFromIso('2023-03'), editions: { KSS: 2022 } },
      new Date(2023, 3, 5, 9, 30),
      TODAY,
    );
    const pack = await readBoardPack();
    return { name: boardPackFileName(pack), bytes: await boardPackBytes(pack) };
  } finally {
    restore();
  }
}

it('opens on a summary page per region, then holds the report, history and an XmR chart per metric', async () => {
  const { name, bytes } = await kssPack();
  expect(name).toBe('board-pack-KSS-2023-03.xlsx');
  if (process.env.BOARD_PACK_OUT) fs.writeFileSync(path.resolve(process.env.BOARD_PACK_OUT), bytes);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['Board summary', 'RRP Report', 'RRP History', 'RRP Charts']);

  const summary = book.getWorksheet('Board summary') as ExcelJS.Worksheet;
  expect(summary.getCell('A1').value).toBe('Kent, Surrey and Sussex: board summary, March 2023');
  const header = summary.getRow(3).values as unknown[];
  expect(header.slice(1)).toEqual([
    'Metric',
    'Latest actual',
    'Month',
    'Target',
    'By',
    'Trajectory',
    'Status',
    'Variation',
    'Assurance',
    'Trend',
  ]);
  const line = (row: number) => (summary.getRow(row).values as unknown[]).slice(1, 10);
  const emp = line(4);
  expect(emp[0]).toBe('Employed six weeks after release');
  expect(emp[1]).toBeCloseTo(0.169, 9);
  expect(emp[3]).toBe(0.19);
  expect(emp.slice(6)).toEqual(['At risk', '↑ Special cause: improvement', '✗ Fails the target consistently']);
  expect(summary.getCell('B4').numFmt).toBe('0.0%');
  expect(line(6).slice(6)).toEqual(['No actual yet', '– No actuals yet', '– No actuals yet']);
  expect(line(9).slice(6)).toEqual([
    'Qualitative',
    '– A commitment in words, not a figure',
    '– A commitment in words, not a figure',
  ]);
  // Nothing on the page is smaller than 10 pt, and it fits A4 landscape at full size.
  summary.eachRow((row) => row.eachCell((cell) => expect(cell.font?.size ?? 11).toBeGreaterThanOrEqual(10)));
  const width = summary.columns.reduce((sum, c) => sum + (c.width ?? 0) * 5.6, 0);
  expect(width).toBeLessThanOrEqual((297 / 25.4 - 0.8) * 72);
  expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  expect(summary.getImages()).toHaveLength(4); // a trend for each metric with actuals

  const report = book.getWorksheet('RRP Report') as ExcelJS.Worksheet;
  expect(report.getCell('A1').value).toBe('RRP board report: March 2023');
  const reportEmp = report.getRow(7);
  expect([reportEmp.getCell(3).value, reportEmp.getCell(13).value]).toEqual([
    'Employed six weeks after release',
    'At risk',
  ]);
  expect(reportEmp.getCell(9).numFmt).toBe('0.0%');
  report.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  expect(report.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToWidth: 1,
    printTitlesRow: '6:6',
  });
  expect(report.headerFooter.oddFooter).toBe(
    '&LRRP board report: March 2023&CSource: Reducing Reoffending Plan documents (HMPPS). Crown copyright. Open Government Licence v3.0.&RPage &P of &N',
  );
  expect((book.getWorksheet('RRP History') as ExcelJS.Worksheet).getRow(2).getCell(5).value).toBe(0.14);

  const charts = book.getWorksheet('RRP Charts') as ExcelJS.Worksheet;
  expect(charts.getImages()).toHaveLength(4);
  expect(String(charts.getCell('A3').value)).toBe(
    'Employed six weeks after release. Variation: ↑ Special cause: improvement. Assurance: ✗ Fails the target consistently.',
  );
  const pictures = (book as unknown as { model: { media: { extension: string; buffer: Buffer }[] } }).model.media;
  expect(pictures).toHaveLength(8);
  for (const picture of pictures) {
    expect(picture.extension).toBe('png');
    expect([...picture.buffer.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  }
});
