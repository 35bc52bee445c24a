/**
 * Writing the add-in's columns of RRP Actuals in blocks of rows, one sync per block, so a table of
 * 100,000 rows never goes to Excel in one request: each block is sized by the bytes it sends
 * (payload.ts) and has at most BLOCK_ROWS rows. Each block is one range per run of neighbouring
 * columns. (Reading the rows: shared/actualsRows.ts.)
 */
import { plainText } from '../../domain/cellText';
import { OWNED_COLUMNS, OWNED_HEADERS } from '../shared/actualsColumns';
import type { ActualsColumnsLayout } from '../shared/actualsLayout';
import { FORMAT } from '../shared/formats';
import { blocksBySize, jsonBytes } from '../shared/payload';
import { blockRange } from '../shared/actualsRows';
import type { CellEntry } from '../shared/tableWriter';

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
