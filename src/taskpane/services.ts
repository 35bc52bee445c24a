/**
 * What the task pane needs from the workbook, as a contract with no Office.js in it. paneServices.ts
 * implements it with src/excel, and index.tsx passes that to the pane; tests pass fakes. Every promise that rejects does so with an
 * Error whose message is already in plain words: the pane shows it as it is.
 */
import type { ActualsCheckSummary, ActualsProblem, ActualsRow, CellValue, ProgressItem } from '../domain/actuals';
import type { Edition, MetricCode, PlanRecord, RegionCode } from '../domain/planSchema';
import type {
  BoardPackExported,
  CloseChoice,
  MonthClosed,
  PlanFiguresAdded,
  ReportBuilt,
  ReportChoice,
  ReportOptions,
} from '../domain/report/results';
import type { PlanCheckSummary, PlanProblem } from '../domain/workbookPlan';
import type { WorkbookPlanStatus } from '../domain/workbookPlanStatus';

export type {
  ActualsCheckSummary,
  ActualsProblem,
  ActualsRow,
  CellValue,
  Edition,
  MetricCode,
  PlanCheckSummary,
  PlanProblem,
  PlanRecord,
  ProgressItem,
  RegionCode,
  WorkbookPlanStatus,
};
export type { BoardPackExported, CloseChoice, MonthClosed, PlanFiguresAdded, ReportBuilt, ReportChoice, ReportOptions };

/** Which plan data to load: some regions, in each one's latest edition or in the named editions. */
export interface PlanChoice {
  regions: RegionCode[];
  editions: Edition[] | 'latest';
}

/** What a load did, one plain-words line per change ("Added 6 Kent, Surrey and Sussex targets."). */
export interface LoadResult {
  changes: string[];
}

export interface PaneServices {
  /** Writes the chosen plan data into the workbook and says what changed. */
  loadPlan(choice: PlanChoice): Promise<LoadResult>;
  /** Reads the progress rows currently in the workbook (empty when there are none). */
  readProgress(): Promise<ProgressItem[]>;
  /** Selects a region and metric's row in the progress sheet. */
  selectProgressRow(region: RegionCode, metric: MetricCode): Promise<void>;
  /** Puts a formula in the active cell. */
  insertFormula(formula: string): Promise<void>;
  /** Checks every row of RRP Actuals, writes each row's Check, and summarises. The analyst's cells are never changed. */
  checkActuals(): Promise<ActualsCheckSummary>;
  /**
   * Re-checks RRP Actuals by itself whenever the table changes (debounced, so a large paste is checked
   * once) and reports each summary. Resolves to a function that stops watching. When RRP Actuals (or
   * its sheet) is deleted, the watch stops by itself and says so once, in plain words, to `onStopped`.
   */
  watchActuals(
    onChecked: (summary: ActualsCheckSummary) => void,
    onError: (message: string) => void,
    onStopped: (message: string) => void,
  ): Promise<() => Promise<void>>;
  /** Selects a data row of RRP Actuals (1-based, as in ActualsProblem.row). */
  selectActualsRow(row: number): Promise<void>;
  /** The values of the cells the analyst has selected (for Import selection). */
  readSelection(): Promise<CellValue[][]>;
  /** Appends rows to the end of RRP Actuals (never replacing any), then checks the table. */
  appendActuals(rows: ActualsRow[]): Promise<ActualsCheckSummary>;
  /**
   * Appends plan targets (accepted from a plan document) to RRP Plan, making the sheet and table when
   * there are none; nothing already there is changed. Then checks the table: the rows that pass are
   * used by the RRP functions and RRP Progress; the summary lists each row's problem and counts the added rows.
   */
  appendPlanRows(records: PlanRecord[]): Promise<PlanCheckSummary>;
  /** Checks every row of RRP Plan, writes each row's Check and uses the rows that pass. */
  checkPlan(): Promise<PlanCheckSummary>;
  /** The months with a used actual (latest first) and the regions a board report covers, with their editions. */
  reportOptions(): Promise<ReportOptions>;
  /** Builds RRP Report, RRP History and RRP Charts for a month, keeping the analyst's commentary. */
  buildReport(choice: ReportChoice): Promise<ReportBuilt>;
  /** Closes a region's month in RRP Log, with the name and note the analyst gives. */
  closeMonth(choice: CloseChoice): Promise<MonthClosed>;
  /**
   * Makes the board pack (.xlsx: a summary page per region, the report, history, charts drawn from the
   * data) and opens it as a new workbook in desktop Excel, or downloads it on the web; says which.
   */
  exportBoardPack(): Promise<BoardPackExported>;
  /** Appends the 2023 annual updates' own March 2023 figures to RRP Actuals (once), then checks the table. */
  appendPlanFigures(): Promise<PlanFiguresAdded>;
  /** How the reading of RRP Plan at opening went, and whether RRP formulas wait for F9, as it stands now. */
  workbookPlanStatus(): WorkbookPlanStatus;
  /** Calls `listener` whenever workbookPlanStatus changes; returns the function that stops it. */
  subscribeWorkbookPlanStatus(listener: () => void): () => void;
  /** Reads RRP Plan again, as when the workbook opened, after it could not be read; never rejects (the status says). */
  readWorkbookPlanAgain(): Promise<void>;
}

/** The status a progress row has before any actual is entered (the domain's). */
export { NO_ACTUAL_YET } from '../domain/actuals/progress';

/** The message to show for anything a service rejects with. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong talking to Excel. Please try again.';
}
