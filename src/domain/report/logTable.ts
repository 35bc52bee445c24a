/**
 * RRP Log's rows as plain data: its columns and one row per entry of a closed month (closing.ts).
 * The Analyst and Note columns are Text, so what the analyst typed stays exactly that text. The
 * Excel layer's report/log.ts appends the rows; logEntries.ts reads them back.
 */
import { FORMAT } from '../layout/formats';
import type { ColumnSpec } from '../layout/tables';
import { firstDaySerial } from '../months';
import type { LogEntry } from './closing';

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

export const LOG_FORMATS = LOG_COLUMNS.map((c) => c.format ?? FORMAT.general);
