/**
 * Making RRP Plan: a new sheet (our name, or "RRP Plan (2)" … when a sheet of the analyst's has it)
 * with the table, its first rows, number formats (percentages, months as "mmm yyyy"), drop-down
 * lists for Region, Metric and Kind, and the Check colours. The drop-downs warn rather than stop:
 * names are accepted as well as codes, and the check says whether a value is recognised.
 */
import { PLAN_LISTS, PLAN_TABLE_SPEC } from '../../domain/layout/planTable';
import { CHECK_HEADER, PLAN_TABLE } from '../../domain/layout/sheetNames';
import type { CellEntry } from '../../domain/layout/tables';
import { queueCheckColours } from '../shared/checkColours';
import { queueTable, type QueuedTable } from '../shared/tableWriter';

/** Queues the new sheet and table holding `rows` (entries already kept exact, see append.ts). */
export function queueNewPlan(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly CellEntry[][],
): QueuedTable {
  const queued = queueTable(
    context,
    { existing: false, tableName: PLAN_TABLE, sheetName },
    PLAN_TABLE_SPEC,
    rows,
    'values',
  );
  const body = (name: string) => queued.table.columns.getItem(name).getDataBodyRange();
  for (const [column, list] of Object.entries(PLAN_LISTS)) {
    const validation = body(column).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: list.join(',') } };
    validation.errorAlert = {
      showAlert: true,
      style: 'Warning',
      title: column,
      message: `Choose ${list.join(', ')}, or type a name; the Check column says whether it is recognised.`,
    };
  }
  for (const column of ['Baseline', 'Change', 'Target']) {
    const validation = body(column).dataValidation;
    validation.rule = { decimal: { formula1: 0, formula2: 1, operator: 'Between' } };
    validation.errorAlert = {
      showAlert: true,
      style: 'Warning',
      title: column,
      message: 'Enter a percentage such as 17.5% (0.175).',
    };
  }
  const check = body(CHECK_HEADER);
  queueCheckColours(check);
  // A rule that accepts anything: the prompt is what matters, and Excel keeps a prompt with a rule.
  check.dataValidation.rule = { custom: { formula: '=TRUE' } };
  check.dataValidation.prompt = {
    showPrompt: true,
    title: 'Filled by the add-in',
    message: 'Each check of the plan rewrites this column. Change the row instead.',
  };
  return queued;
}
