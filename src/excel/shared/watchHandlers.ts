/**
 * The event handlers of a watch on a table (RRP Actuals, RRP Plan): hearing that the table has gone,
 * and dropping them all. Excel stops calling a table's own handlers once it is
 * deleted, and documents the sheet's deleted event for a sheet deleted, not whether its tables' are
 * raised too: so the workbook's tables and sheets are both listened to (tables.onDeleted, ExcelApi 1.9;
 * worksheets.onDeleted, 1.7), and an event is the watched table's when its id, or its sheet's, matches
 * (ids stay the same when a table or sheet is renamed, and are never its name).
 * Excel for Mac may raise no event when the analyst deletes every column of a table (office-js issue
 * 1320), so the watch also looks for the table, by id, each time the task pane is shown again
 * (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1).
 */
import { BY_ITSELF, runBatch, runBatchIn } from './gateway';

/** Removers of the pane-shown listeners, by the deletion handler they go with, for removeHandlers. */
const visibilityRemovers = new WeakMap<object, () => Promise<void>>();

/**
 * Calls `onShown` each time the task pane is shown again; resolves to the function that stops it.
 * Where the host refuses (no shared runtime), nothing: the deleted events alone tell.
 */
async function whenPaneShown(onShown: () => void): Promise<() => Promise<void>> {
  const addin = typeof Office === 'undefined' ? undefined : Office.addin;
  try {
    if (addin?.onVisibilityModeChanged)
      return await addin.onVisibilityModeChanged((message) => {
        if (message.visibilityMode === Office.VisibilityMode.taskpane) onShown();
      });
  } catch {
    // Not offered here: as without the API.
  }
  return async () => undefined;
}

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
  const lookAgain = async (): Promise<void> => {
    const tableId = watched?.tableId;
    if (heard || tableId === undefined) return;
    const gone = await runBatch(async (later) => {
      const found = later.workbook.tables.getItemOrNullObject(tableId);
      await later.sync();
      return found.isNullObject;
    }, BY_ITSELF);
    await deleted(gone);
  };
  // A look that fails (Excel busy) changes nothing: the next showing, or the event, tells.
  const listening = whenPaneShown(() => void lookAgain().catch(() => undefined));
  const handlers = [
    tables.onDeleted.add((event) => deleted(event.tableId === watched?.tableId)),
    worksheets.onDeleted.add((event) => deleted(event.worksheetId === watched?.sheetId)),
  ];
  visibilityRemovers.set(handlers[0], async () => (await listening)());
  return {
    handlers,
    synced: () => void (watched = { tableId: table.id, sheetId: sheet.id }),
  };
}

/**
 * Drops event handlers added in one batch, in one sync: a handler can only be removed through the
 * context that added it. A deletion handler's pane-shown listener goes with it.
 */
export async function removeHandlers(handlers: readonly OfficeExtension.EventHandlerResult<unknown>[]): Promise<void> {
  if (handlers.length === 0) return;
  await Promise.all(handlers.map((handler) => visibilityRemovers.get(handler)?.()));
  await runBatchIn(handlers[0].context, async (context) => {
    for (const handler of handlers) handler.remove();
    await context.sync();
  });
}
