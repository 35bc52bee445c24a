/**
 * Checking RRP Actuals in the workbook: read the analyst's columns and what the add-in's columns hold
 * (in blocks), check every row with the domain's checkActuals, and write only the Check and Used
 * cells whose content changes (the domain's changedAreas). The analyst's cells are never written. The
 * progress of each row of RRP Progress is worked out from the same check (its values are read in the
 * layout sync), so the pane need not read progress again. Syncs: 1 (layout and progress values) + one
 * per block read + one per block of changes written (none when nothing changes): a first check of
 * 100,000 rows takes 1 + 5 + 5, a check after one pasted row 1 + 1 + 1.
 */
import { checkActuals, currentMonth, type ActualsRow, type CheckResult, type Today } from '../../domain/actuals';
import type { ActualsCheckSummary } from '../../domain/actuals';
import { CHECKED_COLUMNS, OWNED_HEADERS } from '../../domain/layout/actualsColumns';
import { writeOwnedChanges } from './ownedWrites';
import { readActualsRows, readRowsWithOwned } from '../shared/actualsRows';
import {
  actualsError,
  ownedSheetColumns,
  readActualsLayout,
  requireAnalystColumns,
  requireOwnedColumns,
  requireWritable,
  type ActualsLayout,
} from '../shared/actualsLayout';
import { summaryOf } from '../../domain/actuals';
import { ownedCells } from '../../domain/layout/ownedCells';
import { exclusive } from '../shared/exclusive';
import { EXCEL_API, requireExcel } from '../shared/host';
import { probeProgress, progressOfCheck, queueProgressValues, type QueuedProgress } from '../shared/progressValues';
import { queueLogPresence } from '../shared/logPresence';
import { BY_ITSELF, runBatch, type BatchOptions } from '../shared/gateway';

/**
 * Checks counted as they begin (reading the rows) and complete (results written), so the watcher can
 * tell that a change it heard of has been checked already: by a check that began after it.
 */
let checksBegun = 0;
let lastCompletedCheck = 0;

/** The number of checks begun so far: a check numbered above this one begins after now. */
export const checksBegunSoFar = (): number => checksBegun;

export interface CheckedTable {
  summary: ActualsCheckSummary;
  /** Sheet columns (0-based) the check wrote to: the add-in's columns. */
  ownedSheetColumns: number[];
}

/**
 * Checks the table whose layout was just read, in the same context. `progressProbe`: RRP Progress as
 * probed in the layout's sync (probeProgress); its values, when it is there, come with the first
 * block, for the summary's progress. `appended`: the last rows of the table, just added in this run,
 * as Excel holds them: only the rows above them are read. `log`: RRP Log's presence
 * (queueLogPresence, in the layout's sync): its rows are read with the first block, and a used row
 * whose figure changed after its month was closed gets a note saying so. `write`: false for a check
 * that only tells the pane (a co-author's change, which their add-in writes): it writes nothing.
 */
export async function checkLaidOutTable(
  context: Excel.RequestContext,
  layout: ActualsLayout,
  today: Today,
  progressProbe?: Excel.Table,
  appended: readonly ActualsRow[] = [],
  log?: Excel.Table,
  write = true,
): Promise<CheckedTable> {
  requireAnalystColumns(layout, CHECKED_COLUMNS);
  requireOwnedColumns(layout);
  if (write) requireWritable(layout, 'write the result of each check');
  const check = ++checksBegun;
  // Only a workbook with a closed month loads the closing check (a chunk of its own).
  const closingCheck =
    log && !log.isNullObject
      ? await import(/* webpackChunkName: "closingCheck" */ '../shared/closingCheck')
      : undefined;
  let progress: QueuedProgress | undefined;
  let closings: ((result: CheckResult) => CheckResult) | undefined;
  const alongside = () => {
    // Loaded with the first block (again, when it is read again smaller).
    progress = progressProbe && queueProgressValues(context, progressProbe);
    closings = closingCheck?.queueClosingNotes(context);
  };
  const existing = { ...layout, rowCount: layout.rowCount - appended.length };
  const above = write
    ? await readRowsWithOwned(context, existing, CHECKED_COLUMNS, alongside)
    : { rows: await readActualsRows(context, existing, CHECKED_COLUMNS, alongside), owned: [] };
  if (closings && above.rows.length === 0) await context.sync(); // no block was read to carry the log's read
  const rows = [...above.rows, ...appended];
  const checked = checkActuals(rows, { today });
  const result = closings ? closings(checked) : checked;
  if (write) {
    // The appended rows' add-in cells were written blank with them.
    const held = [...above.owned, ...appended.map(() => OWNED_HEADERS.map(() => ''))];
    await writeOwnedChanges(context, layout, held, ownedCells(result));
    lastCompletedCheck = Math.max(lastCompletedCheck, check); // only a check that writes covers a change for the watcher
  }
  const summary = summaryOf(result);
  const items = progress && progressOfCheck(progress, result.actuals);
  if (items !== undefined) summary.progress = items;
  return { summary, ownedSheetColumns: ownedSheetColumns(layout) };
}

/**
 * One check in its own batch, run after any check or import under way; errors in plain words.
 * `batch`: how it runs (the watcher's waits for a cell being edited); `write`: whether it writes its
 * results (not for a co-author's change, which their own add-in writes).
 */
async function exclusiveCheck<T>(
  check: (run: () => Promise<CheckedTable>) => Promise<T>,
  today: Today,
  batch: BatchOptions = {},
  write = true,
): Promise<T> {
  requireExcel('check the actuals', EXCEL_API.actuals);
  const run = () =>
    runBatch(async (context) => {
      const progress = probeProgress(context); // found in the layout's sync
      const log = queueLogPresence(context);
      return checkLaidOutTable(context, await readActualsLayout(context), today, progress, [], log, write);
    }, batch);
  try {
    return await exclusive(() => check(run));
  } catch (error) {
    throw actualsError(error, 'check the actuals');
  }
}

/**
 * For the watcher: the check with where it wrote (it ignores the changes its own writes cause).
 * `heardAt`: the checks begun when the change to check was heard. When, by the check's turn, a check
 * that began after that has completed (an import's), the change is checked already: this resolves to
 * undefined without calling Excel. `write`: false when only co-authors' changes were heard (their
 * add-ins write their results): the check reads and tells the pane, and writes nothing.
 */
export function checkActualsTable(
  heardAt: () => number,
  today: Today = currentMonth(),
  write = true,
): Promise<CheckedTable | undefined> {
  return exclusiveCheck(
    (run) => (lastCompletedCheck > heardAt() ? Promise.resolve(undefined) : run()),
    today,
    BY_ITSELF,
    write,
  );
}

/**
 * Checks every row of RRP Actuals and writes each row's Check and Used cells. `today` is the
 * current month (months after it are refused); by the computer's clock unless given.
 */
export async function checkActualsInWorkbook(today: Today = currentMonth()): Promise<ActualsCheckSummary> {
  return (await exclusiveCheck((run) => run(), today)).summary;
}
