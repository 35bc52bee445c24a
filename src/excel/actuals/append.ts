/**
 * Appending imported rows (from a selection or a CSV, made into rows by the domain in the pane) at
 * the end of RRP Actuals, then checking the whole table. Existing rows are never replaced, with one
 * exception: a table whose only row is completely blank (the row a new table starts with) gets the
 * first imported row there, rather than keeping a blank row above the import.
 * The check reads only the rows that were there before; the added rows it takes from memory, as the
 * values Excel holds for what was written. Syncs: 1 (layout and progress values) + one per block of
 * added rows + one per block of rows that were there before + one per block written. The summary
 * carries the progress worked out from the check, as checkActuals's does.
 */
import { ACTUALS_COLUMNS, currentMonth, type ActualsRow, type CellValue, type Today } from '../../domain/actuals';
import { cellOf } from '../../domain/actuals/cells';
import type { ActualsCheckSummary } from '../../domain/actuals';
import { CHECKED_COLUMNS } from './columns';
import { blocksOf } from './blocks';
import { actualsError, readActualsLayout, requireAnalystColumns, requireOwnedColumns, requireWritable, type ActualsLayout } from './layout';
import { asExactText } from '../shared/cellText';
import { checkLaidOutTable } from './check';
import { ExcelLayerError } from '../shared/excelErrors';
import { exclusive } from '../shared/exclusive';
import { EXCEL_API, requireExcel } from '../shared/host';
import { queueProgressValues } from '../progress/progressReader';
import { queueLogPresence } from '../report/logPresence';
import { SHEET_NAMES, TABLE_NAMES } from '../shared/sheetNames';

type Entry = string | number | boolean;

/** What goes in a cell: text exactly as given (never a formula), numbers and TRUE/FALSE as they are. */
function entryOf(value: CellValue): Entry {
  if (value === null) return '';
  if (typeof value === 'string') return asExactText(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return asExactText(String(value));
  return value;
}

/** A full-width table row: the analyst's columns filled, every other column blank. */
function tableRow(layout: ActualsLayout, row: ActualsRow): Entry[] {
  const entries: Entry[] = layout.headers.map(() => '');
  for (const column of ACTUALS_COLUMNS) entries[layout.analyst[column] as number] = entryOf(row[column] ?? null);
  return entries;
}

/** The value a cell holds once `entry` is written: the text without the apostrophe that kept it exact. */
const heldValue = (entry: Entry): Entry => (typeof entry === 'string' && entry.startsWith("'") ? entry.slice(1) : entry);

/** An added row as the check would read it back: the checked columns as Excel holds them, the others blank. */
function heldRow(row: ActualsRow): ActualsRow {
  const held: ActualsRow = { Region: '', Metric: '', Month: '', Value: '', Numerator: '', Denominator: '', Note: '' };
  for (const column of CHECKED_COLUMNS) held[column] = cellOf(heldValue(entryOf(row[column] ?? null))) ?? '';
  return held;
}

/** True when every cell of the row is blank, apart from the add-in's own columns (rewritten by the check). */
function isBlankRow(layout: ActualsLayout, cells: readonly unknown[]): boolean {
  const owned = new Set(Object.values(layout.owned));
  return cells.every((cell, index) => owned.has(index) || cell === '' || cell === null);
}

async function addRows(context: Excel.RequestContext, layout: ActualsLayout, rows: readonly ActualsRow[], fillBlankRow: boolean): Promise<void> {
  for (const block of blocksOf(rows.length)) {
    const entries = rows.slice(block.start, block.start + block.count).map((row) => tableRow(layout, row));
    if (fillBlankRow && block.start === 0) {
      layout.table.getDataBodyRange().getRow(0).values = [entries[0]];
      if (entries.length > 1) layout.table.rows.add(undefined, entries.slice(1));
    } else layout.table.rows.add(undefined, entries);
    await context.sync();
  }
}

/**
 * Appends `rows` to RRP Actuals and checks the table. `today` is the current month for the check
 * (by the computer's clock unless given).
 */
export async function appendActuals(rows: readonly ActualsRow[], today: Today = currentMonth()): Promise<ActualsCheckSummary> {
  if (!Array.isArray(rows) || rows.length === 0) throw new ExcelLayerError(`There are no rows to add to ${SHEET_NAMES.actuals}.`, 'NothingToAdd');
  requireExcel('add rows to the actuals', EXCEL_API.actuals);
  try {
    return await exclusive(() =>
      Excel.run(async (context) => {
        const firstRow = context.workbook.tables.getItem(TABLE_NAMES.actuals).getDataBodyRange().getRow(0).load('values');
        const progress = queueProgressValues(context); // loaded in the layout's sync
        const log = queueLogPresence(context);
        const layout = await readActualsLayout(context);
        requireAnalystColumns(layout, ACTUALS_COLUMNS);
        requireOwnedColumns(layout);
        requireWritable(layout, 'add the rows');
        const fillBlankRow = layout.rowCount === 1 && isBlankRow(layout, firstRow.values[0]);
        await addRows(context, layout, rows, fillBlankRow);
        const grown: ActualsLayout = { ...layout, rowCount: (fillBlankRow ? 0 : layout.rowCount) + rows.length };
        return (await checkLaidOutTable(context, grown, today, progress, rows.map(heldRow), log)).summary;
      }),
    );
  } catch (error) {
    throw actualsError(error, 'add the rows to the actuals');
  }
}
