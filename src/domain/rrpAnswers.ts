/**
 * The answer of each RRP function, from arguments as Excel passes them. The custom functions and the
 * task pane's function builder both call these, so the preview always equals the cell.
 * Every failure is a PlanError: "invalid" for something unreadable, "unavailable" for a question the
 * plan does not answer.
 */
import { readMetric, readMonth, readPercentage, readRegion, readTolerance } from './arguments';
import { editionLabel, parseEdition } from './editions';
import { unavailable } from './errors';
import { isBlank } from './givenValues';
import { METRICS } from './metrics';
import { firstDaySerial, lastDaySerial, type MonthIndex } from './months';
import {
  documentOf,
  documentTitleOf,
  editionsOf,
  findTarget,
  regionsWithPlans,
  targetsOf,
  type PlanTarget,
} from './planData';
import type { Edition, RegionCode, TargetKind } from './planSchema';
import { REGIONS, regionName } from './regions';
import { DEFAULT_TOLERANCE, progressStatus, roundFraction, type Status } from './status';
import { commitmentInWords, noStatedBaseline, onlyDirection } from './targetWording';
import { trajectoryAt } from './trajectory';

const WITH_DATA = (): string => regionsWithPlans().map(regionName).join(', ');

function editionsForRegion(region: RegionCode): readonly Edition[] {
  const editions = editionsOf(region);
  if (editions.length === 0) {
    throw unavailable(
      `${regionName(region)} has no Reducing Reoffending Plan targets, built in or on this workbook's RRP Plan sheet. Plan data covers ${WITH_DATA()}.`,
    );
  }
  return editions;
}

/** Throws unless the region has plan data, and the edition when one is asked for. */
function requireEdition(region: RegionCode, edition: Edition | undefined): void {
  const editions = editionsForRegion(region);
  if (edition !== undefined && !editions.includes(edition)) {
    throw unavailable(
      `${regionName(region)} has no ${editionLabel(edition)} in the data; it has the ${editions.map(editionLabel).join(' and the ')}.`,
    );
  }
}

/** The plan target a (region, metric, [plan]) triple names. */
function lookUpTarget(region: unknown, metric: unknown, plan: unknown): PlanTarget {
  const regionCode = readRegion(region);
  const metricCode = readMetric(metric);
  const edition = parseEdition(plan);
  const target = findTarget(regionCode, metricCode, edition);
  if (target) return target;
  // Only now: a target found means the region has data in that edition, so there is nothing to check.
  requireEdition(regionCode, edition);
  throw unavailable(`${regionName(regionCode)}'s plan sets no target for this metric.`);
}

/** Target level and deadline month of a target that has them. */
function numericTarget(t: PlanTarget, missing: string): { level: number; deadline: MonthIndex } {
  if (t.kind === 'qualitative') throw commitmentInWords(t);
  if (t.kind === 'direction') throw onlyDirection(t, missing);
  return { level: t.target, deadline: t.deadlineMonthIndex as MonthIndex };
}

export const targetLevel = (region: unknown, metric: unknown, plan: unknown): number =>
  numericTarget(lookUpTarget(region, metric, plan), 'target level').level;

export function baselineLevel(region: unknown, metric: unknown, plan: unknown): number {
  const t = lookUpTarget(region, metric, plan);
  if (t.kind === 'qualitative') throw commitmentInWords(t);
  if (t.kind === 'maintain') throw noStatedBaseline(t);
  return t.baseline;
}

export function changeInPoints(region: unknown, metric: unknown, plan: unknown): number {
  const t = lookUpTarget(region, metric, plan);
  if (t.kind === 'qualitative') throw commitmentInWords(t);
  if (t.kind === 'direction') throw onlyDirection(t, 'planned change');
  return t.change;
}

/** Excel serial of the last day of the deadline month. */
export const deadlineDate = (region: unknown, metric: unknown, plan: unknown): number =>
  lastDaySerial(numericTarget(lookUpTarget(region, metric, plan), 'deadline').deadline);

export function trajectoryLevel(region: unknown, metric: unknown, month: unknown, plan: unknown): number {
  const t = lookUpTarget(region, metric, plan);
  return trajectoryAt(t, readMonth(month));
}

export function statusOf(
  region: unknown,
  metric: unknown,
  actual: unknown,
  month: unknown,
  plan: unknown,
  tolerance: unknown,
): Status {
  return progressStatus(
    lookUpTarget(region, metric, plan),
    readPercentage(actual, 'actual'),
    readMonth(month),
    readTolerance(tolerance, DEFAULT_TOLERANCE),
  );
}

export function gapToTarget(region: unknown, metric: unknown, actual: unknown, plan: unknown): number {
  const { level } = numericTarget(lookUpTarget(region, metric, plan), 'target level');
  return roundFraction(level - readPercentage(actual, 'actual'));
}

export function sourceOf(region: unknown, metric: unknown, plan: unknown): string {
  const t = lookUpTarget(region, metric, plan);
  const section = t.source.section === '' ? '' : `, section "${t.source.section}"`;
  const where = t.origin === 'built-in' ? `file ${documentOf(t.source.document).file}` : 'on RRP Plan';
  return `"${t.source.sentence}" (${documentTitleOf(t)}${section}, ${where})`;
}

export type Cell = string | number;

export function regionsTable(): Cell[][] {
  return [
    ['Code', 'Region', 'Plan editions'],
    ...REGIONS.map((r) => [r.code, r.name, editionsOf(r.code).map(editionLabel).join(', ') || 'No plan data']),
  ];
}

export function metricsTable(): Cell[][] {
  return [['Code', 'Metric', 'Description'], ...METRICS.map((m) => [m.code, m.name, m.description])];
}

const KIND_LABELS: Record<TargetKind, string> = {
  increase: 'Increase',
  maintain: 'Maintain',
  direction: 'Direction only',
  qualitative: 'Qualitative',
};

/** What the Target cell says when a target has no level. */
export function targetText(t: PlanTarget): Cell {
  if (t.kind === 'direction') return 'Continue to increase';
  if (t.kind === 'qualitative') return 'Commitment in words (see source)';
  return t.target;
}

const PLAN_HEADER: Cell[] = ['Region', 'Metric', 'Kind', 'Baseline', 'Baseline month', 'Change', 'Target', 'Deadline'];

/** One plan-table row: fractions and Excel date serials, "" where the plan states nothing. */
export function planRow(t: PlanTarget): Cell[] {
  return [
    t.region,
    t.metric,
    KIND_LABELS[t.kind],
    t.baseline ?? '',
    t.baselineMonthIndex === null ? '' : firstDaySerial(t.baselineMonthIndex),
    t.change ?? '',
    targetText(t),
    t.deadlineMonthIndex === null ? '' : lastDaySerial(t.deadlineMonthIndex),
  ];
}

/** The plan table for one region or all with data, in one edition or each region's latest. */
export function planTable(region: unknown, plan: unknown): Cell[][] {
  const edition = parseEdition(plan);
  const oneRegion = !isBlank(region);
  const regions = oneRegion ? [readRegion(region)] : regionsWithPlans();
  if (oneRegion) requireEdition(regions[0], edition);
  const available = regions.filter((r) => edition === undefined || editionsForRegion(r).includes(edition));
  return [PLAN_HEADER, ...targetsOf(available, edition === undefined ? 'latest' : [edition]).map(planRow)];
}
