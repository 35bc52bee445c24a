/** The board report: its rows for a month, history, closing months, restatements and the plans' own figures. */
export {
  changedAfterClosing,
  closedMonths,
  closingEntries,
  earlierClosing,
  restatementOf,
  withClosingNotes,
  type ClosedMonth,
  type CloseRequest,
  type EarlierClosing,
  type LogEntry,
  type Restatement,
} from './closing';
export { dayText, momentText, serialOfMoment } from './dates';
export { editionInForce, editionStart, reportEdition, type EditionChoices } from './editionInForce';
export { historyBlocks, historyRows, type HistoryRow } from './history';
export { isPlanFigureRow, planFigureNote, planFigureRow, planFigureTargets, type FigureCells } from './planFigures';
export {
  countsText,
  DIRECTION_ARROWS,
  QUALITATIVE,
  reportRows,
  statusCounts,
  type Change,
  type Direction,
  type ReportRequest,
  type ReportRow,
} from './reportRows';
export { reportChanges, type ReportFigures } from './restatement';
export { acrossBreak, afterBreak, SERIES_BREAK_MONTH, SERIES_BREAK_NOTE } from './seriesBreak';
export type {
  BoardPackData,
  BoardPackExported,
  CloseChoice,
  MonthClosed,
  PackDelivery,
  PackLine,
  PackSeries,
  PackSheet,
  PackStyle,
  PlanFiguresAdded,
  ReportBuilt,
  ReportChoice,
  ReportOptions,
} from './results';
