/**
 * "The plans' own figures": each 2023 annual update states the region's March 2023 level of each
 * metric it sets a baseline for (the baseline of its target), and the level it says it "will continue
 * to maintain" (the level then, at the update's baseline month). As RRP Actuals rows, whose Note quotes
 * the document and the sentence, they show where the 2022-25 plan stood at March 2023 without typing.
 * A target that states no level then (a new level to maintain, a commitment in words) gives no row.
 * A row is recognised as a plan figure by its region, metric, month and source (its Note names the
 * document, or still begins "Plan's own figure"), never by the exact Note, which the analyst may edit.
 */
import type { ActualsRow } from '../actuals/schema';
import { readMetricName } from '../metrics';
import { firstDaySerial, monthIndexOf, readMonthValue } from '../months';
import { documentOf, findTarget, planData, type PlanTarget } from '../planData';
import { readRegionName } from '../regions';

const MARCH_2023 = monthIndexOf(2023, 3);
export const PLAN_FIGURES_EDITION = 2023;

/** The Note of a plan figure's row: the document's title and file, and the sentence in quotes. */
const PLAN_FIGURE = "Plan's own figure.";
export const planFigureNote = (t: Pick<PlanTarget, 'source'>): string => {
  const doc = documentOf(t.source.document);
  return `${PLAN_FIGURE} ${doc.title} (${doc.file}), ${t.source.section}: "${t.source.sentence}"`;
};

// "will continue to maintain … at 91%": the level is already 91% when the update is written.
const CONTINUE_TO_MAINTAIN = /\bcontinue\s+to\s+maintain\b/i;

/** The level a target states for March 2023: its baseline, or the level it continues to maintain. */
function levelThen(t: PlanTarget): number | undefined {
  if (t.baseline !== null && t.baselineMonthIndex === MARCH_2023) return t.baseline;
  if (t.kind === 'maintain' && t.target !== null && CONTINUE_TO_MAINTAIN.test(t.source.sentence)) return t.target;
  return undefined;
}

/** The plan records that state a March 2023 level, in the plan data's order. */
export function planFigureTargets(): PlanTarget[] {
  return planData.targets
    .filter((r) => r.edition === PLAN_FIGURES_EDITION)
    .map((r) => findTarget(r.region, r.metric, r.edition) as PlanTarget)
    .filter((t) => levelThen(t) !== undefined);
}

/** The RRP Actuals row of a plan's own March 2023 figure (Month as the Excel date of 1 March 2023). */
export const planFigureRow = (t: PlanTarget): ActualsRow => ({
  Region: t.region,
  Metric: t.metric,
  Month: firstDaySerial(MARCH_2023),
  Value: levelThen(t) as number,
  Numerator: '',
  Denominator: '',
  Note: planFigureNote(t),
});

/** The cells of RRP Actuals a plan figure is recognised by. */
export type FigureCells = Pick<Record<keyof ActualsRow, unknown>, 'Region' | 'Metric' | 'Month' | 'Note'>;

/** True when `row` is the plan figure of `target`: its region, metric and month, and a Note naming its source. */
export function isPlanFigureRow(row: FigureCells, target: PlanTarget): boolean {
  if (readRegionName(row.Region).code !== target.region || readMetricName(row.Metric).code !== target.metric)
    return false;
  if (readMonthValue(row.Month).month !== MARCH_2023) return false;
  const note = String(row.Note ?? '').toLowerCase();
  const doc = documentOf(target.source.document);
  return (
    note.includes(doc.file.toLowerCase()) ||
    note.includes(doc.title.toLowerCase()) ||
    note.trimStart().startsWith(PLAN_FIGURE.toLowerCase())
  );
}
