/**
 * The values of the analyst's selection, for Import selection. A selection of whole columns or rows
 * is cut down to the part of the sheet in use, so selecting columns A:N reads only the filled rows.
 * Two syncs: the size, then the values (refused, in plain words, beyond MAX_SELECTION_CELLS).
 */
import type { CellValue } from '../../domain/actuals';
import { cellOf } from '../../domain/actuals/cells';
import { ExcelLayerError, officeErrorCode, toLayerError } from '../shared/excelErrors';
import { EXCEL_API, requireExcel } from '../shared/host';

export const MAX_SELECTION_CELLS = 100_000;

export async function readSelection(): Promise<CellValue[][]> {
  requireExcel('read the selection', EXCEL_API.readSelection);
  try {
    return await Excel.run(async (context) => {
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
      range.load('values');
      await context.sync();
      return range.values.map((row) => row.map((cell) => cellOf(cell)));
    });
  } catch (error) {
    if (officeErrorCode(error) === 'InvalidSelection') {
      throw new ExcelLayerError('Excel cannot read a selection of several separate areas. Select one block of cells (its header row and the rows under it) and try again.', 'InvalidSelection', { cause: error });
    }
    throw toLayerError(error, 'read the selection');
  }
}
