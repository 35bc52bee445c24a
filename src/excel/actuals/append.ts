/**
 * Appending imported rows (from a selection or a CSV, made into rows by the domain in the pane) at
 * the end of RRP Actuals, then checking the whole table. The rows are written just below the table
 * and the table resized over them (shared/appendBelow.ts: not rows.add, which conflicts with
 * co-authors' edits), once the cells there are known to be empty. Text goes in as exactly the text
 * given: with Excel's apostrophe in the General, date and number columns (so "Apr-23" stays text),
 * and as it is in the Note, a Text column (its format set first), where an apostrophe would be part
 * of the value. Existing rows are never replaced, with one exception: a table whose only row is
 * completely blank (the row a new table starts with) gets the first imported row there, rather than
 * keeping a blank row above the import. The check reads only the rows that were there before; the
 * added rows it takes from memory, as the values Excel holds for what was written. Syncs: 1 (layout,
 * progress values, whether the cells below are empty) + one per block of added rows + one per block
 * of rows that were there before + one per block of changed cells written. The summary carries the
 * progress worked out from the check, as checkActuals's does.
 */
import { ACTUALS_COLUMNS, currentMonth, type ActualsRow, type Today } from '../../domain/actuals';
import type { ActualsCheckSummary } from '../../domain/actuals';
import { heldRow, isBlankRow, rowFormats, tableRow } from '../../domain/layout/appendedRows';
import { expectOwnChange } from './ownChanges';
import {
  actualsError,
  readActualsLayout,
  requireAnalystColumns,
  requireOwnedColumns,
  requireWritable,
  type ActualsLayout,
} from '../shared/actualsLayout';
import { FORMAT } from '../../domain/layout/formats';
import { blocksBySize, jsonBytes } from '../shared/payload';
import { checkLaidOutTable } from './check';
import { ExcelLayerError } from '../shared/layerErrors';
import { exclusive } from '../shared/exclusive';
import { requireExcel } from '../shared/host';
import { probeProgress } from '../shared/progressValues';
import { queueLogPresence } from '../shared/logPresence';
import { SHEET_NAMES, TABLE_NAMES } from '../../domain/layout/sheetNames';
import { APPEND_API, queueRowsBelow, queueUsedBelow, requireEmptyBelow } from '../shared/appendBelow';
import { NOT_TWICE, runBatch } from '../shared/gateway';

/**
 * Adds the rows in blocks of at most the payload budget, one sync each: the table's blank first row
 * filled first (its Note cell set to Text before), when it is there to fill; the others written just
 * below the table with their formats, and the table resized over them. Every area is noted as the
 * add-in's own change before it is sent (ownChanges.ts).
 */
async function addRows(
  context: Excel.RequestContext,
  layout: ActualsLayout,
  rows: readonly ActualsRow[],
  fillBlankRow: boolean,
): Promise<void> {
  const entries = rows.map((row) => tableRow(layout, row));
  const formats = rowFormats(layout);
  const note = layout.analyst.Note as number;
  const firstDataRow = fillBlankRow ? 0 : layout.rowCount;
  /** The sheet area of data rows [start, start + count), every column of the table. */
  const area = (start: number, count: number) => ({
    row: layout.headerSheetRow + 1 + firstDataRow + start,
    column: layout.firstSheetColumn,
    rows: count,
    columns: layout.headers.length,
  });
  const formatBytes = jsonBytes(formats) + 1;
  const sizes = entries.map((row) => jsonBytes(row) + 1 + formatBytes);
  for (const block of blocksBySize(sizes)) {
    let start = block.start;
    if (fillBlankRow && start === 0) {
      expectOwnChange(area(0, 1));
      const first = layout.table.getDataBodyRange().getRow(0);
      first.getCell(0, note).numberFormat = [[FORMAT.text]];
      first.values = [entries[0]];
      start = 1;
    }
    const below = entries.slice(start, block.start + block.count);
    if (below.length > 0) {
      expectOwnChange(area(start, below.length));
      queueRowsBelow(layout.table, below, formats);
    }
    await context.sync();
  }
}

/**
 * Appends `rows` to RRP Actuals and checks the table. `today` is the current month for the check
 * (by the computer's clock unless given).
 */
export async function appendActuals(
  rows: readonly ActualsRow[],
  today: Today = currentMonth(),
): Promise<ActualsCheckSummary> {
  if (!Array.isArray(rows) || rows.length === 0)
    throw new ExcelLayerError(`There are no rows to add to ${SHEET_NAMES.actuals}.`, 'NothingToAdd');
  requireExcel('add rows to the actuals', APPEND_API);
  try {
    return await exclusive(() =>
      runBatch(async (context) => {
        const table = context.workbook.tables.getItem(TABLE_NAMES.actuals);
        const firstRow = table.getDataBodyRange().getRow(0).load('values');
        // As many rows as are added: one more than needed when the blank first row takes one (rare; refused the same way).
        const usedBelow = queueUsedBelow(table, rows.length);
        const progress = probeProgress(context); // found in the layout's sync
        const log = queueLogPresence(context);
        const layout = await readActualsLayout(context);
        requireAnalystColumns(layout, ACTUALS_COLUMNS);
        requireOwnedColumns(layout);
        requireWritable(layout, 'add the rows');
        requireEmptyBelow(usedBelow, SHEET_NAMES.actuals, 'add the imported rows');
        const fillBlankRow = layout.rowCount === 1 && isBlankRow(layout, firstRow.values[0]);
        await addRows(context, layout, rows, fillBlankRow);
        const grown: ActualsLayout = { ...layout, rowCount: (fillBlankRow ? 0 : layout.rowCount) + rows.length };
        return (await checkLaidOutTable(context, grown, today, progress, rows.map(heldRow), log)).summary;
      }, NOT_TWICE),
    );
  } catch (error) {
    throw actualsError(error, 'add the rows to the actuals');
  }
}
