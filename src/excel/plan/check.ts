/**
 * Checking RRP Plan in the workbook and handing the rows that pass to the plan every RRP function
 * reads. Read the analyst's columns and Check (one sync per block of rows), check with the domain,
 * replace the workbook plan (setWorkbookPlan), then write Check where it is not what the check says
 * (one sync per block that differs; none when Check is up to date) and, when the plan changed, ask
 * Excel for a full recalculation in the same sync: Excel knows no link from a formula such as
 * =RRP.TARGET("NW","EMP_6W") to the table, so only a full calculation brings it up to date. The
 * analyst's cells are never written.
 * Syncs: 1 (layout) + one per block read + at most one per block written: 2 or 3 for any real plan.
 */
import { setWorkbookPlan, answeredBeforeWorkbookPlan } from '../../domain/planData';
import { checkPlanRows, planSummaryOf, PLAN_COLUMNS, type PlanCheckSummary, type PlanRow } from '../../domain/workbookPlan';
import { cellOf } from '../../domain/actuals/cells';
import { blocksOf } from '../actuals/blocks';
import { ExcelLayerError, officeErrorCode, toLayerError } from '../shared/excelErrors';
import { exclusive } from '../shared/exclusive';
import { requireExcel } from '../shared/host';
import { PLAN_API, PLAN_SHEET } from './columns';
import { planLayoutOf, queuePlanLayout, requirePlanColumns, type PlanLayout } from './layout';

/** What to do when Check needs writing and the sheet is protected: refuse (an asked-for check) or leave Check as it is (a reading). */
export type WhenProtected = 'refuse' | 'leave';

/** Whether a reading of the plan has completed since the add-in started (the first one may need no recalculation). */
let readBefore = false;
/** Sheet column (0-based) of Check at the last reading: changes there are the add-in's own. */
let checkColumn: number | undefined;

export const planCheckColumn = (): number | undefined => checkColumn;

export const NO_PLAN_TABLE = `There is no ${PLAN_SHEET} table yet: add a region's plan targets from a plan document first.`;

/** The rows of the table as RRP Plan rows, and the Check text each has now. */
async function readRows(context: Excel.RequestContext, layout: PlanLayout): Promise<{ rows: PlanRow[]; checks: unknown[] }> {
  const indexes = [...PLAN_COLUMNS.map((c) => layout.columns[c] as number), layout.check as number];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const rows: PlanRow[] = [];
  const checks: unknown[] = [];
  for (const block of blocksOf(layout.rowCount)) {
    const range = layout.table.getDataBodyRange().getCell(block.start, first).getResizedRange(block.count - 1, last - first).load('values');
    await context.sync();
    for (const cells of range.values) {
      rows.push(Object.fromEntries(PLAN_COLUMNS.map((c) => [c, cellOf(cells[(layout.columns[c] as number) - first])])) as PlanRow);
      checks.push(cells[(layout.check as number) - first]);
    }
  }
  return { rows, checks };
}

/**
 * Checks the table whose layout was just read, in the same context, and makes its passing rows the
 * workbook plan. `known`: the rows and Check texts when the caller has them already (read back in the
 * sync that wrote them), so they are not read again.
 */
export async function checkLaidOutPlan(
  context: Excel.RequestContext,
  layout: PlanLayout,
  whenProtected: WhenProtected,
  known?: { rows: PlanRow[]; checks: unknown[] },
): Promise<PlanCheckSummary> {
  requirePlanColumns(layout);
  checkColumn = layout.firstSheetColumn + (layout.check as number);
  const { rows, checks } = known ?? (await readRows(context, layout));
  const result = checkPlanRows(rows);
  const changed = setWorkbookPlan(result.used.map((u) => u.record));
  const recalculate = changed && (readBefore || answeredBeforeWorkbookPlan());
  readBefore = true;

  const stale = blocksOf(rows.length).filter((block) => result.rows.slice(block.start, block.start + block.count).some((r, i) => r.message !== checks[block.start + i]));
  if (stale.length > 0 && layout.sheetProtected && whenProtected === 'refuse') {
    throw new ExcelLayerError(
      `The sheet ${layout.sheetName} is protected, so the add-in cannot write the result of each check in its Check column. The rows that pass are used all the same. Unprotect it (Review > Unprotect Sheet) and check the plan again.`,
      'SheetProtected',
    );
  }
  const writes = layout.sheetProtected ? [] : stale;
  for (const [n, block] of writes.entries()) {
    const range = layout.table.getDataBodyRange().getCell(block.start, layout.check as number).getResizedRange(block.count - 1, 0);
    range.values = result.rows.slice(block.start, block.start + block.count).map((r) => [r.message]);
    if (recalculate && n === writes.length - 1) context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  }
  if (recalculate && writes.length === 0) {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  }
  return planSummaryOf(result);
}

/** Office.js errors of a plan operation in plain words. */
export function planError(error: unknown, attempted: string): ExcelLayerError {
  if (error instanceof ExcelLayerError) return error;
  if (officeErrorCode(error) === 'ItemNotFound') return new ExcelLayerError(NO_PLAN_TABLE, 'ItemNotFound', { cause: error });
  return toLayerError(error, attempted);
}

/**
 * Reads and checks RRP Plan in its own run, after any check or import under way. Resolves to undefined
 * when there is no RRP Plan table (the workbook plan is then empty).
 */
export function readPlanInWorkbook(whenProtected: WhenProtected): Promise<PlanCheckSummary | undefined> {
  requireExcel('read the plan on RRP Plan', PLAN_API.read);
  return exclusive(() =>
    Excel.run(async (context) => {
      const queued = queuePlanLayout(context);
      await context.sync();
      const layout = planLayoutOf(queued);
      if (layout === undefined) {
        // No table (never made, or deleted): no workbook plan; formulas that used one need recalculating.
        if (setWorkbookPlan([]) && readBefore) {
          context.workbook.application.calculate(Excel.CalculationType.full);
          await context.sync();
        }
        readBefore = true;
        return undefined;
      }
      return checkLaidOutPlan(context, layout, whenProtected);
    }),
  );
}

/** Checks every row of RRP Plan, writes each row's Check and uses the rows that pass; rejects in plain words, also when there is no table. */
export async function checkPlan(): Promise<PlanCheckSummary> {
  try {
    const summary = await readPlanInWorkbook('refuse');
    if (summary === undefined) throw new ExcelLayerError(NO_PLAN_TABLE, 'ItemNotFound');
    return summary;
  } catch (error) {
    throw planError(error, 'check the plan on RRP Plan');
  }
}
