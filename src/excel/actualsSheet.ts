/**
 * RRP Actuals: the analyst's monthly figures. Created once, empty, with drop-down lists for Region
 * and Metric; after that the layer never writes to it (nor reads its rows).
 */
import { METRICS } from '../domain/metrics';
import { REGIONS } from '../domain/regions';
import { FORMAT } from './formats';
import type { Placement } from './placement';
import { queueTable, type ColumnSpec, type QueuedTable } from './tableWriter';

export const ACTUALS_TABLE_COLUMNS: readonly ColumnSpec[] = [
  { header: 'Region' },
  { header: 'Metric' },
  { header: 'Month', format: FORMAT.month },
  { header: 'Value', format: FORMAT.percent },
  { header: 'Numerator', format: FORMAT.count },
  { header: 'Denominator', format: FORMAT.count },
  { header: 'Note', format: FORMAT.text, width: 240 },
  { header: 'Check', format: FORMAT.text, width: 240 },
];

const REGION_LIST = REGIONS.map((r) => r.code).join(',');
const METRIC_LIST = METRICS.map((m) => m.code).join(',');

export function queueNewActuals(context: Excel.RequestContext, placement: Placement): QueuedTable {
  const queued = queueTable(context, placement, { columns: ACTUALS_TABLE_COLUMNS, style: 'TableStyleMedium9' }, [], 'values');
  const column = (name: string) => queued.table.columns.getItem(name).getDataBodyRange().dataValidation;

  const region = column('Region');
  region.rule = { list: { inCellDropDown: true, source: REGION_LIST } };
  region.errorAlert = { showAlert: true, style: 'Stop', title: 'Region code', message: `Choose a region code from the list: ${REGION_LIST.replace(/,/g, ', ')}.` };

  const metric = column('Metric');
  metric.rule = { list: { inCellDropDown: true, source: METRIC_LIST } };
  metric.errorAlert = { showAlert: true, style: 'Stop', title: 'Metric code', message: `Choose a metric code from the list: ${METRIC_LIST.replace(/,/g, ', ')}.` };

  // A warning, not a stop: the actuals check reads 16.5 as 16.5% and says so, so let it through.
  const value = column('Value');
  value.rule = { decimal: { formula1: 0, formula2: 1, operator: 'Between' } };
  value.errorAlert = { showAlert: true, style: 'Warning', title: 'Value', message: 'Enter the value as a percentage (17.5%) or a fraction (0.175).' };
  return queued;
}

/** The number of rows of an existing actuals table (counted by Excel; the rows are not read). */
export function queueActualsRowCount(context: Excel.RequestContext, placement: Placement): OfficeExtension.ClientResult<number> {
  return context.workbook.tables.getItem(placement.tableName).rows.getCount();
}
