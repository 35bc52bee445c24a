/**
 * Recalculating this workbook's RRP formulas (recalculate.ts loads this only when they may be stale).
 * Excel knows no link from a formula such as =RRP.TARGET("NW","EMP_6W") to RRP Plan, so nothing it
 * recalculates by itself reaches them. The cells holding RRP formulas are found among the formula
 * cells of each sheet (Range.getSpecialCellsOrNullObject, ExcelApi 1.9; their formulas read in blocks
 * sized by bytes), marked dirty (Range.setDirty, 1.9: "to be recalculated when the next recalculation
 * occurs") and, unless Excel calculates manually (Application.calculationMode, 1.1), calculated
 * (Range.calculate, 1.6); formulas that depend on them follow as Excel calculates automatically. In
 * Manual mode nothing is calculated: the cells wait, dirty, for the analyst's F9. No other workbook,
 * and no other formula of this one, is asked to calculate (unlike Application.calculate, which covers
 * every open workbook and runs even in Manual mode).
 * Syncs: 1 (calculation mode, sheets) + 1 (where formulas are) + 1 (their areas), then, when there are
 * formulas, one per block read and 1 to mark (and calculate) the RRP ones.
 */
import { rrpFormulaRuns, type CellRun } from '../../domain/rrpFormulas';
import { officeErrorCode } from '../shared/layerErrors';
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from '../shared/payload';

/** What became of the RRP formulas: none to recalculate, calculated, or marked to wait for F9 (Manual mode). */
export type Recalculation = 'none' | 'calculated' | 'waitsForF9';

/**
 * Cells of formulas one sync reads at first (1 KB each fits the budget; then sized by the bytes per
 * cell read), and at most.
 */
const FIRST_BLOCK_CELLS = 4_000;
const MOST_BLOCK_CELLS = 100_000;

interface Piece {
  sheet: Excel.Worksheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Takes pieces from the front of `queue` up to `budget` cells, cutting the last one by rows. */
function takeBlock(queue: Piece[], budget: number): Piece[] {
  const block: Piece[] = [];
  let cells = 0;
  while (queue.length > 0 && cells < budget) {
    const piece = queue[0];
    const rows = Math.max(1, Math.floor((budget - cells) / piece.cols));
    if (rows >= piece.rows) {
      queue.shift();
      block.push(piece);
      cells += piece.rows * piece.cols;
    } else {
      queue[0] = { ...piece, row: piece.row + rows, rows: piece.rows - rows };
      block.push({ ...piece, rows });
      break;
    }
  }
  return block;
}

/** The runs of cells holding RRP formulas in `pieces`, read in blocks sized by the bytes Excel sends back. */
async function findRrpCells(
  context: Excel.RequestContext,
  pieces: Piece[],
): Promise<{ sheet: Excel.Worksheet; run: CellRun }[]> {
  const found: { sheet: Excel.Worksheet; run: CellRun }[] = [];
  let queue = [...pieces];
  let budget = FIRST_BLOCK_CELLS;
  while (queue.length > 0) {
    const block = takeBlock(queue, budget);
    const ranges = block.map((p) => p.sheet.getRangeByIndexes(p.row, p.col, p.rows, p.cols).load('formulas'));
    try {
      await context.sync();
    } catch (error) {
      const cells = block.reduce((n, p) => n + p.rows * p.cols, 0);
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || cells === 1) throw error;
      queue = block.concat(queue); // read again, in smaller blocks
      budget = Math.max(1, Math.ceil(cells / 2));
      continue;
    }
    let bytes = 0;
    let cells = 0;
    block.forEach((piece, i) => {
      const formulas = ranges[i].formulas;
      bytes += jsonBytes(formulas);
      cells += piece.rows * piece.cols;
      for (const run of rrpFormulaRuns(formulas, piece.row, piece.col)) {
        // A run cut by the end of a block goes on in the next one: one range for it.
        const last = found[found.length - 1];
        if (last?.sheet === piece.sheet && last.run.col === run.col && last.run.row + last.run.rows === run.row)
          last.run.rows += run.rows;
        else found.push({ sheet: piece.sheet, run });
      }
    });
    // A tenth to spare: the next cells may be a little longer than these.
    budget = Math.max(
      1,
      Math.min(MOST_BLOCK_CELLS, Math.floor((0.9 * PAYLOAD_BUDGET_BYTES) / Math.max(1, bytes / cells))),
    );
  }
  return found;
}

/** Marks this workbook's RRP formulas dirty and, unless Excel calculates manually, calculates them. */
export async function recalculateRrpFormulas(context: Excel.RequestContext): Promise<Recalculation> {
  const application = context.workbook.application.load('calculationMode');
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const manual = application.calculationMode === Excel.CalculationMode.manual;
  const withFormulas = sheets.items.map((sheet) => ({
    sheet,
    areas: sheet.getRange().getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas),
  }));
  await context.sync();
  // Only what exists is asked about: the areas of sheets that have formulas.
  const present = withFormulas.filter((f) => !f.areas.isNullObject);
  if (present.length === 0) return 'none';
  for (const { areas } of present)
    areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
  await context.sync();
  const pieces = present.flatMap(({ sheet, areas }) =>
    areas.areas.items.map((a) => ({
      sheet,
      row: a.rowIndex,
      col: a.columnIndex,
      rows: a.rowCount,
      cols: a.columnCount,
    })),
  );
  const cells = await findRrpCells(context, pieces);
  if (cells.length === 0) return 'none';
  for (const { sheet, run } of cells) {
    const range = sheet.getRangeByIndexes(run.row, run.col, run.rows, 1);
    range.setDirty();
    if (!manual) range.calculate();
  }
  await context.sync();
  return manual ? 'waitsForF9' : 'calculated';
}
