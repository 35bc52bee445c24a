/**
 * Checking RRP Actuals in the workbook: read the analyst's columns (in blocks), check every row with
 * the domain's checkActuals, write each row's Check and Used cells back (in blocks). The analyst's
 * cells are never written. Syncs: 1 (layout) + one per block read + one per block written, so
 * 100,000 rows take 1 + 5 + 5.
 */
import { checkActuals, currentMonth, type Today } from '../domain/actuals';
import type { ActualsCheckSummary } from '../taskpane/services';
import { CHECKED_COLUMNS } from './actualsColumns';
import { readActualsRows, writeOwnedCells } from './actualsBlocks';
import { actualsError, ownedSheetColumns, readActualsLayout, requireAnalystColumns, requireOwnedColumns, requireWritable, type ActualsLayout } from './actualsLayout';
import { ownedCells, summaryOf } from './actualsResults';
import { exclusive } from './exclusive';
import { EXCEL_API, requireExcel } from './host';

export interface CheckedTable {
  summary: ActualsCheckSummary;
  /** Sheet columns (0-based) the check wrote to: the add-in's columns. */
  ownedSheetColumns: number[];
}

/** Checks the table whose layout was just read, in the same context. */
export async function checkLaidOutTable(context: Excel.RequestContext, layout: ActualsLayout, today: Today): Promise<CheckedTable> {
  requireAnalystColumns(layout, CHECKED_COLUMNS);
  requireOwnedColumns(layout);
  requireWritable(layout, 'write the result of each check');
  const rows = await readActualsRows(context, layout, CHECKED_COLUMNS);
  const result = checkActuals(rows, { today });
  await writeOwnedCells(context, layout, ownedCells(result));
  return { summary: summaryOf(result), ownedSheetColumns: ownedSheetColumns(layout) };
}

/** The check with where it wrote (for the watcher, which ignores the changes its own writes cause). */
export async function checkActualsTable(today: Today = currentMonth()): Promise<CheckedTable> {
  requireExcel('check the actuals', EXCEL_API.actuals);
  try {
    return await exclusive(() => Excel.run(async (context) => checkLaidOutTable(context, await readActualsLayout(context), today)));
  } catch (error) {
    throw actualsError(error, 'check the actuals');
  }
}

/**
 * Checks every row of RRP Actuals and writes each row's Check and Used cells. `today` is the
 * current month (months after it are refused); by the computer's clock unless given.
 */
export async function checkActualsInWorkbook(today?: Today): Promise<ActualsCheckSummary> {
  return (await checkActualsTable(today)).summary;
}
