/**
 * Progress of each loaded target from the checked actuals: the latest usable actual, where the
 * trajectory says the plan should be that month, the gaps and the status, all by the same code as
 * RRP.TRAJECTORY and RRP.STATUS, so the pane's summary agrees with the RRP Progress sheet.
 */
import type { MonthIndex } from '../months';
import { findTarget } from '../planData';
import type { Edition, MetricCode, RegionCode } from '../planSchema';
import { progressAgainst, roundFraction, type Status } from '../status';
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

interface TargetActuals {
  /** The latest usable actual. */
  latest: UsableActual;
  /** Every usable actual of the region and metric, for the year-to-date figure. */
  all: UsableActual[];
}

/** The usable actuals grouped by region and metric, once, with the latest of each group. */
function groupActuals(actuals: readonly UsableActual[]): Map<string, TargetActuals> {
  const groups = new Map<string, TargetActuals>();
  for (const actual of actuals) {
    const key = keyOf(actual.region, actual.metric);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { latest: actual, all: [actual] });
    else {
      group.all.push(actual);
      if (actual.month > group.latest.month) group.latest = actual;
    }
  }
  return groups;
}

/**
 * One line per loaded target, in order. A loaded target the plan data does not hold (an edition the
 * region has no plan for, such as Yorkshire and The Humber's 2022 edition) is not a plan target and is
 * left out.
 */
export function progressFrom(loaded: readonly LoadedTarget[], actuals: readonly UsableActual[]): ProgressLine[] {
  const groups = groupActuals(actuals);
  const lines: ProgressLine[] = [];
  for (const { region, metric, edition } of loaded) {
    const target = findTarget(region, metric, edition);
    if (target === undefined) continue;
    if (target.kind === 'qualitative') {
      lines.push({ region, metric, edition, status: QUALITATIVE });
      continue;
    }
    const group = groups.get(keyOf(region, metric));
    if (group === undefined) {
      lines.push({ region, metric, edition, status: NO_ACTUAL_YET });
      continue;
    }
    const { latest } = group;
    const { status, trajectory } = progressAgainst(target, latest.value, latest.month);
    const line: ProgressLine = {
      region,
      metric,
      edition,
      status,
      latestMonth: latest.month,
      latestActual: latest.value,
      yearToDate: yearToDate(group.all, region, metric, latest.month),
    };
    if (target.kind !== 'direction' && trajectory !== undefined) {
      line.trajectory = trajectory;
      line.gapToTrajectory = roundFraction(trajectory - latest.value);
      line.gapToTarget = roundFraction(target.target - latest.value);
    }
    lines.push(line);
  }
  return lines;
}
