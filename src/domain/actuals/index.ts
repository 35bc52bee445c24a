/** Monthly actuals: checking, year-to-date, wide blocks, CSV preview and formula-safe cell text. */
export { cellText, looksLikeFormula } from '../cellText';
export { checkActuals, type CheckOptions } from './check';
export {
  EMPTY_ROW_MESSAGE,
  MISSING_PREFIXES,
  NO_VALUE_PREFIX,
  NOTE_PREFIX,
  OK_MESSAGE,
  statusOfCheckText,
} from './checkWording';
export { rowsFromBlock, widenToRows, type BlockRows, type CellOrigin } from './blocks';
export { parseActualsCsv, type CsvImport, type CsvPreview } from './csv';
export { currentMonth } from '../months';
export { performanceYearStart, yearToDate } from './yearToDate';
export * from './schema';
export { NO_ACTUAL_YET, progressFrom, type LoadedTarget, type ProgressLine, type ProgressStatus } from './progress';
export { progressItemOf, summaryOf, type ActualsCheckSummary, type ActualsProblem, type ProgressItem } from './summary';
