/**
 * Progress of each loaded target from the checked actuals: the latest usable actual, where the
 * trajectory says the plan should be that month, the gaps and the status, all by the same code as
 * RRP.TRAJECTORY and RRP.STATUS, so the pane's summary agrees with the RRP Progress sheet.
 */
import type { MonthIndex } from '../months';
import { findTarget } from '../planData';
import type { Edition, MetricCode, RegionCode } from '../planSchema';
import { progressStatus, roundFraction, type Status } from '../status';
import { trajectoryAt } from '../trajectory';
import type { UsableActual, YearToDate } from './schema';
import { yearToDate } from './yearToDate';

export const NO_ACTUAL_YET = 'No actual yet';
const QUALITATIVE = 'Qualitative';
export type ProgressStatus = Status | typeof NO_ACTUAL_YET | typeof QUALITATIVE;

export interface ProgressLine {
  region: RegionCode;
  metric: MetricCode;
  edition: Edition;
  status: ProgressStatus;
  latestMonth?: MonthIndex;
  latestActual?: number;
  trajectory?: number;
  /** Trajectory minus actual, in percentage points as a fraction: positive means behind. */
  gapToTrajectory?: number;
  /** Target minus actual: positive means still short. */
  gapToTarget?: number;
  /** Σ numerators / Σ denominators from April of the latest actual's performance year, where counts were given. */
  yearToDate?: YearToDate;
}

export interface LoadedTarget {
  region: RegionCode;
  metric: MetricCode;
  edition: Edition;
}

const keyOf = (region: RegionCode, metric: MetricCode): string => `${region}|${metric}`;

/** The latest usable actual of each region and metric. */
function latestActuals(actuals: readonly UsableActual[]): Map<string, UsableActual> {
  const latest = new Map<string, UsableActual>();
  for (const actual of actuals) {
    const key = keyOf(actual.region, actual.metric);
    const seen = latest.get(key);
    if (!seen || actual.month > seen.month) latest.set(key, actual);
  }
  return latest;
}

/**
 * One line per loaded target, in order. A loaded target the plan data does not hold (an edition the
 * region has no plan for, such as Yorkshire and The Humber's 2022 edition) is not a plan target and is
 * left out.
 */
export function progressFrom(loaded: readonly LoadedTarget[], actuals: readonly UsableActual[]): ProgressLine[] {
  const latest = latestActuals(actuals);
  const lines: ProgressLine[] = [];
  for (const { region, metric, edition } of loaded) {
    const target = findTarget(region, metric, edition);
    if (target === undefined) continue;
    if (target.kind === 'qualitative') {
      lines.push({ region, metric, edition, status: QUALITATIVE });
      continue;
    }
    const actual = latest.get(keyOf(region, metric));
    if (!actual) {
      lines.push({ region, metric, edition, status: NO_ACTUAL_YET });
      continue;
    }
    const line: ProgressLine = {
      region,
      metric,
      edition,
      status: progressStatus(target, actual.value, actual.month),
      latestMonth: actual.month,
      latestActual: actual.value,
      yearToDate: yearToDate(actuals, region, metric, actual.month),
    };
    if (target.kind === 'direction') lines.push(line);
    else {
      const trajectory = trajectoryAt(target, actual.month);
      lines.push({ ...line, trajectory, gapToTrajectory: roundFraction(trajectory - actual.value), gapToTarget: roundFraction(target.target - actual.value) });
    }
  }
  return lines;
}
