/**
 * The Excel layer: the only code that calls Office.js (the global `Excel`). Everything it rejects with
 * is an ExcelLayerError whose message is in plain words.
 */
export { loadPlanIntoWorkbook } from './loadPlan';
export type { LoadPlanOptions } from './planSelection';
export type { LoadReport, SheetOutcome } from './loadReport';
export { readProgress, progressRowsFromValues, type ProgressRow } from './progressReader';
export { insertFormula, selectProgressRow } from './selection';
export { ExcelLayerError } from './excelErrors';
export { asCellText } from './cellText';
export { SHEET_NAMES, TABLE_NAMES } from './sheetNames';
export { NO_ACTUAL_YET, PROGRESS_COLUMNS, PROGRESS_FORMULAS } from './progressSheet';
export { TARGET_COLUMNS } from './targetsSheet';
export { ACTUALS_TABLE_COLUMNS } from './actualsSheet';
