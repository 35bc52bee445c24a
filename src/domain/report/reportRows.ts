/**
 * The board report for a month: per region, one row per metric of the edition reported against,
 * with the month's actual (or the latest before it, with its month), where the trajectory says the
 * plan should be, the gaps, the status, the change since the previous reported month and the
 * performance-year-to-date figure. Status and gaps are measured in the month of the actual used, by
 * the same code as RRP.STATUS and RRP Progress, so the report agrees with both.
 */
import { NO_ACTUAL_YET, type ProgressStatus } from '../actuals/progress';
import type { ParsedActual, YearToDate } from '../actuals/schema';
import { yearToDate } from '../actuals/yearToDate';
import { percentText } from '../givenValues';
import { monthLabel, type MonthIndex } from '../months';
import { editionLabel } from '../editions';
import { editionsOf, findTarget, targetsOf, type PlanTarget } from '../planData';
import { METRIC_CODES, type Edition, type MetricCode, type RegionCode, type TargetKind } from '../planSchema';
import { progressAgainst, roundFraction } from '../status';
import { closedMonths, restatementOf, type LogEntry, type Restatement } from './closing';
import { dayText } from './dates';
import { reportEdition, type EditionChoices } from './editionInForce';
import { acrossBreak, afterBreak, SERIES_BREAK_NOTE } from './seriesBreak';
import { readingOf, type PeriodMarks, type SpcReading } from './variation';

export const QUALITATIVE = 'Qualitative';

export type Direction = 'up' | 'down' | 'same';
export const DIRECTION_ARROWS: Readonly<Record<Direction, string>> = { up: '↑ up', down: '↓ down', same: '→ same' };

export interface Change {
  /** Actual minus the previous reported month's actual, in percentage points as a fraction. */
  points: number;
  direction: Direction;
  since: MonthIndex;
}

export interface ReportRow {
  /** The month reported on. */
  month: MonthIndex;
  region: RegionCode;
  metric: MetricCode;
  edition: Edition;
  kind: TargetKind;
  baseline?: number;
  target?: number;
  deadline?: MonthIndex;
  /** The month of the actual used: the report month's, or the latest before it. */
  actualMonth?: MonthIndex;
  actual?: number;
  trajectory?: number;
  /** Trajectory minus actual: positive is behind. */
  gapToTrajectory?: number;
  /** Target minus actual: positive is still short. */
  gapToTarget?: number;
  status: ProgressStatus;
  change?: Change;
  yearToDate?: YearToDate;
  /** Set when the figure changed after its month was closed. */
  restated?: Restatement;
  /** Variation and assurance of the series up to the actual used (Making Data Count). */
  spc?: SpcReading;
  /** Plain-words notes: an earlier month's actual, the series break, a restatement. */
  notes: string[];
}

export interface ReportRequest {
  month: MonthIndex;
  regions: readonly RegionCode[];
  /** Editions the analyst picked; other regions take the one in force that month. */
  editions?: EditionChoices;
}

/** Usable actuals of one region and metric, by month (at most one per month, as the check leaves them). */
function seriesOf(actuals: readonly ParsedActual[]): Map<string, ParsedActual[]> {
  const series = new Map<string, ParsedActual[]>();
  for (const a of actuals) {
    const key = `${a.region}|${a.metric}`;
    const list = series.get(key);
    if (list) list.push(a);
    else series.set(key, [a]);
  }
  for (const list of series.values()) list.sort((a, b) => a.month - b.month);
  return series;
}

/** The latest actual in or before a month, and the one before that. */
function latestTwo(
  list: readonly ParsedActual[],
  month: MonthIndex,
): { latest?: ParsedActual; previous?: ParsedActual } {
  let latest: ParsedActual | undefined;
  let previous: ParsedActual | undefined;
  for (const a of list) {
    if (a.month > month) break;
    previous = latest;
    latest = a;
  }
  return { latest, previous };
}

function changeOf(latest: ParsedActual, previous: ParsedActual | undefined, notes: string[]): Change | undefined {
  if (previous === undefined) return undefined;
  if (acrossBreak(previous.month, latest.month)) {
    notes.push(
      `No change shown: ${monthLabel(previous.month)} and ${monthLabel(latest.month)} are either side of the series break.`,
    );
    return undefined;
  }
  const points = roundFraction(latest.value - previous.value);
  return { points, direction: points > 0 ? 'up' : points < 0 ? 'down' : 'same', since: previous.month };
}

function planColumns(target: PlanTarget): Pick<ReportRow, 'baseline' | 'target' | 'deadline'> {
  const columns: Pick<ReportRow, 'baseline' | 'target' | 'deadline'> = {};
  if (target.baseline !== null) columns.baseline = target.baseline;
  if (target.target !== null) columns.target = target.target;
  if (target.deadlineMonthIndex !== null) columns.deadline = target.deadlineMonthIndex;
  return columns;
}

function rowFor(
  target: PlanTarget,
  month: MonthIndex,
  list: readonly ParsedActual[],
  closed: ReturnType<typeof closedMonths>,
  marks: PeriodMarks,
): ReportRow {
  const row: ReportRow = {
    month,
    region: target.region,
    metric: target.metric,
    edition: target.edition,
    kind: target.kind,
    ...planColumns(target),
    status: NO_ACTUAL_YET,
    notes: [],
  };
  if (afterBreak(month)) row.notes.push(SERIES_BREAK_NOTE);
  if (target.kind === 'qualitative') {
    row.status = QUALITATIVE;
    row.notes.push('A commitment in words: the plan states no figure to report against.');
    return row;
  }
  const { latest, previous } = latestTwo(list, month);
  if (latest === undefined) return row;
  row.actualMonth = latest.month;
  row.actual = latest.value;
  if (latest.month !== month)
    row.notes.push(`No actual for ${monthLabel(month)}: the latest before it, ${monthLabel(latest.month)}, is shown.`);
  const { status, trajectory } = progressAgainst(target, latest.value, latest.month);
  row.status = status;
  if (target.kind !== 'direction' && trajectory !== undefined && target.target !== null) {
    row.trajectory = trajectory;
    row.gapToTrajectory = roundFraction(trajectory - latest.value);
    row.gapToTarget = roundFraction(target.target - latest.value);
  }
  const change = changeOf(latest, previous, row.notes);
  if (change) row.change = change;
  const ytd = yearToDate(list, target.region, target.metric, latest.month);
  if (ytd) row.yearToDate = ytd;
  row.spc = readingOf(list, latest.month, target.target, marks);
  const restated = restatementOf(latest, closed);
  if (restated) {
    row.restated = restated;
    const was = restated.was === undefined ? 'no figure then' : `was ${percentText(restated.was)}`;
    row.notes.push(
      `Restated: changed after ${monthLabel(latest.month)} was closed on ${dayText(restated.closedAt)} (${was}).`,
    );
  }
  return row;
}

/**
 * The report rows for a month: regions in the order given, metrics in the plan's order. A region
 * with no plan data has no rows. `closed`: RRP Log's entries, so changed figures are marked restated;
 * `marks`: the analyst's New period entries on RRP History.
 */
export function reportRows(
  request: ReportRequest,
  actuals: readonly ParsedActual[],
  closed: readonly LogEntry[] = [],
  marks: PeriodMarks = new Map(),
): ReportRow[] {
  const series = seriesOf(actuals);
  const closedByMonth = closedMonths(closed);
  const rows: ReportRow[] = [];
  for (const region of request.regions) {
    const edition = reportEdition(region, request.month, request.editions);
    if (edition === undefined) continue;
    // Edition in force per metric: an edition that sets targets for some metrics leaves the others to the one before.
    const metrics = new Set(targetsOf([region], editionsOf(region)).map((t) => t.metric));
    for (const metric of METRIC_CODES.filter((m) => metrics.has(m))) {
      const own = reportEdition(region, request.month, request.editions, metric);
      const target = own === undefined ? undefined : findTarget(region, metric, own);
      if (target === undefined) continue;
      const row = rowFor(target, request.month, series.get(`${region}|${metric}`) ?? [], closedByMonth, marks);
      if (target.edition !== edition)
        row.notes.push(
          `Against the ${editionLabel(target.edition)}: the ${editionLabel(edition)} sets no target for this metric.`,
        );
      rows.push(row);
    }
  }
  return rows;
}

/** The statuses a report can show, in the order the counts line lists them. */
const COUNT_ORDER: readonly ProgressStatus[] = [
  'Met',
  'On track',
  'Improving',
  'At risk',
  'Not improving',
  'Off track',
  'Missed',
  NO_ACTUAL_YET,
  QUALITATIVE,
];

/** A region's rows counted by status: "Met 1, On track 2, Off track 1". */
export function statusCounts(
  rows: readonly ReportRow[],
  region: RegionCode,
): { status: ProgressStatus; count: number }[] {
  const counts = new Map<ProgressStatus, number>();
  for (const row of rows) if (row.region === region) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  return COUNT_ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status) as number }));
}

export const countsText = (counts: readonly { status: ProgressStatus; count: number }[]): string =>
  counts.map((c) => `${c.status} ${c.count}`).join(', ');
