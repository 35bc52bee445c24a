/**
 * Which plan records a load writes: all chosen ones on RRP Targets; on RRP Progress one row per
 * region and metric, from the latest edition loaded. Qualitative commitments (CSTR) have no numbers
 * to track, so they are not progress rows: RRP.STATUS and RRP.TRAJECTORY can only answer #N/A for
 * them, and a row of #N/A would hide the rows that matter.
 */
import { targetsOf, type PlanTarget } from '../planData';
import { isEdition, REGION_CODES, type Edition, type RegionCode } from '../planSchema';

export interface LoadPlanOptions {
  regions: readonly RegionCode[];
  /** The editions to load, or each region's latest. */
  editions: readonly Edition[] | 'latest';
}

export interface PlanSelection {
  targets: PlanTarget[];
  progress: PlanTarget[];
  /** Chosen regions with no targets in the chosen editions. */
  regionsWithout: RegionCode[];
  /** Qualitative targets loaded on RRP Targets and not on RRP Progress. */
  qualitative: PlanTarget[];
  /** Targets on RRP Targets whose region and metric RRP Progress tracks in a later edition. */
  superseded: PlanTarget[];
}

/** Why a choice cannot be loaded, in the analyst's words, with the code the Excel layer's error carries. */
export interface SelectionRefusal {
  code: 'NothingChosen' | 'InvalidChoice' | 'NothingToLoad';
  message: string;
}

export function decidePlanSelection(
  options: LoadPlanOptions,
): { selection: PlanSelection } | { refused: SelectionRefusal } {
  const refused = (code: SelectionRefusal['code'], message: string) => ({ refused: { code, message } });
  const regions = [...new Set(options.regions)];
  if (regions.length === 0) return refused('NothingChosen', 'Choose at least one region to load.');
  const unknown = regions.filter((r) => !(REGION_CODES as readonly string[]).includes(r));
  if (unknown.length > 0)
    return refused('InvalidChoice', `${unknown.join(', ')} is not a region code the add-in knows.`);
  const { editions } = options;
  if (editions !== 'latest') {
    if (editions.length === 0) return refused('NothingChosen', 'Choose at least one plan edition to load.');
    if (!editions.every(isEdition))
      return refused('InvalidChoice', 'Plan editions are 2022 (the 2022-25 plan) and annual updates: 2023, 2024, …');
  }
  const targets = targetsOf(regions, editions);
  const regionsWithout = regions.filter((r) => !targets.some((t) => t.region === r));
  if (targets.length === 0)
    return refused(
      'NothingToLoad',
      'None of the chosen regions has plan targets in the chosen editions, so there is nothing to load.',
    );
  const latest = new Map<string, PlanTarget>();
  for (const t of targets) {
    const key = `${t.region}|${t.metric}`;
    const seen = latest.get(key);
    if (!seen || t.edition > seen.edition) latest.set(key, t);
  }
  const tracked = new Set(latest.values());
  const selection = {
    targets,
    progress: targets.filter((t) => tracked.has(t) && t.kind !== 'qualitative'),
    regionsWithout,
    qualitative: targets.filter((t) => t.kind === 'qualitative'),
    superseded: targets.filter((t) => !tracked.has(t)),
  };
  return { selection };
}
