/**
 * Reading and writing RRP Actuals in blocks of rows, one sync per block, so a table of 100,000 rows
 * never goes to or from Excel in one request: each block is sized by the bytes it sends or, for a
 * read, by the bytes per row the block before returned (payload.ts), and has at most BLOCK_ROWS rows.
 * Each block is one range per run of neighbouring columns.
 */
import type { ActualsColumn, ActualsRow, CellValue } from '../../domain/actuals';
import { cellOf } from '../../domain/actuals/cells';
import { plainText } from '../../domain/cellText';
import { OWNED_COLUMNS, OWNED_HEADERS } from './columns';
import type { ActualsColumnsLayout } from './layout';
import { FORMAT } from '../shared/formats';
import { blocksBySize, jsonBytes, readInBlocks, type Block } from '../shared/payload';
import type { CellEntry } from '../shared/tableWriter';

export { BLOCK_ROWS } from '../shared/payload';

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
  const placed = columns.map((column) => ({ column, index: layout.analyst[column] as number }));
  const first = Math.min(...placed.map((p) => p.index));
  const last = Math.max(...placed.map((p) => p.index));
  const rows: ActualsRow[] = [];
  await readInBlocks(
    context,
    layout.rowCount,
    (block) => blockRange(layout, block, first, last - first + 1).load('values'),
    (values) => {
      for (const cells of values) {
        const row: Record<ActualsColumn, CellValue> = { ...EMPTY_ROW };
        for (const { column, index } of placed) row[column] = cellOf(cells[index - first]) ?? '';
        rows.push(row);
      }
    },
    alongside,
  );
  return rows;
}

/** Runs of neighbouring table columns among the add-in's columns, with each one's place in a row of `cells`. */
function ownedRuns(layout: ActualsColumnsLayout): { first: number; positions: number[] }[] {
  const placed = OWNED_HEADERS.map((header, position) => ({ position, index: layout.owned[header] as number })).sort(
    (a, b) => a.index - b.index,
  );
  const runs: { first: number; positions: number[] }[] = [];
  for (const p of placed) {
    const run = runs[runs.length - 1];
    if (run && run.first + run.positions.length === p.index) run.positions.push(p.position);
    else runs.push({ first: p.index, positions: [p.position] });
  }
  return runs;
}

/** The add-in's Text columns (Check): their cells are set to Text before each write, so their text is written as it is. */
const TEXT_POSITIONS = OWNED_COLUMNS.flatMap((c, position) =>
  'format' in c && c.format === FORMAT.text ? [position] : [],
);
const TEXT_FORMAT_BYTES = jsonBytes([FORMAT.text]) + 1;

/**
 * Writes the add-in's columns: `cells` has one row per table row, its entries in OWNED_HEADERS order
 * (text as the domain made it, formula-safe). One sync per block of at most PAYLOAD_BUDGET_BYTES;
 * normally one range per block (the columns sit together). A Text column is set to Text and gets the
 * text itself: in a Text cell an apostrophe would be a character of the value.
 */
export async function writeOwnedCells(
  context: Excel.RequestContext,
  layout: ActualsColumnsLayout,
  cells: readonly (readonly CellEntry[])[],
): Promise<void> {
  const runs = ownedRuns(layout);
  const written = cells.map((row) =>
    row.map((entry, position) =>
      typeof entry === 'string' && TEXT_POSITIONS.includes(position) ? plainText(entry) : entry,
    ),
  );
  const sizes = written.map((row) => jsonBytes(row) + 1 + TEXT_POSITIONS.length * TEXT_FORMAT_BYTES);
  for (const block of blocksBySize(sizes)) {
    const rows = written.slice(block.start, block.start + block.count);
    for (const position of TEXT_POSITIONS) {
      blockRange(layout, block, layout.owned[OWNED_HEADERS[position]] as number, 1).numberFormat = rows.map(() => [
        FORMAT.text,
      ]);
    }
    for (const run of runs) {
      blockRange(layout, block, run.first, run.positions.length).values = rows.map((row) =>
        run.positions.map((p) => row[p]),
      );
    }
    await context.sync();
  }
}
