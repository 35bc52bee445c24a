/**
 * The Excel layer: the only code that calls Office.js (the global `Excel`). Everything it rejects with
 * is an ExcelLayerError whose message is in plain words.
 */
export { loadPlanIntoWorkbook } from './load/loadPlan';
export type { LoadPlanOptions } from '../domain/layout/planSelection';
export type { LoadReport, SheetOutcome } from '../domain/layout/loadReport';
export { readProgress } from './progress/progressReader';
export { insertFormula, selectActualsRow, selectProgressRow } from './shared/selection';
export { checkActualsInWorkbook } from './actuals/check';
export { appendActuals } from './actuals/append';
export { ACTUALS_DELETED, watchActuals, type WatchOptions } from './actuals/watch';
export { WATCH_DEBOUNCE_MS } from './shared/debounce';
export { readSelection, MAX_SELECTION_CELLS, UNREADABLE_SELECTION } from './actuals/readSelection';
export { BLOCK_ROWS, PAYLOAD_BUDGET_BYTES } from './shared/payload';
export { ExcelLayerError } from './shared/layerErrors';
export { asCellText, asExactText } from './shared/cellEntries';
export { SHEET_NAMES, TABLE_NAMES } from '../domain/layout/sheetNames';
export { NO_ACTUAL_YET } from '../domain/actuals';
export { PROGRESS_COLUMNS, PROGRESS_FORMULAS } from '../domain/layout/progressTable';
export { TARGET_COLUMNS } from '../domain/layout/targetsTable';
export { ACTUALS_TABLE_COLUMNS, OWNED_HEADERS } from '../domain/layout/actualsColumns';
export { CHECK_COLOURS, CHECK_RULE_FORMULAS } from '../domain/layout/checkColours';
export { NO_ACTUALS_TABLE } from './shared/actualsLayout';
export { appendPlanRows } from './plan/append';
export { checkPlan, readPlanInWorkbook } from './plan/read';
export { NO_PLAN_TABLE } from './plan/planErrors';
export { startWorkbookPlan, stopWatchingPlan } from './plan/start';
export { subscribeWorkbookPlanStatus, workbookPlanStatus } from './plan/status';
export type { WatchPlanOptions } from './plan/watch';
export { PLAN_API } from './plan/columns';
export { PLAN_SHEET, PLAN_TABLE } from '../domain/layout/sheetNames';
export { PLAN_TABLE_COLUMNS } from '../domain/layout/planTable';
