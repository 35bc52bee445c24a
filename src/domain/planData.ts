/**
 * The plan data, checked against its schema when loaded and indexed once, so each lookup is two map
 * reads whatever the size of the data.
 */
import rawPlanData from '../../seeds/plan-targets.json';
import { EDITIONS, PlanDataSchema, type Edition, type MetricCode, type PlanDocument, type PlanRecord, type RegionCode } from './planSchema';
import { monthFromIso, type MonthIndex } from './months';

/** A plan record with its months as month indices, ready for trajectory arithmetic. */
export type PlanTarget = PlanRecord & {
  baselineMonthIndex: MonthIndex | null;
  deadlineMonthIndex: MonthIndex | null;
};

interface MetricPlans {
  byEdition: Map<Edition, PlanTarget>;
  latest: PlanTarget;
}

export const planData = PlanDataSchema.parse(rawPlanData);

const index = new Map<RegionCode, Map<MetricCode, MetricPlans>>();
const editionsByRegion = new Map<RegionCode, Edition[]>();
const documents = new Map<string, PlanDocument>(planData.documents.map((d) => [d.file, d]));

for (const record of planData.targets) {
  const target: PlanTarget = {
    ...record,
    baselineMonthIndex: record.baselineMonth === null ? null : monthFromIso(record.baselineMonth),
    deadlineMonthIndex: record.deadlineMonth === null ? null : monthFromIso(record.deadlineMonth),
  };
  const byMetric = index.get(record.region) ?? new Map<MetricCode, MetricPlans>();
  index.set(record.region, byMetric);
  const plans = byMetric.get(record.metric);
  if (plans) {
    plans.byEdition.set(record.edition, target);
    if (record.edition > plans.latest.edition) plans.latest = target;
  } else {
    byMetric.set(record.metric, { byEdition: new Map([[record.edition, target]]), latest: target });
  }
  const editions = editionsByRegion.get(record.region) ?? [];
  if (!editions.includes(record.edition)) editions.push(record.edition);
  editionsByRegion.set(record.region, editions);
}
for (const editions of editionsByRegion.values()) editions.sort((a, b) => a - b);

/** The editions of the plan a region has data for, oldest first; empty for regions without data. */
export const editionsOf = (region: RegionCode): readonly Edition[] => editionsByRegion.get(region) ?? [];

export const regionsWithPlans = (): RegionCode[] => [...index.keys()];

/** The target for a region and metric in an edition (the region's latest when none is given). */
export function findTarget(region: RegionCode, metric: MetricCode, edition?: Edition): PlanTarget | undefined {
  const plans = index.get(region)?.get(metric);
  if (!plans) return undefined;
  return edition === undefined ? plans.latest : plans.byEdition.get(edition);
}

/** All targets of the given regions, each in the requested edition or its latest. */
export function targetsOf(regions: readonly RegionCode[], editions: readonly Edition[] | 'latest'): PlanTarget[] {
  const out: PlanTarget[] = [];
  for (const region of regions) {
    for (const plans of index.get(region)?.values() ?? []) {
      if (editions === 'latest') out.push(plans.latest);
      else for (const e of EDITIONS) if (editions.includes(e) && plans.byEdition.has(e)) out.push(plans.byEdition.get(e) as PlanTarget);
    }
  }
  return out;
}

export function documentOf(file: string): PlanDocument {
  const doc = documents.get(file);
  if (!doc) throw new Error(`Plan document ${file} is not listed`);
  return doc;
}
