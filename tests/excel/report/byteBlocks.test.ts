import { HISTORY_COLUMNS } from '../../../src/domain/report/historyTable';
import { byteBlocks, writeHistory } from '../../../src/excel/report/historyTable';
import { installedDouble } from '../../support/excelLayer';

describe('byteBlocks', () => {
  it('cuts rows into consecutive blocks whose JSON stays under the limit, counting UTF-8 bytes', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ['KSS', 'EMP_6W', i, 'é'.repeat(20)]);
    const size = Buffer.byteLength(JSON.stringify(rows[0])) + 1;
    const blocks = byteBlocks(rows, size * 3);
    expect(blocks).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
    expect(byteBlocks(rows)).toEqual([{ start: 0, count: 10 }]);
    expect(byteBlocks([])).toEqual([]);
  });

  it('gives a row larger than the limit a block of its own rather than dropping it', () => {
    expect(byteBlocks([['x'.repeat(100)], ['y']], 50)).toEqual([
      { start: 0, count: 1 },
      { start: 1, count: 1 },
    ]);
  });
});

describe('writeHistory', () => {
  it('sends a history over 4 MB in blocks, one sync each, never more than 4 MB per request', async () => {
    const { double, restore } = installedDouble();
    try {
      const note = 'n'.repeat(300);
      const lines = Array.from({ length: 10_000 }, (_, i) => [
        'KSS',
        'EMP_6W',
        45000 + i,
        2023,
        0.1,
        0.2,
        0.3,
        'On track',
        '',
        '',
        0.2,
        0.1,
        0.3,
        '○ Common cause: no signal',
        note,
        '',
      ]);
      double.resetStats();
      await Excel.run(async (context) => {
        await writeHistory(context, context.workbook.worksheets.add('RRP History'), lines);
        await context.sync();
      });
      expect(double.syncCount).toBe(2);
      const [first, second] = double.syncLog().map((s) => s.rowsWritten);
      expect(first - 1 + second).toBe(10_000); // the header row goes with the first block
      // What a block sends per row: its values and its number formats.
      const formats = HISTORY_COLUMNS.map((c) => c.format ?? 'General');
      const sent = (rows: unknown[][]) => Buffer.byteLength(JSON.stringify(rows.map((l) => [...l, ...formats])));
      const bytes = sent(lines.slice(0, first - 1));
      expect(bytes).toBeLessThanOrEqual(4 * 1024 * 1024);
      expect(bytes + sent([lines[first - 1]])).toBeGreaterThan(4 * 1024 * 1024 - 1000);
      expect(double.table('RRPHistory')?.rowCount).toBe(10_000);
    } finally {
      restore();
    }
  }, 60_000);
});
