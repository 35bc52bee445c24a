/**
 * Writing the add-in's columns of RRP Actuals in blocks of rows, one sync per block, so a table of 100,000 rows
 * never goes to Excel in one request: each block is sized by the bytes it sends (payload.ts) and has
 * at most BLOCK_ROWS rows.
 * A check writes only the cells of the add-in's columns that change. (Reading the rows:
 * shared/actualsRows.ts.)
 */
import { plainText } from '../../domain/cellText';
import { OWNED_COLUMNS, OWNED_HEADERS } from '../../domain/layout/actualsColumns';
import type { ActualsColumnsLayout } from '../shared/actualsLayout';
import { blockRange } from '../shared/actualsRows';
import { FORMAT } from '../../domain/layout/formats';
import { changedAreas, type GridCell } from '../../domain/cellChanges';
import { BLOCK_ROWS, blocksBySize, jsonBytes, PAYLOAD_BUDGET_BYTES } from '../shared/payload';
import type { CellEntry } from '../../domain/layout/tables';

export { BLOCK_ROWS } from '../shared/payload';

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
/** What one range written adds to a request beyond its cells: its address and the operation (a generous guess). */
const RANGE_BYTES = 200;

/** Rows [start, start + count) of a changed area, written as one range (and its Text cells' format) in table columns. */
interface Piece {
  row: number;
  column: number;
  values: (GridCell | null)[][];
  /** Columns of the piece (0-based in it) that are Text columns. */
  text: number[];
  bytes: number;
}

/** The changed areas of each run of the add-in's columns, cut into pieces of at most the payload budget. */
function piecesOf(
  layout: ActualsColumnsLayout,
  held: readonly (readonly unknown[])[],
  wanted: readonly (readonly GridCell[])[],
): Piece[] {
  const pieces: Piece[] = [];
  for (const run of ownedRuns(layout)) {
    const pick = <T>(row: readonly T[]): T[] => run.positions.map((p) => row[p]);
    for (const area of changedAreas(held.map(pick), wanted.map(pick))) {
      const text = run.positions.flatMap((p, i) =>
        TEXT_POSITIONS.includes(p) && i >= area.column && i < area.column + area.values[0].length
          ? [i - area.column]
          : [],
      );
      const sizes = area.values.map((row) => jsonBytes(row) + 1 + text.length * TEXT_FORMAT_BYTES);
      for (const block of blocksBySize(sizes, PAYLOAD_BUDGET_BYTES - RANGE_BYTES)) {
        pieces.push({
          row: area.row + block.start,
          column: run.first + area.column,
          values: area.values.slice(block.start, block.start + block.count),
          text,
          bytes: RANGE_BYTES + sizes.slice(block.start, block.start + block.count).reduce((a, b) => a + b, 0),
        });
      }
    }
  }
  return pieces;
}

/**
 * Writes into the add-in's columns only the cells whose content changes: `held` is what they hold now
 * (readRowsWithOwned), `wanted` what the check made (ownedCells: one row per table row, in
 * OWNED_HEADERS order, text formula-safe). The domain finds the changed areas; each is written as one
 * range (cells that need no change given as null), its Text cells (Check) set to Text first so their
 * text goes in as it is (in a Text cell an apostrophe would be a character of the value). As many
 * areas go in one sync as fit PAYLOAD_BUDGET_BYTES and BLOCK_ROWS; with nothing to change, no sync.
 */
export async function writeOwnedChanges(
  context: Excel.RequestContext,
  layout: ActualsColumnsLayout,
  held: readonly (readonly unknown[])[],
  wanted: readonly (readonly CellEntry[])[],
): Promise<void> {
  const written = wanted.map((row) =>
    row.map((entry, position) =>
      typeof entry === 'string' && TEXT_POSITIONS.includes(position) ? plainText(entry) : entry,
    ),
  );
  let bytes = 0;
  let rows = 0;
  for (const piece of piecesOf(layout, held, written)) {
    if (rows > 0 && (bytes + piece.bytes > PAYLOAD_BUDGET_BYTES || rows + piece.values.length > BLOCK_ROWS)) {
      await context.sync();
      bytes = 0;
      rows = 0;
    }
    const block = { start: piece.row, count: piece.values.length };
    for (const column of piece.text)
      blockRange(layout, block, piece.column + column, 1).numberFormat = piece.values.map(() => [FORMAT.text]);
    blockRange(layout, block, piece.column, piece.values[0].length).values = piece.values;
    bytes += piece.bytes;
    rows += piece.values.length;
  }
  if (rows > 0) await context.sync();
}
