/**
 * Checking RRP Actuals by itself whenever the table changes. A paste of many cells makes Excel report
 * many changes, so the check runs once, a short quiet time (debounce) after the last of them. The
 * check's own writes change the table too: changes that lie wholly in the add-in's columns (Check,
 * Used …) are ignored, or every check would set off the next. An import's rows are known by the
 * area it wrote (ownChanges.ts), not by when their events arrive (Excel raises them after the batch,
 * in no fixed order with the import's own check); the import checks them itself. One check runs at a
 * time; changes during a check make one more check after it. A change already checked by a check
 * that began after it was heard sets off no check of its own. In a shared workbook every co-author's
 * add-in hears every change: a change whose source is Remote (a co-author's) is checked to update what
 * the pane shows, but written by the co-author's own add-in only, so this check writes nothing unless
 * a Local change was heard too (Microsoft's co-authoring page: each add-in handles the events of its
 * own user's changes). Excel stops calling a handler once its
 * table is deleted, so the watch also listens for the table's deletion and its sheet's
 * (shared/watchHandlers.ts), and then stops by itself.
 */
import type { Today } from '../../domain/actuals';
import type { ActualsCheckSummary } from '../../domain/actuals';
import { withinColumns } from '../../domain/layout/a1';
import { actualsError, ownedSheetColumns, readActualsLayout } from '../shared/actualsLayout';
import { checkActualsTable, checksBegunSoFar } from './check';
import { debounce, WATCH_DEBOUNCE_MS } from '../shared/debounce';
import { isOwnChange, listenForOwnChanges } from './ownChanges';
import { toLayerError } from '../shared/layerErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { SHEET_NAMES, TABLE_NAMES } from '../../domain/layout/sheetNames';
import { queueDeletionHandlers, removeHandlers } from '../shared/watchHandlers';
import { BY_ITSELF, runBatch } from '../shared/gateway';

/** What the pane is told when the watch has stopped by itself: the table it watched was deleted. */
export const ACTUALS_DELETED = `${SHEET_NAMES.actuals} was deleted, so automatic checking is off. Load plan data to make it again: automatic checking then starts again by itself.`;

export interface WatchOptions {
  /** Quiet time after the last change before checking (default 500 ms). */
  debounceMs?: number;
  /** The current month for each check; by the computer's clock at each check unless given. */
  today?: Today;
}

/** Runs `task` now, or once more right after the run in progress; never two at once. */
function oneAtATime(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await task();
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void run();
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Starts watching: resolves once Excel has the handlers, to a function that stops watching (and
 * resolves once Excel has dropped the handlers). Rejects in plain words when there is no actuals table.
 * When RRP Actuals or its sheet is deleted, the watch stops by itself and calls `onStopped` once, with
 * ACTUALS_DELETED; stopping it after that does nothing.
 */
export async function watchActuals(
  onChecked: (summary: ActualsCheckSummary) => void,
  onError: (message: string) => void,
  onStopped: (message: string) => void,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  requireExcel('check the actuals as they change', EXCEL_API.watchActuals);
  let owned = new Set<number>();
  let stopped = false;
  /** Checks begun when the latest change to check was heard: one numbered above it began after it. */
  let heardAt = 0;
  /** A change of this analyst's (source Local) was heard since the last check began: that check writes. */
  let localHeard = false;

  const check = oneAtATime(async () => {
    const write = localHeard;
    localHeard = false;
    try {
      // Undefined when a check that began after the change (an import's) has covered it.
      const checked = await checkActualsTable(() => heardAt, options.today, write);
      if (checked === undefined) return;
      owned = new Set(checked.ownedSheetColumns);
      if (!stopped) onChecked(checked.summary);
    } catch (error) {
      if (!stopped) onError(messageOf(error)); // already in plain words (checkActualsTable's errors are ExcelLayerErrors)
    }
  });
  const debounced = debounce(options.debounceMs ?? WATCH_DEBOUNCE_MS, check);
  const onChanged = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    if (stopped || withinColumns(event.address, owned) || isOwnChange(event.address)) return;
    if (event.source !== 'Remote') localHeard = true;
    heardAt = checksBegunSoFar();
    debounced.trigger();
  };

  const stopListening = listenForOwnChanges();
  let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    stopListening();
    debounced.cancel();
    await removeHandlers(handlers);
  };
  const deleted = async (): Promise<void> => {
    if (stopped) return;
    // Excel calls the deleted table's handler no more; the collections' two are dropped. The pane is
    // told even if Excel could not drop them: once stopped, they ignore everything.
    await stop().catch(() => undefined);
    onStopped(ACTUALS_DELETED);
  };

  try {
    handlers = await runBatch(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAMES.actuals);
      const deletion = queueDeletionHandlers(context, table, deleted);
      const added = [table.onChanged.add(onChanged), ...deletion.handlers];
      owned = new Set(ownedSheetColumns(await readActualsLayout(context))); // the same sync
      deletion.synced();
      return added;
    }, BY_ITSELF);
  } catch (error) {
    stopListening();
    throw actualsError(error, 'watch the actuals table');
  }

  return async () => {
    try {
      await stop();
    } catch (error) {
      throw toLayerError(error, 'stop watching the actuals table');
    }
  };
}
