/** What a check writes into the add-in's columns of RRP Actuals (actuals/check.ts writes the cells that change). */
import type { CheckResult } from '../actuals';
import { firstDaySerial } from '../months';
import type { CellEntry } from './tables';

/**
 * One row per checked row, in OWNED_HEADERS order: Check, Used region, Used metric, Used month (the
 * Excel date of the 1st), Used value (a fraction). The Used cells are filled only for the rows the
 * check uses and blank ("") for the rest. Check messages are written as the domain made them: it
 * already passed each through cellText, so none can become a formula (doing it again would double a
 * leading apostrophe).
 */
export function ownedCells(result: CheckResult): CellEntry[][] {
  const cells: CellEntry[][] = result.rows.map((row) => [row.message, '', '', '', '']);
  for (const used of result.actuals) {
    const row = cells[used.row];
    row[1] = used.region;
    row[2] = used.metric;
    row[3] = firstDaySerial(used.month);
    row[4] = used.value;
  }
  return cells;
}
