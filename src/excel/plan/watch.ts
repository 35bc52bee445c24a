/**
 * Keeping the workbook plan up to date in the shared runtime. When the workbook opens, RRP Plan is
 * read (the functions wait for this reading, see answerOnceRead), and from then on it is read and
 * checked again whenever the table changes: once, a short quiet time after the last of a burst of
 * changes (a paste raises many). Changes that lie wholly in the Check column are the add-in's own
 * writes and are ignored, or every check would set off the next. Excel raises table events after
 * the batch that made the change, never inside a sync.
 */
import { expectWorkbookPlan, settleWorkbookPlan } from '../../domain/planData';
import type { PlanCheckSummary } from '../../domain/workbookPlan';
import { WATCH_DEBOUNCE_MS } from '../actuals/watch';
import { withinColumns } from '../shared/a1';
import { debounce, type Debounced } from '../shared/debounce';
import { officeErrorCode, toLayerError } from '../shared/excelErrors';
import { requireExcel } from '../shared/host';
import { planCheckColumn, readPlanInWorkbook } from './read';
import { PLAN_API, PLAN_TABLE } from './columns';

interface Watch {
  registration: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;
  debounced: Debounced;
}

let watch: Watch | undefined;
let debounceMs = WATCH_DEBOUNCE_MS;
/** Every reading of the table, for whoever wants to know (the pane, tests); errors in plain words. */
let onRead: ((outcome: { summary?: PlanCheckSummary; error?: string }) => void) | undefined;

async function readAgain(): Promise<void> {
  try {
    const summary = await readPlanInWorkbook('leave');
    onRead?.({ summary });
  } catch (error) {
    onRead?.({ error: toLayerError(error, 'read the plan on RRP Plan').message });
  }
}

/**
 * Starts re-reading RRP Plan when it changes, if it exists and is not watched already; resolves to
 * whether it is watched. Excel before ExcelApi 1.7 has no table events: the plan is then read at start-up,
 * after each append and on Check plan only.
 */
export async function watchPlanTable(): Promise<boolean> {
  if (watch) return true;
  try {
    requireExcel('follow changes to RRP Plan', PLAN_API.watch);
  } catch {
    return false;
  }
  const debounced = debounce(debounceMs, () => void readAgain());
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

export interface StartOptions {
  /** Quiet time after the last change before reading again (default 500 ms). */
  debounceMs?: number;
  /** Called after each reading that follows a change. */
  onRead?: (outcome: { summary?: PlanCheckSummary; error?: string }) => void;
}

/**
 * When the workbook opens (the pane's runtime starts): reads RRP Plan, making its rows that pass part
 * of the plan, and watches it. Answers of the RRP functions wait for this first reading. Never
 * rejects: without Excel, or when the reading fails, the plan is the built-in one and the outcome says why.
 */
export async function startWorkbookPlan(options: StartOptions = {}): Promise<{ summary?: PlanCheckSummary; error?: string }> {
  expectWorkbookPlan();
  debounceMs = options.debounceMs ?? WATCH_DEBOUNCE_MS;
  onRead = options.onRead;
  try {
    const summary = await readPlanInWorkbook('leave');
    if (summary !== undefined) await watchPlanTable();
    return { summary };
  } catch (error) {
    return { error: toLayerError(error, 'read the plan on RRP Plan').message };
  } finally {
    settleWorkbookPlan();
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
