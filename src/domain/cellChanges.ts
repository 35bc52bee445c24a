/**
 * What must be written for a block of cells to hold what is wanted, given what it holds now: only the
 * cells whose content differs, grouped into few rectangular areas so a write is few ranges. Writing
 * only what changes keeps an analyst's undo history on Excel builds where every add-in write clears
 * it, sends little, and leaves co-authors' cells alone.
 */

export type GridCell = string | number | boolean;

/** An area to write: its top-left cell in the grid and its entries, null where the cell already holds what is wanted. */
export interface ChangedArea {
  row: number;
  column: number;
  values: (GridCell | null)[][];
}

/** Excel keeps 15 significant digits of a number, so a number read back may differ from the one written beyond them. */
const SIGNIFICANT_DIGITS = 15;

/** True when a cell holding `held` (as read from Excel: a blank cell reads as "") already shows `wanted`. */
export function holdsWanted(held: unknown, wanted: GridCell): boolean {
  if (held === wanted) return true;
  if (wanted === '') return held === null || held === undefined;
  if (typeof held !== 'number' || typeof wanted !== 'number') return false;
  return held.toPrecision(SIGNIFICANT_DIGITS) === wanted.toPrecision(SIGNIFICANT_DIGITS);
}

/**
 * The areas to write so that `held` becomes `wanted` (grids of the same shape, row by row). Each run
 * of neighbouring rows with a change is one area, as wide as the changed columns of its rows; cells
 * inside it that need no change are null (Office.js leaves a cell alone for a null entry). Rows with
 * no change are in no area.
 */
export function changedAreas(
  held: readonly (readonly unknown[])[],
  wanted: readonly (readonly GridCell[])[],
): ChangedArea[] {
  const areas: ChangedArea[] = [];
  let open: { row: number; first: number; last: number; rows: (GridCell | null)[][] } | undefined;
  const close = (): void => {
    if (!open) return;
    const { row, first, last, rows } = open;
    areas.push({ row, column: first, values: rows.map((cells) => cells.slice(first, last + 1)) });
    open = undefined;
  };
  for (let r = 0; r < wanted.length; r++) {
    const want = wanted[r];
    const have = held[r] ?? [];
    let first = -1;
    let last = -1;
    const entries = want.map((cell, c) => {
      if (holdsWanted(have[c], cell)) return null;
      if (first < 0) first = c;
      last = c;
      return cell;
    });
    if (first < 0) {
      close();
      continue;
    }
    if (!open) open = { row: r, first, last, rows: [] };
    open.first = Math.min(open.first, first);
    open.last = Math.max(open.last, last);
    open.rows.push(entries);
  }
  close();
  return areas;
}
