/** RRP Targets: one row per plan record loaded (domain/layout/targetsTable.ts), rebuilt on every load. */
import type { PlanTarget } from '../../domain/planData';
import type { Placement } from '../../domain/layout/placement';
import { targetRow, TARGETS_TABLE } from '../../domain/layout/targetsTable';
import { queueTable, type QueuedTable } from '../shared/tableWriter';

export function queueTargets(
  context: Excel.RequestContext,
  placement: Placement,
  targets: readonly PlanTarget[],
): QueuedTable {
  return queueTable(context, placement, TARGETS_TABLE, targets.map(targetRow), 'values');
}
