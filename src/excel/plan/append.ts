/**
 * Adding plan targets (accepted from a plan document in the pane) at the end of RRP Plan, making the
 * sheet and table first when there are none; no row already there is changed. Rows go just below the
 * table, which is resized over them (shared/appendBelow.ts: not rows.add, which conflicts with
 * co-authors' edits), once the cells there are known to be empty. Then the whole table is
 * checked as any change of it is, and the rows that pass become part of the plan.
 * Syncs: 1 (what is there: the table's layout, the sheet names, workbook protection) + 1 (the rows
 * written, and the new layout) + the check's (one per block read, at most one per block written): 4.
 */
import type { PlanRecord } from '../../domain/planSchema';
import { PLAN_COLUMNS, type PlanCheckSummary } from '../../domain/workbookPlan';
import { ExcelLayerError } from '../shared/layerErrors';
import { exclusive } from '../shared/exclusive';
import { requireExcel } from '../shared/host';
import { freeSheetName, sameName } from '../../domain/layout/sheetNames';
import { queueRowsBelow, queueUsedBelow, requireEmptyBelow } from '../shared/appendBelow';
import { FORMAT } from '../../domain/layout/formats';
import { checkLaidOutPlan, planLayoutOf, requirePlanColumns } from './check';
import { planError } from './planErrors';
import { PLAN_TABLE_COLUMNS, planTableRow } from '../../domain/layout/planTable';
import { PLAN_SHEET, PLAN_TABLE } from '../../domain/layout/sheetNames';
import { PLAN_API } from './columns';
import { probePlanTable, queuePlanLayout, type PlanLayout } from './layout';
import { queueNewPlan } from './sheet';
import { watchPlanTable } from './watch';
import { NOT_TWICE, runBatch } from '../shared/gateway';

function refuseWhenProtected(layout: PlanLayout | undefined, structureProtected: boolean): void {
  if (layout?.sheetProtected) {
    throw new ExcelLayerError(
      `The sheet ${layout.sheetName} is protected, so the targets were not added and nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
      'SheetProtected',
    );
  }
  if (!layout && structureProtected) {
    throw new ExcelLayerError(
      `The workbook's structure is protected, so the add-in cannot add the ${PLAN_SHEET} sheet. Nothing was changed. Unprotect the workbook (Review > Protect Workbook) and try again.`,
      'WorkbookProtected',
    );
  }
}

/**
 * Appends `records` to RRP Plan (creating it when needed) and checks the table; the summary says
 * which rows have problems and counts the rows added. Records are written as given: a record that
 * breaks a rule is added all the same, and its Check says what is wrong.
 */
export async function appendPlanRows(records: readonly PlanRecord[]): Promise<PlanCheckSummary> {
  if (!Array.isArray(records) || records.length === 0)
    throw new ExcelLayerError(`There are no targets to add to ${PLAN_SHEET}.`, 'NothingToAdd');
  requireExcel(`add targets to ${PLAN_SHEET}`, PLAN_API.append);
  try {
    const summary = await exclusive(() =>
      runBatch(async (context) => {
        const probe = probePlanTable(context);
        const sheets = context.workbook.worksheets.load('items/name');
        const workbookProtection = context.workbook.protection.load('protected');
        await context.sync();
        let existing: PlanLayout | undefined;
        let usedBelow: Excel.Range | undefined;
        if (!probe.isNullObject) {
          const before = queuePlanLayout(probe);
          usedBelow = queueUsedBelow(probe, records.length);
          await context.sync();
          existing = planLayoutOf(before);
        }
        refuseWhenProtected(existing, workbookProtection.protected);
        if (existing) {
          requirePlanColumns(existing);
          if (usedBelow) requireEmptyBelow(usedBelow, PLAN_SHEET, 'add the targets');
          const formats = existing.headers.map(
            (header) => PLAN_TABLE_COLUMNS.find((c) => sameName(c.header, header.trim()))?.format ?? FORMAT.general,
          );
          queueRowsBelow(
            existing.table,
            records.map((r) => planTableRow(r, (c) => existing.columns[c] as number, existing.headers.length)),
            formats,
          );
        } else {
          const sheetName = freeSheetName(
            PLAN_SHEET,
            sheets.items.map((s) => s.name),
          );
          queueNewPlan(
            context,
            sheetName,
            records.map((r) => planTableRow(r, (c) => PLAN_COLUMNS.indexOf(c), PLAN_COLUMNS.length + 1)),
          );
        }
        const after = queuePlanLayout(existing ? existing.table : context.workbook.tables.getItem(PLAN_TABLE));
        await context.sync();
        const layout = planLayoutOf(after);
        return { ...(await checkLaidOutPlan(context, layout, 'refuse')), added: records.length, created: !existing };
      }, NOT_TWICE),
    );
    if (summary.created) await watchPlanTable();
    const { created: _created, ...rest } = summary;
    return rest;
  } catch (error) {
    throw planError(error, `add the targets to ${PLAN_SHEET}`);
  }
}
