/**
 * Which edition of a region's plan is in force in a month: the newest edition whose baseline month
 * has come (the 2023 annual updates start from their March 2023 levels, so March 2023 is reported
 * against the 2023 update unless the analyst picks the 2022-25 plan). Before any edition starts, the
 * oldest one applies.
 */
import type { MonthIndex } from '../months';
import { editionsOf, targetsOf } from '../planData';
import type { Edition, RegionCode } from '../planSchema';

/** The first baseline month of an edition of a region's plan; undefined when none of its targets states one. */
export function editionStart(region: RegionCode, edition: Edition): MonthIndex | undefined {
  let start: MonthIndex | undefined;
  for (const t of targetsOf([region], [edition])) {
    if (t.baselineMonthIndex !== null && (start === undefined || t.baselineMonthIndex < start))
      start = t.baselineMonthIndex;
  }
  return start;
}

/** The edition in force for a region in a month; undefined for a region with no plan data. */
export function editionInForce(region: RegionCode, month: MonthIndex): Edition | undefined {
  const editions = editionsOf(region);
  let chosen = editions[0];
  for (const edition of editions) {
    const start = editionStart(region, edition);
    if (start !== undefined && start <= month) chosen = edition;
  }
  return chosen;
}

/** Editions the analyst picked for some regions; the rest take the one in force. */
export type EditionChoices = Partial<Record<RegionCode, Edition>>;

/** The edition to report a region's month against: the analyst's pick when it is one the region has. */
export function reportEdition(
  region: RegionCode,
  month: MonthIndex,
  choices: EditionChoices = {},
): Edition | undefined {
  const picked = choices[region];
  return picked !== undefined && editionsOf(region).includes(picked) ? picked : editionInForce(region, month);
}
