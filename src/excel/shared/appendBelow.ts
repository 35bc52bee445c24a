/**
 * Appending rows to a table as Microsoft's co-authoring page advises ("Avoid table row coauthoring
 * conflicts"): TableRowCollection.add can cause co-authoring conflicts, so the rows are written with
 * Range.values just below the table, which then expands. It expands only over rows holding data (an
 * imported blank row holds none), and perhaps not when the analyst turned off Excel's automatic table
 * expansion, so the table is also resized over them (Table.resize, ExcelApi 1.13). Number formats go
 * in first, so text in a Text column stays exactly as given. The page warns that writing there can
 * overwrite cells below the table: they are first asked whether they are empty
 * (Range.getUsedRangeOrNullObject, ExcelApi 1.4) and the append refused, with nothing changed, when
 * they are not.
 * https://learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins
 */
import { ExcelLayerError } from './layerErrors';

/** The ExcelApi version appending needs (Table.resize). */
export const APPEND_API = '1.13';

/** The `count` rows of cells just below the table, as wide as it (resolved where the batch reaches it). */
const cellsBelow = (table: Excel.Table, count: number): Excel.Range =>
  table
    .getRange()
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(count - 1, 0);

/**
 * Queues the question whether the `count` rows below the table hold anything (values or formulas);
 * after the next sync, `isNullObject` is true when they are empty. Load nothing else from it before.
 */
export function queueUsedBelow(table: Excel.Table, count: number): Excel.Range {
  return cellsBelow(table, count).getUsedRangeOrNullObject(true).load('address');
}

/** Throws, before anything is written, when the rows below the table hold something (see queueUsedBelow). */
export function requireEmptyBelow(used: Excel.Range, tableShown: string, toDo: string): void {
  if (used.isNullObject) return;
  throw new ExcelLayerError(
    `The cells just below ${tableShown} hold something (${used.address}), where the add-in would ${toDo}. Nothing was changed: move those cells elsewhere, then try again.`,
    'CellsBelowInUse',
  );
}

/**
 * Queues `rows` (each as wide as the table, entries already kept exact) written just below the table,
 * their number formats first, then the table resized over them. Returns the cells written.
 */
export function queueRowsBelow(
  table: Excel.Table,
  rows: readonly (readonly unknown[])[],
  formats: readonly string[],
): Excel.Range {
  const before = table.getRange(); // the table as it is before the rows: resized from this, whatever Excel did meanwhile
  const below = before
    .getLastRow()
    .getOffsetRange(1, 0)
    .getResizedRange(rows.length - 1, 0);
  below.numberFormat = rows.map(() => [...formats]);
  below.values = rows.map((row) => [...row]);
  table.resize(before.getResizedRange(rows.length, 0));
  return below;
}
