/**
 * Where the board pack goes: desktop Excel opens it as a new workbook (Excel.createWorkbook, as a
 * browser download does nothing in Excel for Mac and goes silently to Downloads on Windows); Excel on
 * the web, and a page whose platform Office does not name, download it. The pane's service does the
 * whole export against the double and says which it did.
 */
import { monthFromIso } from '../../../src/domain/months';
import { appendActuals, loadPlanIntoWorkbook } from '../../../src/excel';
import {
  appendPlanFigures,
  boardPackDelivery,
  buildReportInWorkbook,
  openAsNewWorkbook,
} from '../../../src/excel/report';
import { paneServices } from '../../../src/taskpane/paneServices';
import type { ExcelDoubleOptions } from '../../excelDouble';
import { installedDouble, layerError } from '../../support/excelLayer';

const TODAY = { year: 2024, month: 6 };

jest.mock('../../../src/taskpane/export/download', () => ({ download: jest.fn() }));
const { download } = jest.requireMock<{ download: jest.Mock }>('../../../src/taskpane/export/download');

function on(platform: ExcelDoubleOptions['platform'], options: ExcelDoubleOptions = {}) {
  return installedDouble({ ...options, platform });
}

describe('the route the board pack takes', () => {
  it.each([
    ['PC', 'new workbook'],
    ['Mac', 'new workbook'],
    ['iOS', 'new workbook'],
    ['OfficeOnline', 'download'],
    [undefined, 'download'],
  ] as const)('on %s: %s', (platform, route) => {
    const { restore } = on(platform);
    try {
      expect(boardPackDelivery()).toBe(route);
    } finally {
      restore();
    }
  });

  it('refuses a file that is not a workbook, in plain words', async () => {
    const { restore } = on('PC');
    try {
      const error = await layerError(openAsNewWorkbook(btoa('not a zip')));
      expect(error.message).toMatch(/^Excel could not open the board pack as a new workbook/);
    } finally {
      restore();
    }
  });

  it('says Excel is too old where it lacks ExcelApi 1.8', async () => {
    const { restore } = on('PC', { excelApi: '1.7' });
    try {
      expect((await layerError(openAsNewWorkbook(''))).code).toBe('ApiNotSupported');
    } finally {
      restore();
    }
  });
});

describe('exporting from the pane', () => {
  async function exportOn(platform: ExcelDoubleOptions['platform']) {
    const { double, restore } = on(platform);
    try {
      await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2022, 2023] });
      await appendPlanFigures(appendActuals, TODAY);
      await buildReportInWorkbook({ month: monthFromIso('2023-03'), editions: { KSS: 2022 } }, new Date(), TODAY);
      download.mockClear();
      return { exported: await paneServices.exportBoardPack(), opened: double.newWorkbooks() };
    } finally {
      restore();
    }
  }

  it('opens the pack as a new workbook in desktop Excel, and downloads nothing', async () => {
    const { exported, opened } = await exportOn('Mac');
    expect(exported).toEqual({ fileName: 'board-pack-KSS-2023-03.xlsx', delivery: 'new workbook' });
    expect(opened).toHaveLength(1);
    expect(Buffer.from(opened[0].subarray(0, 2)).toString()).toBe('PK');
    expect(download).not.toHaveBeenCalled();
  });

  it('downloads it in Excel on the web', async () => {
    const { exported, opened } = await exportOn('OfficeOnline');
    expect(exported).toEqual({ fileName: 'board-pack-KSS-2023-03.xlsx', delivery: 'download' });
    expect(opened).toEqual([]);
    expect(download).toHaveBeenCalledWith('board-pack-KSS-2023-03.xlsx', expect.any(Uint8Array), expect.any(String));
  });
});
