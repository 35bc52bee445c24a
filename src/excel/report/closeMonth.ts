/**
 * Closing a region's month: the log entries (the domain's closingEntries, from the rows a check uses
 * now) appended to RRP Log, created with the first closing. RRP Actuals is only read; closing blocks
 * no later change (the check notes one, the report marks it restated). Closing a month closed before
 * logs it again and says when it was closed and what changed since. Syncs: 2 for up to 20,000
 * actuals rows (what exists and the rows; the log written with the next) + 1, and one more when RRP
 * Log exists: whether the cells below it, where the rows go, are empty (shared/appendBelow.ts).
 */
import { currentMonth, type Today } from '../../domain/actuals';
import {
  closingEntries,
  earlierClosing,
  serialOfMoment,
  type CloseChoice,
  type MonthClosed,
} from '../../domain/report';
import { ExcelLayerError, toLayerError } from '../shared/layerErrors';
import { requireExcel } from '../shared/host';
import { APPEND_API, queueUsedBelow, requireEmptyBelow } from '../shared/appendBelow';
import { freeSheetName } from '../../domain/layout/sheetNames';
import { readReportInputs, tableOf } from './inputs';
import { queueLogRows } from './log';
import { REPORT_SHEETS, REPORT_TABLES } from './names';
import { NOT_TWICE, runBatch } from '../shared/gateway';

/** Adding rows below RRP Log and resizing it over them (shared/appendBelow.ts). */
export const CLOSE_API = APPEND_API;

export async function closeMonthInWorkbook(
  choice: CloseChoice,
  now: Date = new Date(),
  today: Today = currentMonth(),
): Promise<MonthClosed> {
  const analyst = choice.analyst.trim();
  if (analyst === '')
    throw new ExcelLayerError(
      'Give your name to close the month: Excel does not tell the add-in who is using it.',
      'NoName',
    );
  requireExcel('close the month', CLOSE_API);
  try {
    return await runBatch(async (context) => {
      const inputs = await readReportInputs(context, today, { logOnly: true });
      const closedAt = serialOfMoment(now);
      const entries = closingEntries(inputs.actuals, {
        region: choice.region,
        month: choice.month,
        closedAt,
        analyst,
        note: choice.note.trim(),
      });
      const log = tableOf(inputs, REPORT_TABLES.log);
      if (log) {
        const used = queueUsedBelow(context.workbook.tables.getItem(REPORT_TABLES.log), entries.length);
        await context.sync();
        requireEmptyBelow(used, REPORT_SHEETS.log, 'record the closing');
      }
      queueLogRows(
        context,
        entries,
        log
          ? { existing: true, sheetName: log.sheet }
          : { existing: false, sheetName: freeSheetName(REPORT_SHEETS.log, inputs.sheets) },
      );
      await context.sync();
      const closed: MonthClosed = {
        region: choice.region,
        month: choice.month,
        rowsUsed: entries[0].rowsUsed,
        closedAt,
      };
      const before = earlierClosing(inputs.log, inputs.actuals, choice);
      return before ? { ...closed, closedBefore: before } : closed;
    }, NOT_TWICE);
  } catch (error) {
    throw toLayerError(error, 'close the month');
  }
}
