/**
 * Keeping the workbook plan up to date in the shared runtime (loaded on demand, once the workbook has
 * an RRP Plan table; start.ts reads it when the workbook opens): RRP Plan is read and checked again
 * whenever the table changes: once, a short quiet time after the last of a burst of changes (a paste
 * raises many). Changes that lie wholly in the Check column are the add-in's own
 * writes and are ignored, or every check would set off the next. Excel raises table events after
 * the batch that made the change, never inside a sync.
 */
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { WATCH_DEBOUNCE_MS } from '../actuals/watch';
import { withinColumns } from '../shared/a1';
import { debounce, type Debounced } from '../shared/debounce';
import { officeErrorCode, toLayerError } from '../shared/excelErrors';
import { requireExcel } from '../shared/host';
import { planCheckColumn } from './check';
import { READING, readPlanInWorkbook } from './read';
import { PLAN_API, PLAN_TABLE } from './columns';

interface Watch {
  registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;
  debounced: Debounced;
}

export interface WatchPlanOptions {
  /** Quiet time after the last change before reading again (default 500 ms). */
  debounceMs?: number;
  /** Called after each reading that follows a change; errors in plain words. */
  onRead?: (outcome: { summary?: PlanCheckSummary; error?: string }) => void;
}

let watch: Watch | undefined;
let options: WatchPlanOptions = {};

async function readAgain(): Promise<void> {
  try {
    const summary = await readPlanInWorkbook('leave');
    options.onRead?.({ summary });
  } catch (error) {
    options.onRead?.({ error: toLayerError(error, READING).message });
  }
}

/**
 * Starts re-reading RRP Plan when it changes, if it exists and is not watched already; resolves to
 * whether it is watched. Excel before ExcelApi 1.7 has no table events: the plan is then read at start-up,
 * after each append and on Check plan only.
 */
export async function watchPlanTable(watchOptions?: WatchPlanOptions): Promise<boolean> {
  if (watchOptions) options = watchOptions;
  if (watch) return true;
  try {
    requireExcel('follow changes to RRP Plan', PLAN_API.watch);
  } catch {
    return false;
  }
  const debounced = debounce(options.debounceMs ?? WATCH_DEBOUNCE_MS, () => void readAgain());
  const onChanged = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    // Excel can deliver a change after the handler is removed (events follow their batch): ignore it then.
    if (watch?.debounced !== debounced) return;
    const check = planCheckColumn();
    if (check !== undefined && withinColumns(event.address, new Set([check]))) return;
    debounced.trigger();
  };
  try {
    const registration = await Excel.run(async (context) => {
      const added = context.workbook.tables.getItem(PLAN_TABLE).onChanged.add(onChanged);
      await context.sync();
      return added;
    });
    watch = { registration, debounced };
    return true;
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return false;
    throw toLayerError(error, 'follow changes to RRP Plan');
  }
}

/** Stops watching RRP Plan (resolves once Excel has dropped the handler). */
export async function stopWatchingPlan(): Promise<void> {
  const current = watch;
  watch = undefined;
  if (!current) return;
  current.debounced.cancel();
  try {
    // A handler can only be removed through the context that added it.
    await Excel.run(current.registration.context, async (context) => {
      current.registration.remove();
      await context.sync();
    });
  } catch (error) {
    throw toLayerError(error, 'stop following changes to RRP Plan');
  }
}
