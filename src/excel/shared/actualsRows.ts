/**
 * Reading RRP Actuals' rows in blocks (payload.ts sizes them by the bytes each returns), one sync per
 * block: the check, progress, the report and the plans' own figures all read them this way.
 */
import type { ActualsColumn, ActualsRow, CellValue } from '../../domain/actuals';
import { cellOf } from '../../domain/actuals/cells';
import { OWNED_HEADERS } from '../../domain/layout/actualsColumns';
import type { ActualsColumnsLayout } from './actualsLayout';
import { readInBlocks, type Block } from './payload';

/** Cells of table columns [first, first + columns) in rows [block.start, block.start + block.count). */
export function blockRange(
  layout: Pick<ActualsColumnsLayout, 'table'>,
  block: Block,
  first: number,
  columns: number,
): Excel.Range {
  return layout.table
    .getDataBodyRange()
    .getCell(block.start, first)
    .getResizedRange(block.count - 1, columns - 1);
}

const EMPTY_ROW: ActualsRow = {
  Region: '',
  Metric: '',
  Month: '',
  Value: '',
  Numerator: '',
  Denominator: '',
  Note: '',
};

/** The span of table columns [first, last] a read covering `indexes` reads. */
function spanOf(indexes: readonly number[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const index of indexes) {
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  return { first, last };
}

/**
 * The rows of the table as actuals rows, reading only the given analyst columns (the others are
 * blank in the rows). Loads values only: one range per block spanning the columns asked for.
 * `alongside`: the caller's loads that go with the first block (readInBlocks).
 */
export async function readActualsRows(
  context: Excel.RequestContext,
  layout: ActualsColumnsLayout,
  columns: readonly ActualsColumn[],
  alongside?: () => void,
): Promise<ActualsRow[]> {
  return (await readRows(context, layout, columns, false, alongside)).rows;
}

/**
 * The same, with what the add-in's columns hold now (`owned`: one row per table row, in
 * OWNED_HEADERS order), read in the same blocks: one range per block spanning both.
 */
export async function readRowsWithOwned(
  context: Excel.RequestContext,
  layout: ActualsColumnsLayout,
  columns: readonly ActualsColumn[],
  alongside?: () => void,
): Promise<{ rows: ActualsRow[]; owned: unknown[][] }> {
  return readRows(context, layout, columns, true, alongside);
}

async function readRows(
  context: Excel.RequestContext,
  layout: ActualsColumnsLayout,
  columns: readonly ActualsColumn[],
  withOwned: boolean,
  alongside?: () => void,
): Promise<{ rows: ActualsRow[]; owned: unknown[][] }> {
  const placed = columns.map((column) => ({ column, index: layout.analyst[column] as number }));
  const ownedIndexes = withOwned ? OWNED_HEADERS.map((header) => layout.owned[header] as number) : [];
  const { first, last } = spanOf([...placed.map((p) => p.index), ...ownedIndexes]);
  const rows: ActualsRow[] = [];
  const owned: unknown[][] = [];
  await readInBlocks(
    context,
    layout.rowCount,
    (block) => blockRange(layout, block, first, last - first + 1).load('values'),
    (values) => {
      for (const cells of values) {
        const row: Record<ActualsColumn, CellValue> = { ...EMPTY_ROW };
        for (const { column, index } of placed) row[column] = cellOf(cells[index - first]) ?? '';
        rows.push(row);
        if (withOwned) owned.push(ownedIndexes.map((index) => cells[index - first]));
      }
    },
    alongside,
  );
  return { rows, owned };
}
