/**
 * What the task pane needs from the workbook, as a contract with no Office.js in it. paneServices.ts
 * implements it with src/excel, and index.tsx passes that to the pane; tests pass fakes. Every promise that rejects does so with an
 * Error whose message is already in plain words: the pane shows it as it is.
 */
import type { ActualsRow, CellValue, CheckCounts, RowStatus, YearToDate } from '../domain/actuals';
import type { Edition, MetricCode, RegionCode } from '../domain/planSchema';

export type { ActualsRow, CellValue, Edition, MetricCode, RegionCode };

/** Which plan data to load: some regions, in each one's latest edition or in the named editions. */
export interface PlanChoice {
  regions: RegionCode[];
  editions: Edition[] | 'latest';
}

/** What a load did, one plain-words line per change ("Added 6 Kent, Surrey and Sussex targets."). */
export interface LoadResult {
  changes: string[];
}

/** One row of the progress sheet as the pane summarises it. */
export interface ProgressItem {
  region: RegionCode;
  metric: MetricCode;
  edition?: number;
  /** A status from src/domain/status.ts (Met, On track, …) or "No actual yet". */
  status: string;
  /** The month of the latest actual, as the sheet gives it ("2023-10" or "October 2023"). */
  latestMonth?: string;
  /** The latest actual as a fraction (17.5% is 0.175). */
  latestActual?: number;
  /** Target minus the latest actual, in percentage points as a fraction. */
  gapToTarget?: number;
  /** Performance-year-to-date (April on) as Σ numerators / Σ denominators, where counts were given. */
  yearToDate?: YearToDate;
}

/** A row of RRP Actuals that needs the analyst's attention. */
export interface ActualsProblem {
  /** 1-based data row of the RRP Actuals table (row 1 is the first row under the headers). */
  row: number;
  status: Exclude<RowStatus, 'ok'>;
  message: string;
}

/** The outcome of checking the whole RRP Actuals table (its Check column has just been written). */
export interface ActualsCheckSummary {
  /** Rows in the table. */
  rowCount: number;
  counts: CheckCounts;
  /** Problem rows in table order: errors, warnings and missing values. */
  problems: ActualsProblem[];
  /**
   * The progress of every row of RRP Progress from the actuals just checked, worked out in the same
   * run (what readProgress would give now); undefined when there is no RRP Progress table.
   */
  progress?: ProgressItem[];
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
   * once) and reports each summary. Resolves to a function that stops watching.
   */
  watchActuals(onChecked: (summary: ActualsCheckSummary) => void, onError: (message: string) => void): Promise<() => Promise<void>>;
  /** Selects a data row of RRP Actuals (1-based, as in ActualsProblem.row). */
  selectActualsRow(row: number): Promise<void>;
  /** The values of the cells the analyst has selected (for Import selection). */
  readSelection(): Promise<CellValue[][]>;
  /** Appends rows to the end of RRP Actuals (never replacing any), then checks the table. */
  appendActuals(rows: ActualsRow[]): Promise<ActualsCheckSummary>;
}

/** The status a progress row has before any actual is entered (the domain's). */
export { NO_ACTUAL_YET } from '../domain/actuals/progress';

/** The message to show for anything a service rejects with. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong talking to Excel. Please try again.';
}
