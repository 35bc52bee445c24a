/**
 * Which edition of a region's plan is in force in a month, decided per metric from the editions' own
 * dates. An edition starts at its first baseline month (the 2023 annual updates start from their
 * March 2023 levels, so March 2023 is reported against them), never before January of its own year: a
 * workbook edition of 2099 whose row gives a baseline in January 2000 does not take over the years
 * between. For a metric, the newest edition that has a target for it and has started is in force; an
 * edition that covers some metrics leaves the others to the edition before it. Before any edition
 * starts, the oldest one applies.
 */
import { monthIndexOf, type MonthIndex } from '../months';
import { editionsOf, findTarget, planVersion, targetsOf } from '../planData';
import type { Edition, MetricCode, RegionCode } from '../planSchema';

let startsOfVersion = -1;
const starts = new Map<string, MonthIndex>();

/** When an edition of a region's plan starts: its first baseline month, not before January of its year. */
export function editionStart(region: RegionCode, edition: Edition): MonthIndex {
  if (startsOfVersion !== planVersion()) {
    starts.clear();
    startsOfVersion = planVersion();
  }
  const key = `${region}|${edition}`;
  const known = starts.get(key);
  if (known !== undefined) return known;
  let start = Infinity;
  for (const t of targetsOf([region], [edition])) {
    if (t.baselineMonthIndex !== null) start = Math.min(start, t.baselineMonthIndex);
  }
  const floor = monthIndexOf(edition, 1);
  const found = Number.isFinite(start) && start >= floor ? start : floor;
  starts.set(key, found);
  return found;
}

/** The editions of a region's plan that have a target for the metric (all of them without one), oldest first. */
const editionsFor = (region: RegionCode, metric?: MetricCode): readonly Edition[] =>
  metric === undefined
    ? editionsOf(region)
    : editionsOf(region).filter((e) => findTarget(region, metric, e) !== undefined);

/**
 * The edition in force for a region in a month: for one metric, the newest that sets a target for it
 * and has started; without a metric, the newest that has started. Undefined for a region (or metric)
 * with no plan data.
 */
export function editionInForce(region: RegionCode, month: MonthIndex, metric?: MetricCode): Edition | undefined {
  const editions = editionsFor(region, metric);
  let chosen = editions[0];
  for (const edition of editions) if (editionStart(region, edition) <= month) chosen = edition;
  return chosen;
}

/** Editions the analyst picked for some regions; the rest take the one in force. */
export type EditionChoices = Partial<Record<RegionCode, Edition>>;

/**
 * The edition to report a region's month (and metric) against: the analyst's pick when it is one the
 * region has; for a metric the pick sets no target for, the newest edition before the pick that does.
 */
export function reportEdition(
  region: RegionCode,
  month: MonthIndex,
  choices: EditionChoices = {},
  metric?: MetricCode,
): Edition | undefined {
  const picked = choices[region];
  if (picked === undefined || !editionsOf(region).includes(picked)) return editionInForce(region, month, metric);
  return editionsFor(region, metric)
    .filter((e) => e <= picked)
    .at(-1);
}
