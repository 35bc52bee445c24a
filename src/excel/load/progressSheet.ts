/**
 * RRP Progress on its sheet: the domain's rows and formulas (domain/layout/progressTable.ts) as a
 * table, rebuilt on every load. Colours are conditional-format rules on the table's columns, not
 * paint on cells.
 */
import type { Placement } from '../../domain/layout/placement';
import { PROGRESS_TABLE, progressRow } from '../../domain/layout/progressTable';
import type { PlanTarget } from '../../domain/planData';
import { GREEN, RED, STATUS_COLOURS } from '../../domain/layout/statusColours';
import { queueTable, type QueuedTable } from '../shared/tableWriter';

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
