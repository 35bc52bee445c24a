/** RRP Targets as plain data: its columns, and one row per plan record loaded (load/targetsSheet.ts writes it). */
import { cellEntry } from '../cellText';
import { documentTitleOf, type PlanTarget } from '../planData';
import { planRow } from '../rrpAnswers';
import { FORMAT } from './formats';
import type { CellEntry, ColumnSpec, TableSpec } from './tables';

export const TARGET_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Region' },
  { header: 'Edition', format: FORMAT.year },
  { header: 'Metric' },
  { header: 'Kind' },
  { header: 'Baseline', format: FORMAT.percent },
  { header: 'Baseline month', format: FORMAT.month },
  { header: 'Change (pp)', format: FORMAT.percent },
  { header: 'Target', format: FORMAT.percent },
  { header: 'Deadline', format: FORMAT.date },
  { header: 'Source sentence', width: 420 },
  { header: 'Document', width: 300 },
];

export const TARGETS_TABLE: TableSpec = { columns: TARGET_COLUMNS, style: 'TableStyleMedium2' };

/** One table row: fractions, Excel date serials, "" where the plan states nothing, text made safe. */
export function targetRow(t: PlanTarget): CellEntry[] {
  const [region, metric, kind, baseline, baselineMonth, change, target, deadline] = planRow(t);
  return [
    region,
    t.edition,
    metric,
    kind,
    baseline,
    baselineMonth,
    change,
    target,
    deadline,
    t.source.sentence,
    documentTitleOf(t),
  ].map(cellEntry);
}
