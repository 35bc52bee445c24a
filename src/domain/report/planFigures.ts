/**
 * "The plans' own figures": each 2023 annual update states the region's March 2023 level of each
 * metric it sets a baseline for (the baseline of its target). As RRP Actuals rows, whose Note quotes
 * the document and the sentence, they show where the 2022-25 plan stood at March 2023 without typing.
 * A target that states no baseline (maintain a level, a commitment in words) gives no row.
 */
import type { ActualsRow } from '../actuals/schema';
import { firstDaySerial, monthIndexOf } from '../months';
import { documentOf, findTarget, planData, type PlanTarget } from '../planData';

const MARCH_2023 = monthIndexOf(2023, 3);
export const PLAN_FIGURES_EDITION = 2023;

/** The Note of a plan figure's row: the document's title and file, and the sentence in quotes. */
export const planFigureNote = (t: Pick<PlanTarget, 'source'>): string => {
  const doc = documentOf(t.source.document);
  return `Plan's own figure. ${doc.title} (${doc.file}), ${t.source.section}: "${t.source.sentence}"`;
};

/** The plan records that state a March 2023 level, in the plan data's order. */
export function planFigureTargets(): PlanTarget[] {
  return planData.targets
    .filter((r) => r.edition === PLAN_FIGURES_EDITION && r.baseline !== null && r.baselineMonth !== null)
    .map((r) => findTarget(r.region, r.metric, r.edition) as PlanTarget)
    .filter((t) => t.baselineMonthIndex === MARCH_2023);
}

/** RRP Actuals rows for the plans' own March 2023 figures (Month as the Excel date of 1 March 2023). */
export function planFigureRows(): ActualsRow[] {
  return planFigureTargets().map((t) => ({
    Region: t.region,
    Metric: t.metric,
    Month: firstDaySerial(MARCH_2023),
    Value: t.baseline as number,
    Numerator: '',
    Denominator: '',
    Note: planFigureNote(t),
  }));
}
