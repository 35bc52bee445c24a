/**
 * What the task pane needs from the workbook, as a contract with no Office.js in it. index.tsx passes
 * an implementation backed by src/excel; tests pass fakes. Every promise that rejects does so with an
 * Error whose message is already in plain words: the pane shows it as it is.
 */
import type { Edition, MetricCode, RegionCode } from '../domain/planSchema';

export type { Edition, MetricCode, RegionCode };

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
}

/** The status a progress row has before any actual is entered. */
export const NO_ACTUAL_YET = 'No actual yet';

/** The message to show for anything a service rejects with. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return 'Something went wrong talking to Excel. Please try again.';
}
