/**
 * The Excel layer: the only code that calls Office.js (the global `Excel`). Everything it rejects with
 * is an ExcelLayerError whose message is in plain words.
 */
export { loadPlanIntoWorkbook } from './loadPlan';
export type { LoadPlanOptions } from './planSelection';
export type { LoadReport, SheetOutcome } from './loadReport';
export { readProgress } from './progressReader';
export { insertFormula, selectActualsRow, selectProgressRow } from './selection';
export { checkActualsInWorkbook } from './checkActuals';
export { appendActuals } from './appendActuals';
export { watchActuals, WATCH_DEBOUNCE_MS, type WatchOptions } from './watchActuals';
export { readSelection, MAX_SELECTION_CELLS } from './readSelection';
export { BLOCK_ROWS } from './actualsBlocks';
export { ExcelLayerError } from './excelErrors';
export { asCellText, asExactText } from './cellText';
export { SHEET_NAMES, TABLE_NAMES } from './sheetNames';
export { NO_ACTUAL_YET, PROGRESS_COLUMNS, PROGRESS_FORMULAS } from './progressSheet';
export { TARGET_COLUMNS } from './targetsSheet';
export { ACTUALS_TABLE_COLUMNS, OWNED_HEADERS } from './actualsColumns';
export { CHECK_COLOURS, CHECK_RULE_FORMULAS } from './actualsHighlight';
export { NO_ACTUALS_TABLE } from './actualsLayout';
