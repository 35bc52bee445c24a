/**
 * How a target is named in messages ("Yorkshire and The Humber's 2023 annual update target for
 * employed six weeks after release"), and the one wording of each reason a target has no number, used
 * by the RRP functions (rrpAnswers.ts), trajectories (trajectory.ts) and statuses (status.ts) alike.
 */
import { editionLabel } from './editions';
import { unavailable, type PlanError } from './errors';
import { percentText } from './givenValues';
import { metricName } from './metrics';
import type { PlanRecord } from './planSchema';
import { regionName } from './regions';

type NamedTarget = Pick<PlanRecord, 'region' | 'edition' | 'metric'>;

function describeTarget(target: NamedTarget): string {
  return `${regionName(target.region)}'s ${editionLabel(target.edition)} target for ${metricName(target.metric).toLowerCase()}`;
}

/** A qualitative target: no level, baseline, change, deadline, trajectory or status. */
export const commitmentInWords = (target: NamedTarget): PlanError =>
  unavailable(`${describeTarget(target)} is a commitment in words, with no numbers (see RRP.SOURCE).`);

/** A direction-only target ("continue to increase from B%") has no `missing`: "target level", "trajectory", … */
export const onlyDirection = (target: NamedTarget & { baseline: number }, missing: string): PlanError =>
  unavailable(
    `${describeTarget(target)} has no ${missing}: the plan says only that it will continue to increase from ${percentText(target.baseline)}.`,
  );

/** A target to maintain a level ("maintain … at X%") states no baseline. */
export const noStatedBaseline = (target: NamedTarget & { target: number }): PlanError =>
  unavailable(
    `${describeTarget(target)} states no baseline: the plan is to maintain it at ${percentText(target.target)}.`,
  );
