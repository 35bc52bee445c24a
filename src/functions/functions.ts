/*
 * The RRP custom functions. Each is a thin wrapper: the answer comes from src/domain/rrpAnswers.ts and
 * failures become #VALUE! or #N/A with a message. The JSDoc below is what custom-functions-metadata
 * turns into functions.json, so it is written for the analyst who sees it in Excel's formula help.
 *
 * Every function answers at once with a plain value, except while the plan kept on the workbook's RRP
 * Plan sheet is being read as the workbook opens: then it answers through a promise that waits for that
 * reading (one shared deadline for all answers, see answerWhenRead). So no function declares a return
 * type: custom-functions-metadata reads a union as "any" and would lose the result type and the matrix
 * shape, so the result type is given in JSDoc (`@returns {number}`), which it reads instead.
 *
 * Arguments typed `any` accept both numbers and text (a year or "2023 update", a date serial or
 * "Oct 2023", 0.175 or "17.5%"); the domain reads them and explains what it could not read.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import {
  baselineLevel,
  changeInPoints,
  deadlineDate,
  gapToTarget,
  metricsTable,
  planTable,
  regionsTable,
  sourceOf,
  statusOf,
  targetLevel,
  trajectoryLevel,
} from '../domain/rrpAnswers';
import { answer, answerWhenRead } from './functionErrors';

/**
 * The target level a region's plan sets for a metric, as a percentage (19% is 0.19).
 * @customfunction TARGET
 * @param region Region code or name, such as "KSS", "Kent, Surrey and Sussex" or "Y&H".
 * @param metric Metric code or name, such as "EMP_6W" or "employed six weeks after release".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {number} The target level.
 */
export function target(region: string, metric: string, plan?: any) {
  return answerWhenRead(() => targetLevel(region, metric, plan));
}

/**
 * The baseline the target is measured from, as a percentage (16% is 0.16).
 * @customfunction BASELINE
 * @param region Region code or name, such as "KSS" or "South Central".
 * @param metric Metric code or name, such as "SETTLED_3M" or "settled accommodation three months after release".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {number} The baseline level.
 */
export function baseline(region: string, metric: string, plan?: any) {
  return answerWhenRead(() => baselineLevel(region, metric, plan));
}

/**
 * The planned change in percentage points, as a fraction (3 percentage points is 0.03); 0 for a target to maintain a level.
 * @customfunction CHANGE
 * @param region Region code or name, such as "EOE" or "East of England".
 * @param metric Metric code or name, such as "HOUSED_NIGHT1" or "housed on the night after release".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {number} The change in percentage points.
 */
export function change(region: string, metric: string, plan?: any) {
  return answerWhenRead(() => changeInPoints(region, metric, plan));
}

/**
 * The deadline as an Excel date: the last day of the month the plan names ("by April 2024" is 30/04/2024).
 * @customfunction DEADLINE
 * @param region Region code or name, such as "YH" or "Yorkshire and The Humber".
 * @param metric Metric code or name, such as "SOI_COMPLETED" or "sexual offence interventions completed".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {number} The deadline date.
 */
export function deadline(region: string, metric: string, plan?: any) {
  return answerWhenRead(() => deadlineDate(region, metric, plan));
}

/**
 * Where the plan should be in a month: a straight line in whole months from the baseline to the target.
 * @customfunction TRAJECTORY
 * @param region Region code or name, such as "YH" or "Yorkshire and The Humber".
 * @param metric Metric code or name, such as "EMP_6W".
 * @param month The month: an Excel date (any day in the month) or text such as "2023-10" or "Oct 2023".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {number} The expected level in that month.
 */
export function trajectory(region: string, metric: string, month: any, plan?: any) {
  return answerWhenRead(() => trajectoryLevel(region, metric, month, plan));
}

/**
 * Progress of an actual against the plan: Met, On track, At risk, Off track or Missed; Improving or Not improving where the plan gives only a direction.
 * @customfunction STATUS
 * @param region Region code or name, such as "YH" or "Yorkshire and The Humber".
 * @param metric Metric code or name, such as "EMP_6W".
 * @param actual The actual result as a percentage, such as 17.5% (0.175).
 * @param month The month of the actual: an Excel date or text such as "2023-10" or "Oct 2023".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @param [tolerance] How far below the trajectory still counts as At risk rather than Off track, in percentage points as a fraction. Default 0.01 (1 percentage point).
 * @returns {string} The progress status.
 */
export function status(region: string, metric: string, actual: any, month: any, plan?: any, tolerance?: any) {
  return answerWhenRead(() => statusOf(region, metric, actual, month, plan, tolerance));
}

/**
 * The gap between the target and an actual, in percentage points as a fraction: target minus actual, positive while still short.
 * @customfunction GAP
 * @param region Region code or name, such as "SC" or "South Central".
 * @param metric Metric code or name, such as "EMP_6W".
 * @param actual The actual result as a percentage, such as 17.5% (0.175).
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {number} The gap to target.
 */
export function gap(region: string, metric: string, actual: any, plan?: any) {
  return answerWhenRead(() => gapToTarget(region, metric, actual, plan));
}

/**
 * The sentence of the plan document a target comes from, with the document and section.
 * @customfunction SOURCE
 * @param region Region code or name, such as "KSS".
 * @param metric Metric code or name, such as "CSTR" or "community sentence treatment requirements".
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for the region's latest.
 * @returns {string} The source sentence and document.
 */
export function source(region: string, metric: string, plan?: any) {
  return answerWhenRead(() => sourceOf(region, metric, plan));
}

/**
 * The 12 probation regions of England and Wales with their codes and the plan editions held for each. Spills into the cells below and to the right.
 * @customfunction REGIONS
 * @returns {any[][]} A table with a header row.
 */
export function regions() {
  return answerWhenRead(() => regionsTable());
}

/**
 * The plan metrics with their codes and descriptions. Spills into the cells below and to the right.
 * @customfunction METRICS
 * @returns {any[][]} A table with a header row.
 */
export function metrics() {
  return answerWhenRead(() => metricsTable());
}

/**
 * The plan table: region, metric, kind, baseline, baseline month, change, target and deadline. Spills into the cells below and to the right.
 * @customfunction PLAN
 * @param [region] Region code or name. Leave out for every region with plan data.
 * @param [plan] Plan edition: 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update". Leave out for each region's latest.
 * @returns {any[][]} A table with a header row.
 */
export function plan(region?: any, plan?: any) {
  return answerWhenRead(() => planTable(region, plan));
}

/**
 * Signal and noise (NHS Making Data Count): an XmR chart's mean, limits and signals for a column or row of values, with their variation and assurance. Spills a header, one row per value (value, mean, lower limit, upper limit, signal), then a Variation and an Assurance row.
 * @customfunction SPC
 * @param values A column or row of numbers in time order, such as B2:B25. Blank cells at either end are left out.
 * @param [target] The target to assure against, such as 19% (0.19). Leave out for no assurance.
 * @param [improvement] Which way is better: "increase" (the default) or "decrease".
 * @returns A table with a header row.
 */
export function spc(values: any[][], target?: any, improvement?: any): Promise<any[][]> {
  // The calculation loads when first used: the pane's page, which registers these functions, stays small.
  return import(/* webpackChunkName: "spc" */ '../domain/spcAnswer').then(({ spcTable }) =>
    answer(() => spcTable(values, target, improvement)),
  );
}
