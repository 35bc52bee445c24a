/** Moving the user's selection (to a progress row, to an actuals row), and writing a formula into the active cell. */
import { metricName } from '../../domain/metrics';
import type { MetricCode, RegionCode } from '../../domain/planSchema';
import { regionName } from '../../domain/regions';
import { ExcelLayerError, officeErrorCode, toLayerError } from './layerErrors';
import { actualsError } from './actualsLayout';
import { EXCEL_API, requireExcel } from './host';
import { sameName, SHEET_NAMES, TABLE_NAMES } from '../../domain/layout/sheetNames';
import { runBatch } from './gateway';

const NO_PROGRESS = `There is no ${SHEET_NAMES.progress} sheet yet. Load the plan first.`;

/** Selects the region and metric's row of RRP Progress (two syncs: find the row, then select it). */
export async function selectProgressRow(region: RegionCode, metric: MetricCode): Promise<void> {
  requireExcel('select a progress row', EXCEL_API.selectRow);
  try {
    await runBatch(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAMES.progress);
      const regions = table.columns.getItem('Region').getDataBodyRange().load('values');
      const metrics = table.columns.getItem('Metric').getDataBodyRange().load('values');
      await context.sync();
      const matches = (cell: unknown, code: string) => typeof cell === 'string' && sameName(cell.trim(), code);
      const index = regions.values.findIndex(
        (row, i) => matches(row[0], region) && matches(metrics.values[i][0], metric),
      );
      if (index < 0) {
        throw new ExcelLayerError(
          `${regionName(region)} – ${metricName(metric).toLowerCase()} is not on ${SHEET_NAMES.progress}. Load the plan for that region to add it.`,
          'RowNotFound',
        );
      }
      table.worksheet.activate();
      table.getDataBodyRange().getRow(index).select();
      await context.sync();
    });
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound')
      throw new ExcelLayerError(NO_PROGRESS, 'ItemNotFound', { cause: error });
    throw toLayerError(error, 'select the progress row');
  }
}

/** Writes a formula (with or without its leading "=") into the active cell, in one sync. */
export async function insertFormula(formula: string): Promise<void> {
  const text = formula.trim();
  if (text === '' || text === '=') throw new ExcelLayerError('There is no formula to insert.', 'NothingToInsert');
  requireExcel('insert the formula', EXCEL_API.insertFormula);
  try {
    await runBatch(async (context) => {
      context.workbook.getActiveCell().formulas = [[text.startsWith('=') ? text : `=${text}`]];
      await context.sync();
    });
  } catch (error) {
    throw toLayerError(error, 'insert the formula in the active cell');
  }
}

/** Selects a data row of RRP Actuals, 1-based as in ActualsProblem.row (two syncs: count, then select). */
export async function selectActualsRow(row: number): Promise<void> {
  if (!Number.isInteger(row) || row < 1)
    throw new ExcelLayerError(
      `There is no row ${row} in ${SHEET_NAMES.actuals}: rows are numbered from 1.`,
      'RowNotFound',
    );
  requireExcel('select an actuals row', EXCEL_API.selectRow);
  try {
    await runBatch(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAMES.actuals);
      const body = table.getDataBodyRange().load('rowCount');
      await context.sync();
      if (row > body.rowCount) {
        throw new ExcelLayerError(
          `${SHEET_NAMES.actuals} has ${body.rowCount} row${body.rowCount === 1 ? '' : 's'}, so there is no row ${row}. Check actuals again to bring the list up to date.`,
          'RowNotFound',
        );
      }
      table.worksheet.activate();
      table
        .getDataBodyRange()
        .getRow(row - 1)
        .select();
      await context.sync();
    });
  } catch (error) {
    throw actualsError(error, 'select the actuals row');
  }
}
