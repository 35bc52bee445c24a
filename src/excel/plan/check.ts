/**
 * Checking RRP Plan in the workbook and handing the rows that pass to the plan every RRP function
 * reads (loaded on demand: only a workbook with an RRP Plan table needs it). Read the analyst's
 * columns and Check (one sync per block of rows), check with the domain, replace the workbook plan
 * (setWorkbookPlan), then write Check where it is not what the check says (one sync per block that
 * differs; none when Check is up to date) and, when the plan changed, recalculate the workbook's RRP
 * formulas (recalculate.ts): Excel knows no link from a formula such as =RRP.TARGET("NW","EMP_6W") to
 * the table. The analyst's cells are never written.
 * Syncs, after the layout's: one per block read + at most one per block written + the recalculation's.
 */
import { setWorkbookPlan } from '../../domain/planData';
import {
  checkPlanRows,
  planSummaryOf,
  PLAN_COLUMNS,
  type PlanCheckSummary,
  type PlanColumn,
  type PlanRow,
} from '../../domain/workbookPlan';
import { cellOf } from '../../domain/actuals/cells';
import { blocksBySize, readInBlocks, rowBytes } from '../shared/payload';
import { ExcelLayerError } from '../shared/layerErrors';
import { sameName } from '../../domain/layout/sheetNames';
import { CHECK_HEADER, PLAN_SHEET } from '../../domain/layout/sheetNames';
import type { PlanLayout, QueuedPlanLayout } from './layout';
import type { WhenProtected } from './reading';
import { followPlanChange } from './recalculate';

/** Sheet column (0-based) of Check at the last reading: changes there are the add-in's own. */
let checkColumn: number | undefined;

export const planCheckColumn = (): number | undefined => checkColumn;

const indexOf = (headers: readonly string[], name: string): number | undefined => {
  const index = headers.findIndex((h) => sameName(h.trim(), name));
  return index < 0 ? undefined : index;
};

/** After the sync that loaded it: the layout of RRP Plan. */
export function planLayoutOf(queued: QueuedPlanLayout): PlanLayout {
  const headers = queued.header.values[0].map((h) => (typeof h === 'string' ? h : String(h)));
  const columns: Partial<Record<PlanColumn, number>> = {};
  for (const column of PLAN_COLUMNS) {
    const index = indexOf(headers, column);
    if (index !== undefined) columns[column] = index;
  }
  return {
    table: queued.table,
    rowCount: queued.body.rowCount,
    headers,
    columns,
    check: indexOf(headers, CHECK_HEADER),
    sheetName: queued.sheet.name,
    sheetProtected: queued.sheet.protection.protected,
    firstSheetColumn: queued.header.columnIndex,
  };
}

/** Throws a plain error naming the first column the table lacks (Check included: the add-in writes there). */
export function requirePlanColumns(layout: PlanLayout): void {
  const missing = [
    ...PLAN_COLUMNS.filter((c) => layout.columns[c] === undefined),
    ...(layout.check === undefined ? [CHECK_HEADER] : []),
  ];
  if (missing.length === 0) return;
  throw new ExcelLayerError(
    `The ${PLAN_SHEET} table has no ${missing[0]} column. Its columns should be ${[...PLAN_COLUMNS, CHECK_HEADER].join(', ')}: give the column its name back and try again.`,
    'ColumnMissing',
  );
}

/** The rows of the table as RRP Plan rows, and the Check text each has now. */
async function readRows(
  context: Excel.RequestContext,
  layout: PlanLayout,
): Promise<{ rows: PlanRow[]; checks: unknown[] }> {
  const indexes = [...PLAN_COLUMNS.map((c) => layout.columns[c] as number), layout.check as number];
  // eslint-disable-next-line no-restricted-syntax -- bounded: one per table column
  const first = Math.min(...indexes);
  // eslint-disable-next-line no-restricted-syntax -- bounded: one per table column
  const last = Math.max(...indexes);
  const rows: PlanRow[] = [];
  const checks: unknown[] = [];
  // Blocks sized by the bytes Excel sends back (its 5 MB limit on the web), one sync each.
  await readInBlocks(
    context,
    layout.rowCount,
    (block) =>
      layout.table
        .getDataBodyRange()
        .getCell(block.start, first)
        .getResizedRange(block.count - 1, last - first)
        .load('values'),
    (values) => {
      for (const cells of values) {
        rows.push(
          Object.fromEntries(
            PLAN_COLUMNS.map((c) => [c, cellOf(cells[(layout.columns[c] as number) - first])]),
          ) as PlanRow,
        );
        checks.push(cells[(layout.check as number) - first]);
      }
    },
  );
  return { rows, checks };
}

/**
 * Checks the table whose layout was just read, in the same context, and makes its passing rows the
 * workbook plan. `known`: the rows and Check texts when the caller has them already (read back in the
 * sync that wrote them), so they are not read again. `write`: false after a co-author's change, which
 * their add-in writes the Check of: nothing is written then.
 */
export async function checkLaidOutPlan(
  context: Excel.RequestContext,
  layout: PlanLayout,
  whenProtected: WhenProtected,
  known?: { rows: PlanRow[]; checks: unknown[] },
  write = true,
): Promise<PlanCheckSummary> {
  requirePlanColumns(layout);
  checkColumn = layout.firstSheetColumn + (layout.check as number);
  const { rows, checks } = known ?? (await readRows(context, layout));
  const result = checkPlanRows(rows);
  const changed = setWorkbookPlan(result.used.map((u) => u.record));

  // Write blocks sized by the bytes of the Check texts they send; none when this reading writes nothing.
  const blocks = write ? blocksBySize(rowBytes(result.rows.map((r) => [r.message]))) : [];
  const stale = blocks.filter((block) =>
    result.rows.slice(block.start, block.start + block.count).some((r, i) => r.message !== checks[block.start + i]),
  );
  // Formulas follow the rows that pass even when Check cannot be written (calculating writes nothing).
  await followPlanChange(context, changed);
  if (stale.length > 0 && layout.sheetProtected && whenProtected === 'refuse') {
    throw new ExcelLayerError(
      `The sheet ${layout.sheetName} is protected, so the add-in cannot write the result of each check in its Check column. The rows that pass are used all the same. Unprotect it (Review > Unprotect Sheet) and check the plan again.`,
      'SheetProtected',
    );
  }
  const writes = layout.sheetProtected ? [] : stale;
  for (const block of writes) {
    const range = layout.table
      .getDataBodyRange()
      .getCell(block.start, layout.check as number)
      .getResizedRange(block.count - 1, 0);
    range.values = result.rows.slice(block.start, block.start + block.count).map((r) => [r.message]);
    await context.sync();
  }
  return planSummaryOf(result);
}
