/**
 * RRP Progress as plain data (load/progressSheet.ts writes it), and the progress of each row read
 * back (shared/progressValues.ts reads it): one row per region and metric tracked. The plan columns are
 * values; the rest are worksheet formulas over the RRPActuals table and the RRP functions, so the
 * sheet recalculates by itself when actuals are checked. The formulas read only the add-in's Used
 * columns, which the check fills for the rows whose figures it uses (codes, the 1st of the month,
 * the fraction) and leaves blank for every other row: names, "16.5" and "Oct 2023" text count as
 * the check read them, and rows with errors, missing values or conflicts do not count at all.
 */
import {
  NO_ACTUAL_YET,
  progressFrom,
  progressItemOf,
  type LoadedTarget,
  type ProgressItem,
  type UsableActual,
} from '../actuals';
import { cellEntry } from '../cellText';
import { lastDaySerial } from '../months';
import type { PlanTarget } from '../planData';
import { isEdition, METRIC_CODES, REGION_CODES, type MetricCode, type RegionCode } from '../planSchema';
import { targetText } from '../rrpAnswers';
import { FORMAT } from './formats';
import { sameName, TABLE_NAMES } from './sheetNames';
import type { CellEntry, ColumnSpec, TableSpec } from './tables';

export const PROGRESS_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Region' },
  { header: 'Metric' },
  { header: 'Edition', format: FORMAT.year },
  { header: 'Baseline', format: FORMAT.percent },
  { header: 'Target', format: FORMAT.percent },
  { header: 'Deadline', format: FORMAT.date },
  { header: 'Latest month', format: FORMAT.month },
  { header: 'Latest actual', format: FORMAT.percent },
  { header: 'Trajectory', format: FORMAT.percent },
  { header: 'Gap to trajectory (pp)', format: FORMAT.points },
  { header: 'Gap to target (pp)', format: FORMAT.points },
  { header: 'Status' },
];

export const PROGRESS_TABLE: TableSpec = { columns: PROGRESS_COLUMNS, style: 'TableStyleMedium2' };

const A = TABLE_NAMES.actuals;
const SAME_REGION_METRIC = `${A}[Used region],[@Region],${A}[Used metric],[@Metric]`;

/**
 * The formula columns, the same in every row (so Excel makes them calculated columns).
 * - Latest month: the latest month with a used actual; blank (not 0) when there is none.
 * - Latest actual: the value used in that month (the check uses at most one row per region, metric
 *   and month; should two ever match, the one lower in the table: LOOKUP(2,1/(…)) finds the last match).
 * Only worksheet functions every Excel the manifest admits has (it admits Excel 2021, Microsoft 365
 * and the web; MAXIFS is in Excel 2019 and later, LOOKUP in all). LOOKUP(2,1/(…)) rather than XLOOKUP
 * also lets another engine compute the column: LibreOffice does, in tests/excel/worksheetFunctions.test.ts.
 * - Trajectory: blank for targets with no level (direction only), which RRP.TRAJECTORY cannot answer.
 * - Gaps: expected minus actual, so a positive gap is a shortfall.
 */
export const PROGRESS_FORMULAS = {
  latestMonth: `=IF(COUNTIFS(${SAME_REGION_METRIC})=0,"",MAXIFS(${A}[Used month],${SAME_REGION_METRIC}))`,
  latestActual: `=IF([@[Latest month]]="","",LOOKUP(2,1/((${A}[Used region]=[@Region])*(${A}[Used metric]=[@Metric])*(${A}[Used month]=[@[Latest month]])),${A}[Used value]))`,
  trajectory:
    '=IF(OR([@[Latest month]]="",NOT(ISNUMBER([@Target]))),"",RRP.TRAJECTORY([@Region],[@Metric],[@[Latest month]],[@Edition]))',
  gapToTrajectory: '=IF(OR([@Trajectory]="",[@[Latest actual]]=""),"",[@Trajectory]-[@[Latest actual]])',
  gapToTarget: '=IF(OR([@[Latest actual]]="",NOT(ISNUMBER([@Target]))),"",[@Target]-[@[Latest actual]])',
  status: `=IF([@[Latest actual]]="","${NO_ACTUAL_YET}",RRP.STATUS([@Region],[@Metric],[@[Latest actual]],[@[Latest month]],[@Edition]))`,
} as const;

export function progressRow(t: PlanTarget): CellEntry[] {
  const plan: CellEntry[] = [
    t.region,
    t.metric,
    t.edition,
    t.baseline ?? '',
    targetText(t),
    t.deadlineMonthIndex === null ? '' : lastDaySerial(t.deadlineMonthIndex),
  ].map(cellEntry);
  const f = PROGRESS_FORMULAS;
  return [...plan, f.latestMonth, f.latestActual, f.trajectory, f.gapToTrajectory, f.gapToTarget, f.status];
}

const isRegion = (code: string): code is RegionCode => (REGION_CODES as readonly string[]).includes(code);
const isMetric = (code: string): code is MetricCode => (METRIC_CODES as readonly string[]).includes(code);

/**
 * The targets RRP Progress tracks, from its header and body values, found by header name. Rows whose
 * region, metric or edition is not one the add-in knows (edited by hand) are left out.
 */
export function loadedTargetsFromValues(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
): LoadedTarget[] {
  const at = (name: string) => header.findIndex((h) => typeof h === 'string' && sameName(h.trim(), name));
  const [region, metric, edition] = [at('Region'), at('Metric'), at('Edition')];
  if (region < 0 || metric < 0 || edition < 0) return [];
  const targets: LoadedTarget[] = [];
  for (const cells of body) {
    const r = String(cells[region] ?? '')
      .trim()
      .toUpperCase();
    const m = String(cells[metric] ?? '')
      .trim()
      .toUpperCase();
    const e = cells[edition];
    if (isRegion(r) && isMetric(m) && isEdition(e)) targets.push({ region: r, metric: m, edition: e });
  }
  return targets;
}

export interface ProgressValues {
  header: unknown[];
  body: unknown[][];
}

/** The progress of every row of RRP Progress (its values as read) from the usable actuals. */
export function progressItems(progress: ProgressValues, actuals: readonly UsableActual[]): ProgressItem[] {
  return progressFrom(loadedTargetsFromValues(progress.header, progress.body), actuals).map(progressItemOf);
}
