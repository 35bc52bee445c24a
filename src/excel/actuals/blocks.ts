/**
 * Reading and writing RRP Actuals in blocks of rows, one sync per block, so a table of 100,000 rows
 * never goes to or from Excel in one request (Excel limits the size of a request, and a smaller
 * request keeps Excel responsive). Each block is one range per run of neighbouring columns.
 */
import type { ActualsColumn, ActualsRow, CellValue } from '../../domain/actuals';
import { cellOf } from '../../domain/actuals/cells';
import { OWNED_HEADERS } from './columns';
import type { ActualsColumnsLayout } from './layout';
import type { CellEntry } from '../shared/tableWriter';

/** The most rows one sync reads or writes. */
export const BLOCK_ROWS = 20_000;

export interface Block {
  start: number;
  count: number;
}

/** Consecutive blocks covering rows [0, total). */
export function blocksOf(total: number, size = BLOCK_ROWS): Block[] {
  const blocks: Block[] = [];
  for (let start = 0; start < total; start += size) blocks.push({ start, count: Math.min(size, total - start) });
  return blocks;
}

/** Cells of table columns [first, first + columns) in rows [block.start, block.start + block.count). */
function blockRange(layout: ActualsColumnsLayout, block: Block, first: number, columns: number): Excel.Range {
  return layout.table.getDataBodyRange().getCell(block.start, first).getResizedRange(block.count - 1, columns - 1);
}

const EMPTY_ROW: ActualsRow = { Region: '', Metric: '', Month: '', Value: '', Numerator: '', Denominator: '', Note: '' };

/**
 * The rows of the table as actuals rows, reading only the given analyst columns (the others are
 * blank in the rows). Loads values only: one range per block spanning the columns asked for.
 */
export async function readActualsRows(context: Excel.RequestContext, layout: ActualsColumnsLayout, columns: readonly ActualsColumn[]): Promise<ActualsRow[]> {
  const placed = columns.map((column) => ({ column, index: layout.analyst[column] as number }));
  const first = Math.min(...placed.map((p) => p.index));
  const last = Math.max(...placed.map((p) => p.index));
  const rows: ActualsRow[] = [];
  for (const block of blocksOf(layout.rowCount)) {
    const range = blockRange(layout, block, first, last - first + 1).load('values');
    await context.sync();
    for (const cells of range.values) {
      const row: Record<ActualsColumn, CellValue> = { ...EMPTY_ROW };
      for (const { column, index } of placed) row[column] = cellOf(cells[index - first]) ?? '';
      rows.push(row);
    }
  }
  return rows;
}

/** Runs of neighbouring table columns among the add-in's columns, with each one's place in a row of `cells`. */
function ownedRuns(layout: ActualsColumnsLayout): { first: number; positions: number[] }[] {
  const placed = OWNED_HEADERS.map((header, position) => ({ position, index: layout.owned[header] as number })).sort((a, b) => a.index - b.index);
  const runs: { first: number; positions: number[] }[] = [];
  for (const p of placed) {
    const run = runs[runs.length - 1];
    if (run && run.first + run.positions.length === p.index) run.positions.push(p.position);
    else runs.push({ first: p.index, positions: [p.position] });
  }
  return runs;
}

/**
 * Writes the add-in's columns: `cells` has one row per table row, its entries in OWNED_HEADERS order.
 * One sync per block; normally one range per block (the columns sit together).
 */
export async function writeOwnedCells(context: Excel.RequestContext, layout: ActualsColumnsLayout, cells: readonly (readonly CellEntry[])[]): Promise<void> {
  const runs = ownedRuns(layout);
  for (const block of blocksOf(cells.length)) {
    const rows = cells.slice(block.start, block.start + block.count);
    for (const run of runs) {
      blockRange(layout, block, run.first, run.positions.length).values = rows.map((row) => run.positions.map((p) => row[p]));
    }
    await context.sync();
  }
}
