/**
 * RRP Log: one row per metric of a closed month (see the domain's closing.ts), appended, never
 * rewritten. Created with the first closing.
 */
import type { LogEntry } from '../../domain/report';
import { firstDaySerial } from '../../domain/months';
import { FORMAT } from '../shared/formats';
import type { ColumnSpec } from '../shared/tableWriter';
import { REPORT_TABLES } from './names';

export const LOG_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Closed at', format: 'dd/mm/yyyy hh:mm' },
  { header: 'Region' },
  { header: 'Month', format: FORMAT.month },
  { header: 'Metric' },
  { header: 'Value when closed', format: FORMAT.percent },
  { header: 'Rows used', format: FORMAT.count },
  { header: 'Analyst', format: FORMAT.text, width: 120 },
  { header: 'Note', format: FORMAT.text, width: 240 },
];

export const logRow = (e: LogEntry): (string | number)[] => [
  e.closedAt,
  e.region,
  firstDaySerial(e.month),
  e.metric ?? '',
  e.value ?? '',
  e.rowsUsed,
  // Analyst and Note are Text (@) columns: Excel keeps what is written there as text, so no apostrophe.
  e.analyst,
  e.note,
];

/** Queues the log's rows: appended to the table, or a new table on a new sheet named `place.sheetName`. */
export function queueLogRows(
  context: Excel.RequestContext,
  entries: readonly LogEntry[],
  place: { existing: boolean; sheetName: string },
): void {
  const rows = entries.map(logRow);
  if (place.existing) {
    context.workbook.tables.getItem(REPORT_TABLES.log).rows.add(undefined, rows);
    return;
  }
  const sheet = context.workbook.worksheets.add(place.sheetName);
  const last = LOG_COLUMNS.length - 1;
  sheet.getRangeByIndexes(0, 0, 1, LOG_COLUMNS.length).values = [LOG_COLUMNS.map((c) => c.header)];
  const body = sheet.getRangeByIndexes(1, 0, rows.length, LOG_COLUMNS.length);
  body.numberFormat = rows.map(() => LOG_COLUMNS.map((c) => c.format ?? FORMAT.general));
  body.values = rows;
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rows.length + 1, last + 1), true);
  table.name = REPORT_TABLES.log;
  table.style = 'TableStyleLight9';
  table.getRange().format.autofitColumns();
  for (const c of LOG_COLUMNS)
    if (c.width !== undefined) table.columns.getItem(c.header).getRange().format.columnWidth = c.width;
  sheet.freezePanes.freezeRows(1);
}
