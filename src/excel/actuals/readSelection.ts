/**
 * The values of the analyst's selection, for Import selection. A selection of whole columns or rows
 * is cut down to the part of the sheet in use, so selecting columns A:N reads only the filled rows.
 * Two syncs: the size, then the values (refused, in plain words, beyond MAX_SELECTION_CELLS), read
 * in more blocks when their text is too long for one request (payload.ts).
 */
import type { CellValue } from '../../domain/actuals';
import { cellOf } from '../../domain/actuals/cells';
import { ExcelLayerError, officeErrorCode, toLayerError } from '../shared/layerErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { readInBlocks } from '../shared/payload';
import { runBatch } from '../shared/gateway';

export const MAX_SELECTION_CELLS = 100_000;

/** Excel gives no single selected range when several areas, or a chart, picture or shape, are selected. */
export const UNREADABLE_SELECTION =
  'Excel cannot read this selection: it has several separate areas, or a chart, picture or shape is selected rather than cells. Click a cell, select one block of cells (its header row and the rows under it), and try again.';

export async function readSelection(): Promise<CellValue[][]> {
  requireExcel('read the selection', EXCEL_API.readSelection);
  try {
    return await runBatch(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const used = selected.worksheet.getUsedRange(true);
      const range = selected.getIntersectionOrNullObject(used).load('rowCount,columnCount');
      await context.sync();
      if (range.isNullObject) return [];
      const cells = range.rowCount * range.columnCount;
      if (cells > MAX_SELECTION_CELLS) {
        throw new ExcelLayerError(
          `The selection has ${cells.toLocaleString('en-GB')} filled cells; Import selection reads at most ${MAX_SELECTION_CELLS.toLocaleString('en-GB')}. Select just the block to import: its header row and the rows under it.`,
          'SelectionTooLarge',
        );
      }
      const rows: CellValue[][] = [];
      const columns = range.columnCount;
      await readInBlocks(
        context,
        range.rowCount,
        (block) =>
          range
            .getCell(block.start, 0)
            .getResizedRange(block.count - 1, columns - 1)
            .load('values'),
        // One push per row: spreading a block of rows into push() fails on Excel on Mac.
        (values) => {
          for (const row of values) rows.push(row.map((cell) => cellOf(cell)));
        },
      );
      return rows;
    });
  } catch (error) {
    if (officeErrorCode(error) === 'InvalidSelection')
      throw new ExcelLayerError(UNREADABLE_SELECTION, 'InvalidSelection', { cause: error });
    throw toLayerError(error, 'read the selection');
  }
}
