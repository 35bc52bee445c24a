/**
 * What a check of RRP Actuals and a read of progress give back: the summary the pane shows. Pure;
 * the Excel layer makes these and the pane's service contract passes them on.
 */
import { monthLabel } from '../months';
import type { MetricCode, RegionCode } from '../planSchema';
import type { CheckResult, CheckCounts, RowStatus, YearToDate } from './schema';
import type { ProgressLine } from './progress';

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

export function summaryOf(result: CheckResult): ActualsCheckSummary {
  const problems: ActualsProblem[] = [];
  result.rows.forEach((row, index) => {
    if (row.status !== 'ok') problems.push({ row: index + 1, status: row.status, message: row.message });
  });
  return { rowCount: result.rows.length, counts: result.counts, problems };
}

/** A progress line as the pane shows it: the month as a label ("September 2023"). */
export function progressItemOf(line: ProgressLine): ProgressItem {
  const item: ProgressItem = { region: line.region, metric: line.metric, edition: line.edition, status: line.status };
  if (line.latestMonth !== undefined) item.latestMonth = monthLabel(line.latestMonth);
  if (line.latestActual !== undefined) item.latestActual = line.latestActual;
  if (line.gapToTarget !== undefined) item.gapToTarget = line.gapToTarget;
  if (line.yearToDate !== undefined) item.yearToDate = line.yearToDate;
  return item;
}
