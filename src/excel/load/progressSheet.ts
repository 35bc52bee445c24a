/**
 * RRP Progress: one row per region and metric tracked, rebuilt on every load. The plan columns are
 * values; the rest are worksheet formulas over the RRPActuals table and the RRP functions, so the
 * sheet recalculates by itself when actuals are checked. The formulas read only the add-in's Used
 * columns, which the check fills for the rows whose figures it uses (codes, the 1st of the month,
 * the fraction) and leaves blank for every other row: names, "16.5" and "Oct 2023" text count as
 * the check read them, and rows with errors, missing values or conflicts do not count at all.
 * Colours are conditional-format rules on the table's columns, not paint on cells.
 */
import { NO_ACTUAL_YET } from '../../domain/actuals';
import type { PlanTarget } from '../../domain/planData';
import { lastDaySerial } from '../../domain/months';
import { targetText } from '../../domain/rrpAnswers';
import { asCellEntry } from '../shared/cellText';
import { FORMAT } from '../../domain/layout/formats';
import type { Placement } from '../../domain/layout/placement';
import { TABLE_NAMES } from '../../domain/layout/sheetNames';
import { GREEN, RED, STATUS_COLOURS } from '../shared/statusColours';
import type { CellEntry, ColumnSpec, TableSpec } from '../../domain/layout/tables';
import { queueTable, type QueuedTable } from '../shared/tableWriter';

export { NO_ACTUAL_YET };

export const PROGRESS_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Region' },
  { header: 'Metric' },
  { header: 'Edition', format: FORMAT.year },
  { header: 'Baseline', format: FORMAT.percent },
  { header: 'Target', format: FORMAT.percent },
  { header: 'Deadline', format: FORMAT.date },
  { header: 'Latest month', format: FORMAT.month },
  { header: 'Latest actual', format: FORMAT.percent },
  { header: 'Trajectory', format: FORMAT.percent },
  { header: 'Gap to trajectory (pp)', format: FORMAT.points },
  { header: 'Gap to target (pp)', format: FORMAT.points },
  { header: 'Status' },
];

export const PROGRESS_TABLE: TableSpec = { columns: PROGRESS_COLUMNS, style: 'TableStyleMedium2' };

const A = TABLE_NAMES.actuals;
const SAME_REGION_METRIC = `${A}[Used region],[@Region],${A}[Used metric],[@Metric]`;

/**
 * The formula columns, the same in every row (so Excel makes them calculated columns).
 * - Latest month: the latest month with a used actual; blank (not 0) when there is none.
 * - Latest actual: the value used in that month (the check uses at most one row per region, metric
 *   and month; should two ever match, the one lower in the table: LOOKUP(2,1/(…)) finds the last match).
 * Only worksheet functions every Excel the manifest admits has (it admits Excel 2021, Microsoft 365
 * and the web; MAXIFS is in Excel 2019 and later, LOOKUP in all). LOOKUP(2,1/(…)) rather than XLOOKUP
 * also lets another engine compute the column: LibreOffice does, in tests/excel/worksheetFunctions.test.ts.
 * - Trajectory: blank for targets with no level (direction only), which RRP.TRAJECTORY cannot answer.
 * - Gaps: expected minus actual, so a positive gap is a shortfall.
 */
export const PROGRESS_FORMULAS = {
  latestMonth: `=IF(COUNTIFS(${SAME_REGION_METRIC})=0,"",MAXIFS(${A}[Used month],${SAME_REGION_METRIC}))`,
  latestActual: `=IF([@[Latest month]]="","",LOOKUP(2,1/((${A}[Used region]=[@Region])*(${A}[Used metric]=[@Metric])*(${A}[Used month]=[@[Latest month]])),${A}[Used value]))`,
  trajectory:
    '=IF(OR([@[Latest month]]="",NOT(ISNUMBER([@Target]))),"",RRP.TRAJECTORY([@Region],[@Metric],[@[Latest month]],[@Edition]))',
  gapToTrajectory: '=IF(OR([@Trajectory]="",[@[Latest actual]]=""),"",[@Trajectory]-[@[Latest actual]])',
  gapToTarget: '=IF(OR([@[Latest actual]]="",NOT(ISNUMBER([@Target]))),"",[@Target]-[@[Latest actual]])',
  status: `=IF([@[Latest actual]]="","${NO_ACTUAL_YET}",RRP.STATUS([@Region],[@Metric],[@[Latest actual]],[@[Latest month]],[@Edition]))`,
} as const;

export function progressRow(t: PlanTarget): CellEntry[] {
  const plan: CellEntry[] = [
    t.region,
    t.metric,
    t.edition,
    t.baseline ?? '',
    targetText(t),
    t.deadlineMonthIndex === null ? '' : lastDaySerial(t.deadlineMonthIndex),
  ].map(asCellEntry);
  const f = PROGRESS_FORMULAS;
  return [...plan, f.latestMonth, f.latestActual, f.trajectory, f.gapToTrajectory, f.gapToTarget, f.status];
}

function queueColours(table: Excel.Table): void {
  const status = table.columns.getItem('Status').getDataBodyRange();
  for (const [text, { fill, font }] of Object.entries(STATUS_COLOURS)) {
    const rule = status.conditionalFormats.add('ContainsText').textComparison;
    rule.format.fill.color = fill;
    rule.format.font.color = font;
    rule.rule = { operator: 'BeginsWith', text };
  }
  const fontWhen = (column: string, operator: 'GreaterThan' | 'LessThanOrEqual', colour: string) => {
    const rule = table.columns.getItem(column).getDataBodyRange().conditionalFormats.add('CellValue').cellValue;
    rule.format.font.color = colour;
    rule.rule = { formula1: '0', operator };
  };
  fontWhen('Gap to trajectory (pp)', 'GreaterThan', RED.font);
  fontWhen('Gap to trajectory (pp)', 'LessThanOrEqual', GREEN.font);
  fontWhen('Gap to target (pp)', 'LessThanOrEqual', GREEN.font);
}

export function queueProgress(
  context: Excel.RequestContext,
  placement: Placement,
  targets: readonly PlanTarget[],
): QueuedTable {
  const queued = queueTable(context, placement, PROGRESS_TABLE, targets.map(progressRow), 'formulas');
  queueColours(queued.table);
  return queued;
}
