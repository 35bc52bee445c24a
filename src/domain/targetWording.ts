/** How a target is named in messages: "Yorkshire and The Humber's 2023 annual update target for employed six weeks after release". */
import { editionLabel } from './editions';
import { metricName } from './metrics';
import type { PlanRecord } from './planSchema';
import { regionName } from './regions';

export function describeTarget(target: Pick<PlanRecord, 'region' | 'edition' | 'metric'>): string {
  return `${regionName(target.region)}'s ${editionLabel(target.edition)} target for ${metricName(target.metric).toLowerCase()}`;
}
