/**
 * Which plan records a load writes: all chosen ones on RRP Targets; on RRP Progress one row per
 * region and metric, from the latest edition loaded. Qualitative commitments (CSTR) have no numbers
 * to track, so they are not progress rows: RRP.STATUS and RRP.TRAJECTORY can only answer #N/A for
 * them, and a row of #N/A would hide the rows that matter.
 */
import { targetsOf, type PlanTarget } from '../../domain/planData';
import { isEdition, REGION_CODES, type Edition, type RegionCode } from '../../domain/planSchema';
import { ExcelLayerError } from '../shared/excelErrors';

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

export function selectPlanData(options: LoadPlanOptions): PlanSelection {
  const regions = [...new Set(options.regions)];
  if (regions.length === 0) throw new ExcelLayerError('Choose at least one region to load.', 'NothingChosen');
  const unknown = regions.filter((r) => !(REGION_CODES as readonly string[]).includes(r));
  if (unknown.length > 0)
    throw new ExcelLayerError(`${unknown.join(', ')} is not a region code the add-in knows.`, 'InvalidChoice');
  const { editions } = options;
  if (editions !== 'latest') {
    if (editions.length === 0) throw new ExcelLayerError('Choose at least one plan edition to load.', 'NothingChosen');
    if (!editions.every(isEdition))
      throw new ExcelLayerError(
        'Plan editions are 2022 (the 2022-25 plan) and annual updates: 2023, 2024, …',
        'InvalidChoice',
      );
  }
  const targets = targetsOf(regions, editions);
  const regionsWithout = regions.filter((r) => !targets.some((t) => t.region === r));
  if (targets.length === 0) {
    throw new ExcelLayerError(
      'None of the chosen regions has plan targets in the chosen editions, so there is nothing to load.',
      'NothingToLoad',
    );
  }
  const latest = new Map<string, PlanTarget>();
  for (const t of targets) {
    const key = `${t.region}|${t.metric}`;
    const seen = latest.get(key);
    if (!seen || t.edition > seen.edition) latest.set(key, t);
  }
  const tracked = new Set(latest.values());
  return {
    targets,
    progress: targets.filter((t) => tracked.has(t) && t.kind !== 'qualitative'),
    regionsWithout,
    qualitative: targets.filter((t) => t.kind === 'qualitative'),
    superseded: targets.filter((t) => !tracked.has(t)),
  };
}
