/**
 * Checking RRP Actuals by itself whenever the table changes. A paste of many cells makes Excel report
 * many changes, so the check runs once, a short quiet time (debounce) after the last of them. The
 * check's own writes change the table too: changes that lie wholly in the add-in's columns (Check,
 * Used …) are ignored, or every check would set off the next. An import's rows are known by the
 * area it wrote (ownChanges.ts), not by when their events arrive (Excel raises them after the batch,
 * in no fixed order with the import's own check); the import checks them itself. One check runs at a
 * time; changes during a check make one more check after it. A change already checked by a check
 * that began after it was heard sets off no check of its own.
 */
import type { Today } from '../../domain/actuals';
import type { ActualsCheckSummary } from '../../domain/actuals';
import { withinColumns } from '../shared/a1';
import { actualsError, ownedSheetColumns, readActualsLayout } from './layout';
import { checkActualsTable, checksBegunSoFar } from './check';
import { debounce } from '../shared/debounce';
import { isOwnChange, listenForOwnChanges } from './ownChanges';
import { toLayerError } from '../shared/excelErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { TABLE_NAMES } from '../shared/sheetNames';

export const WATCH_DEBOUNCE_MS = 500;

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
 * Starts watching: resolves once Excel has the handler, to a function that stops watching (and
 * resolves once Excel has dropped the handler). Rejects in plain words when there is no actuals table.
 */
export async function watchActuals(
  onChecked: (summary: ActualsCheckSummary) => void,
  onError: (message: string) => void,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  requireExcel('check the actuals as they change', EXCEL_API.watchActuals);
  let owned = new Set<number>();
  let stopped = false;
  /** Checks begun when the latest change to check was heard: one numbered above it began after it. */
  let heardAt = 0;

  const check = oneAtATime(async () => {
    try {
      // Undefined when a check that began after the change (an import's) has covered it.
      const checked = await checkActualsTable(() => heardAt, options.today);
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
    heardAt = checksBegunSoFar();
    debounced.trigger();
  };

  let registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;
  const stopListening = listenForOwnChanges();
  try {
    registration = await Excel.run(async (context) => {
      const added = context.workbook.tables.getItem(TABLE_NAMES.actuals).onChanged.add(onChanged);
      owned = new Set(ownedSheetColumns(await readActualsLayout(context))); // the same sync
      return added;
    });
  } catch (error) {
    stopListening();
    throw actualsError(error, 'watch the actuals table');
  }

  return async () => {
    if (stopped) return;
    stopped = true;
    stopListening();
    debounced.cancel();
    try {
      // A handler can only be removed through the context that added it.
      await Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      });
    } catch (error) {
      throw toLayerError(error, 'stop watching the actuals table');
    }
  };
}
