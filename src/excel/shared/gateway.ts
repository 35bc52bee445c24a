/**
 * The one way into the workbook: every batch of the Excel layer runs here rather than through
 * `Excel.run` directly (lint holds it), so each gets the same care.
 * - Typing: a batch that reaches Excel while the analyst is editing a cell fails unless it asks to
 *   wait (`delayForCellEdit`, Excel.RunOptions, ExcelApi 1.5). Batches that start by themselves (an
 *   event's check, start-up) ask to wait; a batch the analyst started with a click does not, so a
 *   cell left in edit mode gets the plain "finish editing the cell" message instead of a silent wait.
 * - Undo: where the host has ExcelApi 1.20, all the syncs of one batch are one undo group
 *   (`mergeUndoGroup`), so one Ctrl+Z undoes a whole import or check. The RunOptions page does not
 *   say what an older host does with an option it does not know, so it is asked only where the host
 *   says it has the set.
 * - Retry: a batch Excel refuses with ServiceNotAvailable ("The service is unavailable", the error
 *   handling page) is run once more, unless it must not run twice (an append).
 * Blocks of rows inside a batch are sized by bytes by payload.ts.
 */
import { officeErrorCode } from './layerErrors';

/** The Office.js error code of a passing failure, after which the same batch may succeed. */
export const TRANSIENT_ERROR = 'ServiceNotAvailable';

/** ExcelApi version that brings RunOptions.mergeUndoGroup. */
export const UNDO_GROUP_API = '1.20';

export interface BatchOptions {
  /** Started by an event or at start-up (not by the analyst): wait for a cell edit to end instead of failing. */
  waitForCellEdit?: boolean;
  /** False for a batch that must not run twice, such as one that adds rows: it is not retried. */
  repeatable?: boolean;
}

/** For a batch that adds rows: run again, it would add them twice. */
export const NOT_TWICE: BatchOptions = { repeatable: false };

/** For a batch that starts by itself (a change event's check, start-up), while the analyst may be typing. */
export const BY_ITSELF: BatchOptions = { waitForCellEdit: true };

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const undoGroupSupported = (): boolean =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', UNDO_GROUP_API) === true;

function runOptions(options: BatchOptions): Excel.RunOptions {
  return {
    ...(options.waitForCellEdit ? { delayForCellEdit: true } : {}),
    ...(undoGroupSupported() ? { mergeUndoGroup: true } : {}),
  };
}

/** Runs `batch` in a new request context, as BatchOptions say. */
export async function runBatch<T>(batch: Batch<T>, options: BatchOptions = {}): Promise<T> {
  const once = () => Excel.run(runOptions(options), batch);
  try {
    return await once();
  } catch (error) {
    if (officeErrorCode(error) !== TRANSIENT_ERROR || options.repeatable === false) throw error;
    return once();
  }
}

/**
 * Runs `batch` in the request context of an object made earlier (event handlers are removed only
 * through the context that added them); that context keeps the options of the batch that made it.
 */
export function runBatchIn<T>(
  context: OfficeExtension.EventHandlerResult<unknown>['context'],
  batch: Batch<T>,
): Promise<T> {
  return Excel.run(context, batch);
}
