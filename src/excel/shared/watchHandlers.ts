/**
 * The event handlers of a watch on a table (RRP Actuals, RRP Plan): hearing that the table has gone,
 * and dropping them all. Excel stops calling a table's own handlers once it is
 * deleted, and documents the sheet's deleted event for a sheet deleted, not whether its tables' are
 * raised too: so the workbook's tables and sheets are both listened to (tables.onDeleted, ExcelApi 1.9;
 * worksheets.onDeleted, 1.7), and an event is the watched table's when its id, or its sheet's, matches
 * (ids stay the same when a table or sheet is renamed, and are never its name).
 */
import { runBatchIn } from './gateway';

export interface DeletionHandlers {
  /** The two handlers, to remove with the watch's others (through the same context). */
  handlers: OfficeExtension.EventHandlerResult<unknown>[];
  /** To call once the batch that queued them has synced: the ids are known from then on. */
  synced(): void;
}

/**
 * Queues, in the batch about to sync, the handlers that call `onDeleted` once, when `table` or its
 * sheet is deleted, and the loading of their ids.
 */
export function queueDeletionHandlers(
  context: Excel.RequestContext,
  table: Excel.Table,
  onDeleted: () => Promise<void>,
): DeletionHandlers {
  table.load('id');
  const sheet = table.worksheet.load('id');
  let watched: { tableId: string; sheetId: string } | undefined;
  let heard = false;
  const deleted = async (matches: boolean): Promise<void> => {
    if (!matches || heard) return;
    heard = true;
    await onDeleted();
  };
  const { tables, worksheets } = context.workbook;
  return {
    handlers: [
      tables.onDeleted.add((event) => deleted(event.tableId === watched?.tableId)),
      worksheets.onDeleted.add((event) => deleted(event.worksheetId === watched?.sheetId)),
    ],
    synced: () => void (watched = { tableId: table.id, sheetId: sheet.id }),
  };
}

/**
 * Drops event handlers added in one batch, in one sync: a handler can only be removed through the
 * context that added it.
 */
export async function removeHandlers(handlers: readonly OfficeExtension.EventHandlerResult<unknown>[]): Promise<void> {
  if (handlers.length === 0) return;
  await runBatchIn(handlers[0].context, async (context) => {
    for (const handler of handlers) handler.remove();
    await context.sync();
  });
}
