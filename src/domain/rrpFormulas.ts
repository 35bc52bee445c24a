/**
 * Which cells hold RRP formulas: those whose formula calls a function of the RRP namespace
 * (=RRP.TARGET(…), =IF(A1="",,RRP.STATUS(…))). Text in quotes (a string such as "RRP.TARGET(" or a
 * sheet name such as 'RRP.X (2)'!A1) is not a call. These are the cells to recalculate when the plan
 * kept on RRP Plan changes: Excel knows no link from them to that table.
 */

/** Text in double quotes ("" inside is a quote) or single quotes (a sheet name), left out before looking for a call. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
/** RRP.<name>( not preceded by a letter, digit, underscore or dot (so MY_RRP.X( or A.RRP.X( is not ours). */
const RRP_CALL = /(?:^|[^A-Za-z0-9_.])RRP\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i;

/** True when `formula` (a cell's `formulas` entry) is a formula calling an RRP function. */
export function isRrpFormula(formula: unknown): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  if (!/RRP\./i.test(formula)) return false; // most formulas: no need to look closer
  return RRP_CALL.test(formula.replace(QUOTED, '""'));
}

/** A block of cells: rows from `row`, in one column. */
export interface CellRun {
  row: number;
  col: number;
  rows: number;
}

/**
 * The cells of a block of formulas (rows of cells from sheet row `top` and column `left`) that hold
 * RRP formulas, as runs down each column: few ranges for a column of RRP formulas.
 */
export function rrpFormulaRuns(formulas: readonly (readonly unknown[])[], top: number, left: number): CellRun[] {
  const runs: CellRun[] = [];
  const width = formulas.reduce((most, row) => Math.max(most, row.length), 0);
  for (let c = 0; c < width; c++) {
    let open: CellRun | undefined;
    for (let r = 0; r < formulas.length; r++) {
      if (isRrpFormula(formulas[r][c])) {
        if (open) open.rows += 1;
        else {
          open = { row: top + r, col: left + c, rows: 1 };
          runs.push(open);
        }
      } else open = undefined;
    }
  }
  return runs;
}
