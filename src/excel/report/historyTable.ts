/**
 * RRP History on its sheet: the domain's lines (domain/report/historyTable.ts) as a table, rebuilt on
 * every build. Always at A1 of its sheet, so the charts' ranges are known without reading the sheet.
 * Its rows go in blocks of at most MAX_REQUEST_BYTES, one sync each, when they would not fit one
 * request.
 */
import { HISTORY_COLUMNS, type Cell } from '../../domain/report';
import { FORMAT } from '../../domain/layout/formats';
import { MAX_REQUEST_BYTES, REPORT_TABLES } from './names';

/** Rows in consecutive blocks whose JSON (as Office.js sends it) stays under `maxBytes`. */
export function byteBlocks<T>(rows: readonly T[], maxBytes = MAX_REQUEST_BYTES): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = new TextEncoder().encode(JSON.stringify(row)).length + 1;
    if (i > start && bytes + size > maxBytes) {
      blocks.push({ start, count: i - start });
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (rows.length > start) blocks.push({ start, count: rows.length - start });
  return blocks;
}

/**
 * Writes RRP History at A1 of `sheet` (its old table, if any, already removed by the caller), body
 * first in byte-sized blocks (a sync after each but the last), then the table over it. Resolves once
 * the last block is queued; the caller's sync sends it with the table.
 */
export async function writeHistory(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  lines: readonly Cell[][],
): Promise<Excel.Table> {
  const columns = HISTORY_COLUMNS.length;
  sheet.getRangeByIndexes(0, 0, 1, columns).values = [HISTORY_COLUMNS.map((c) => c.header)];
  const formats = HISTORY_COLUMNS.map((c) => c.format ?? FORMAT.general);
  // A block's request carries each row's number formats beside its values: both count.
  const blocks = byteBlocks(lines.map((line) => [...line, ...formats]));
  for (const [i, block] of blocks.entries()) {
    const range = sheet.getRangeByIndexes(1 + block.start, 0, block.count, columns);
    range.numberFormat = lines.slice(block.start, block.start + block.count).map(() => formats);
    range.values = lines.slice(block.start, block.start + block.count).map((l) => [...l]);
    if (i < blocks.length - 1) await context.sync();
  }
  if (lines.length === 0) sheet.getRangeByIndexes(1, 0, 1, columns).numberFormat = [formats];
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + Math.max(lines.length, 1), columns), true);
  table.name = REPORT_TABLES.history;
  table.style = 'TableStyleMedium2';
  table.getRange().format.autofitColumns();
  for (const c of HISTORY_COLUMNS)
    if (c.width !== undefined) table.columns.getItem(c.header).getRange().format.columnWidth = c.width;
  table.columns.getItem('New period').getDataBodyRange().dataValidation.prompt = {
    title: 'New period',
    message:
      'Type Yes to start a new period (its own mean and limits) at this month, or No where the add-in wrote Series break to keep one period. Kept when the report is built again.',
    showPrompt: true,
  };
  return table;
}
