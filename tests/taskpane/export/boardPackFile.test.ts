/**
 * The board pack file (exceljs, as the pane writes it) from a report built against the Excel double,
 * read back with exceljs: values (no formulas), number formats, status colours, print setup and
 * footer, and one picture per chart.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { monthFromIso } from '../../../src/domain/months';
import { appendActuals, loadPlanIntoWorkbook } from '../../../src/excel';
import { appendPlanFigures, boardPackFileName, buildReportInWorkbook, readBoardPack } from '../../../src/excel/report';
import { boardPackBytes } from '../../../src/taskpane/export/boardPackFile';
import { installedDouble } from '../../support/excelLayer';

const TODAY = { year: 2024, month: 6 };

it('holds the report and history as values with formats and colours, and each chart as a picture', async () => {
  const { restore } = installedDouble();
  let bytes: Uint8Array;
  let name: string;
  try {
    await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2022, 2023] });
    await appendPlanFigures(appendActuals, TODAY);
    await buildReportInWorkbook(
      { month: monthFromIso('2023-03'), editions: { KSS: 2022 } },
      new Date(2023, 3, 5, 9, 30),
      TODAY,
    );
    const pack = await readBoardPack();
    name = boardPackFileName(pack);
    bytes = await boardPackBytes(pack);
  } finally {
    restore();
  }
  expect(name).toBe('board-pack-KSS-2023-03.xlsx');
  if (process.env.BOARD_PACK_OUT) fs.writeFileSync(path.resolve(process.env.BOARD_PACK_OUT), bytes);

  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['RRP Report', 'RRP History', 'RRP Charts']);
  const report = book.getWorksheet('RRP Report') as ExcelJS.Worksheet;
  expect(report.getCell('A1').value).toBe('RRP board report: March 2023');
  const emp = report.getRow(7);
  expect([emp.getCell(3).value, emp.getCell(9).value, emp.getCell(13).value]).toEqual([
    'Employed six weeks after release',
    0.16,
    'Off track',
  ]);
  expect(emp.getCell(9).numFmt).toBe('0.0%');
  expect(emp.getCell(13).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
  report.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
  expect(report.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '6:6',
  });
  expect(report.headerFooter.oddFooter).toBe(
    '&LRRP board report: March 2023&CSource: Reducing Reoffending Plan documents (HMPPS). Crown copyright. Open Government Licence v3.0.&RPage &P of &N',
  );
  expect((book.getWorksheet('RRP History') as ExcelJS.Worksheet).getRow(2).getCell(5).value).toBe(0.16);
  expect((book.getWorksheet('RRP Charts') as ExcelJS.Worksheet).getImages()).toHaveLength(4);
});
