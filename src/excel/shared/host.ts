/** Is there an Excel to talk to, recent enough for what the layer is about to do? */
import { ExcelLayerError } from './layerErrors';

/**
 * ExcelApi versions the layer's operations need (a table's deleted event is 1.9; data validation, 1.8;
 * the active cell and table change events, 1.7; conditional formats, 1.6; named table columns and
 * *OrNullObject, 1.4).
 */
export const EXCEL_API = {
  loadPlan: '1.8',
  readProgress: '1.4',
  selectRow: '1.4',
  insertFormula: '1.7',
  actuals: '1.4',
  watchActuals: '1.9',
  readSelection: '1.4',
} as const;

export function requireExcel(toDo: string, version: string): void {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new ExcelLayerError(
      `Excel is not available here, so the add-in cannot ${toDo}. Open the add-in from Excel.`,
      'NoExcel',
    );
  }
  // Office.context.requirements is missing outside Office and in some hosts: then there is nothing to ask.
  const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
  if (requirements && !requirements.isSetSupported('ExcelApi', version)) {
    throw new ExcelLayerError(
      `This version of Excel is too old for the add-in to ${toDo} (it needs Excel JavaScript API ${version}). Use Microsoft 365, Excel 2021 or later, or Excel on the web.`,
      'ApiNotSupported',
    );
  }
}
