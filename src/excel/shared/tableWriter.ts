/**
 * Queues (without syncing) the writes that put one of our tables on its sheet: on a new sheet at A1,
 * or, for a table that exists, in place of the old one: same top-left cell, the old table's cells,
 * formats and conditional formats cleared first. The new table may have more rows (or columns) than
 * the old one; it then covers cells below (or to the right of) the old box, which placement
 * (domain/layout/placement.ts) has already found empty, or the load was refused before anything was
 * written. No other cell of the sheet is written; the widths of the table's columns are fitted to it (Excel sets
 * widths for whole columns).
 */
import { asCellText } from './cellEntries';
import { FORMAT } from '../../domain/layout/formats';
import type { CellEntry, TablePlace, TableSpec } from '../../domain/layout/tables';

export interface QueuedTable {
  sheet: Excel.Worksheet;
  table: Excel.Table;
}

/**
 * `rows` are entries already made safe (asCellText); they are written through `formulas` when some are
 * formulas, else through `values`. With no rows the table gets the one blank row Excel requires,
 * formatted so rows the user adds take the column formats.
 */
export function queueTable(
  context: Excel.RequestContext,
  placement: TablePlace,
  spec: TableSpec,
  rows: readonly CellEntry[][],
  via: 'values' | 'formulas',
): QueuedTable {
  let sheet: Excel.Worksheet;
  let anchor: Excel.Range;
  if (placement.existing) {
    const oldRange = context.workbook.tables.getItem(placement.tableName).convertToRange();
    oldRange.conditionalFormats.clearAll();
    oldRange.clear('All');
    sheet = context.workbook.worksheets.getItem(placement.sheetName);
    anchor = oldRange.getCell(0, 0);
  } else {
    sheet = context.workbook.worksheets.add(placement.sheetName);
    anchor = sheet.getRange('A1');
  }
  const lastColumn = spec.columns.length - 1;
  anchor.getResizedRange(0, lastColumn).values = [spec.columns.map((c) => asCellText(c.header))];
  const table = sheet.tables.add(anchor.getResizedRange(Math.max(rows.length, 1), lastColumn), true);
  table.name = placement.tableName;
  table.style = spec.style;
  table.showBandedRows = true;

  const body = table.getDataBodyRange();
  const formats = spec.columns.map((c) => c.format ?? FORMAT.general);
  body.numberFormat = rows.length === 0 ? [formats] : rows.map(() => formats);
  if (rows.length > 0) {
    const grid = rows.map((row) => [...row]);
    if (via === 'formulas') body.formulas = grid;
    else body.values = grid;
  }

  table.getRange().format.autofitColumns();
  for (const column of spec.columns) {
    if (column.width !== undefined) table.columns.getItem(column.header).getRange().format.columnWidth = column.width;
  }
  if (!placement.existing) sheet.freezePanes.freezeRows(1);
  return { sheet, table };
}
