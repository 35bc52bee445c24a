/**
 * RRP Actuals: the analyst's monthly figures, then the add-in's own columns (domain/layout/actualsColumns.ts).
 * Created once, with one blank row, drop-down lists for Region and Metric and the Check colours.
 * After that a load never rewrites it: a table made before the add-in's columns existed only gets
 * the missing ones added at its right, and no other cell changes.
 */
import { METRICS } from '../../domain/metrics';
import { REGIONS } from '../../domain/regions';
import {
  ACTUALS_TABLE_COLUMNS,
  missingOwnedColumns,
  OWNED_COLUMNS,
  OWNED_HEADERS,
} from '../../domain/layout/actualsColumns';
import { queueCheckColours } from '../shared/checkColours';
import type { Placement } from '../../domain/layout/placement';
import { queueTable, type QueuedTable } from '../shared/tableWriter';

const REGION_LIST = REGIONS.map((r) => r.code).join(',');
const METRIC_LIST = METRICS.map((m) => m.code).join(',');
const listed = (list: string): string => list.replace(/,/g, ', ');

/** Shown when a cell of the add-in's columns is selected. */
const OWNED_PROMPT = {
  showPrompt: true,
  title: 'Filled by the add-in',
  message: 'Each check of the actuals rewrites this column. Change the row instead.',
};

function queueOwnedPrompt(table: Excel.Table, header: string): void {
  const validation = table.columns.getItem(header).getDataBodyRange().dataValidation;
  // A rule that accepts anything: the prompt is what matters, and Excel keeps a prompt with a rule.
  validation.rule = { custom: { formula: '=TRUE' } };
  validation.prompt = OWNED_PROMPT;
}

export function queueNewActuals(context: Excel.RequestContext, placement: Placement): QueuedTable {
  const queued = queueTable(
    context,
    placement,
    { columns: ACTUALS_TABLE_COLUMNS, style: 'TableStyleMedium9' },
    [],
    'values',
  );
  const { table } = queued;
  const body = (name: string) => table.columns.getItem(name).getDataBodyRange();

  // Warnings, not stops: the check accepts names as well as codes ("Kent, Surrey and Sussex"), and
  // reads 16.5 as 16.5% with a note, so typing either must be let through.
  const warn = (header: string, rule: Excel.DataValidationRule, message: string): void => {
    const validation = body(header).dataValidation;
    validation.rule = rule;
    validation.errorAlert = { showAlert: true, style: 'Warning', title: header, message };
  };
  const codeList = (header: string, source: string): void => {
    const what = header.toLowerCase();
    warn(
      header,
      { list: { inCellDropDown: true, source } },
      `Choose a ${what} code (${listed(source)}) or type a ${what} name; Check actuals says whether it is recognised.`,
    );
  };
  codeList('Region', REGION_LIST);
  codeList('Metric', METRIC_LIST);
  warn(
    'Value',
    { decimal: { formula1: 0, formula2: 1, operator: 'Between' } },
    'Enter the value as a percentage (17.5%) or a fraction (0.175).',
  );

  queueCheckColours(body('Check'));
  for (const header of OWNED_HEADERS) queueOwnedPrompt(table, header);
  return queued;
}

/**
 * Adds the add-in columns an existing table lacks (placement.columns says which it has) at its
 * right, blank and formatted, and the Check colours. Rules already on the Check column are replaced, not stacked: the column is the
 * add-in's. Queues nothing when no column is missing.
 */
export function queueActualsUpgrade(context: Excel.RequestContext, placement: Placement): string[] {
  const missing = missingOwnedColumns(placement.columns);
  if (missing.length === 0) return missing;
  const table = context.workbook.tables.getItem(placement.tableName);
  for (const header of missing) {
    table.columns.add(undefined, undefined, header);
    const spec = OWNED_COLUMNS.find((c) => c.header === header);
    const column = table.columns.getItem(header);
    if (spec && 'format' in spec) setEveryCell(column.getDataBodyRange(), spec.format);
    if (spec && 'width' in spec) column.getRange().format.columnWidth = spec.width;
    queueOwnedPrompt(table, header);
  }
  const check = table.columns.getItem('Check').getDataBodyRange();
  check.conditionalFormats.clearAll();
  queueCheckColours(check);
  return missing;
}

/**
 * One number format for every cell of a range. Office.js applies a single value to the whole range
 * (cheaper than an array, and the row count need not be known); its typings only list arrays.
 */
function setEveryCell(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** The number of rows of an existing actuals table (counted by Excel; the rows are not read). */
export function queueActualsRowCount(
  context: Excel.RequestContext,
  placement: Placement,
): OfficeExtension.ClientResult<number> {
  return context.workbook.tables.getItem(placement.tableName).rows.getCount();
}
