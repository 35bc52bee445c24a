/** The board report: its rows for a month, history, variation and assurance, the summary, closing months, restatements and the plans' own figures. */
export { boardPackFileName, boardPackOf, type SheetCells, type SheetValue } from './boardPack';
export {
  BREAK_MARKER,
  CHART_PREFIX,
  chartLayouts,
  chartName,
  LINES,
  MORE_SERIES,
  SIGNAL_MARKERS,
  type ChartLayout,
  type LineStyle,
  type SeriesName,
} from './chartLayout';
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
export { historyBlocks, historyRows, historySpc, type HistoryRow } from './history';
export { HISTORY_COL, HISTORY_COLUMNS, historyCommentary, historyLine, historyPeriodMarks } from './historyTable';
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
export {
  ATTRIBUTION,
  commentaryKey,
  commentaryText,
  figuresOf,
  readOldReport,
  REPORT_COL,
  REPORT_COLUMNS,
  REPORT_TITLE_PREFIX,
  reportGrid,
  reportTitle,
  type Cell,
  type KeptCommentary,
  type OldReport,
  type ReportContent,
  type ReportGrid,
} from './reportGrid';
export {
  decideReport,
  reportRegions,
  type ReportRefusal,
  type ReportSnapshot,
  type ReportWrites,
  type TableCells,
} from './reportBuild';
export { reportChanges, type ReportFigures } from './restatement';
export { FOOTER, HEADER_STYLE, REPORT_STATUS_COLOURS, SIGNAL_COLOURS } from './reportStyle';
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
export { summaryCells, summaryTable, IN_WORDS, NOT_IN_PLAN, type SummaryTable } from './summary';
export {
  assuranceText,
  NO_TARGET_TEXT,
  periodKey,
  readingOf,
  readingTexts,
  readPeriodMark,
  rebaseIndices,
  RRP_IMPROVEMENT,
  SERIES_BREAK_MARK,
  seriesSpc,
  signalText,
  spcReading,
  tooFewText,
  type HistorySpc,
  type PeriodMarks,
  type SpcReading,
} from './variation';
