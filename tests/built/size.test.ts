/**
 * The task pane page's own script stays within 180 KB gzip: features needed only sometimes (the CSV
 * parser, the board report's Excel layer, the exceljs board pack writer) are chunks loaded on demand.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { requireProductionBuild } from '../support/buildOnce';

const LIMIT = 180 * 1024;

test('taskpane.js is at most 180 KB gzip, and the board report and exceljs are separate chunks', () => {
  const dist = requireProductionBuild();
  const page = fs.readFileSync(path.join(dist, 'taskpane.js'));
  const gzip = zlib.gzipSync(page, { level: 9 }).length;
  expect({ gzipKB: Math.round(gzip / 102.4) / 10, withinLimit: gzip <= LIMIT }).toEqual({
    gzipKB: expect.any(Number),
    withinLimit: true,
  });
  expect(fs.existsSync(path.join(dist, 'report.js'))).toBe(true);
  expect(fs.existsSync(path.join(dist, 'boardpack.js'))).toBe(true);
  expect(page.includes('ExcelJS')).toBe(false);
});
