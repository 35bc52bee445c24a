/**
 * RRP Log: one row per metric of a closed month (see the domain's closing.ts), appended, never
 * rewritten. Created with the first closing; later rows go just below the table, which is resized
 * over them (shared/appendBelow.ts: not rows.add, which conflicts with co-authors' edits). The
 * Analyst and Note columns are Text, set before the text goes in, so what the analyst typed stays
 * exactly that text (never a formula, number, date or TRUE).
 */
import type { LogEntry } from '../../domain/report';
import { LOG_COLUMNS, LOG_FORMATS, logRow } from '../../domain/report/logTable';
import { queueRowsBelow } from '../shared/appendBelow';
import { REPORT_TABLES } from './names';

/**
 * Queues the log's rows: below the existing table (whose cells there `queueUsedBelow` found empty),
 * or a new table on a new sheet named `place.sheetName`; number formats before values either way.
 */
export function queueLogRows(
  context: Excel.RequestContext,
  entries: readonly LogEntry[],
  place: { existing: boolean; sheetName: string },
): void {
  const rows = entries.map(logRow);
  if (place.existing) {
    queueRowsBelow(context.workbook.tables.getItem(REPORT_TABLES.log), rows, LOG_FORMATS);
    return;
  }
  const sheet = context.workbook.worksheets.add(place.sheetName);
  const last = LOG_COLUMNS.length - 1;
  sheet.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length).values = [LOG_COLUMNS.map((c) => c.header)];
  const body = sheet.getRangeByIndexes(1, 0, rows.length, LOG_COLUMNS.length);
  body.numberFormat = rows.map(() => LOG_FORMATS);
  body.values = rows;
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rows.length + 1, last + 1), true);
  table.name = REPORT_TABLES.log;
  table.style = 'TableStyleLight9';
  table.getRange().format.autofitColumns();
  for (const c of LOG_COLUMNS)
    if (c.width !== undefined) table.columns.getItem(c.header).getRange().format.columnWidth = c.width;
  sheet.freezePanes.freezeRows(1);
}
