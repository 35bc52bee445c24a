/** Failures of RRP Plan operations in the analyst's words. */
import { ExcelLayerError, officeErrorCode, toLayerError } from '../shared/layerErrors';
import { PLAN_SHEET } from '../../domain/layout/sheetNames';

export const NO_PLAN_TABLE = `There is no ${PLAN_SHEET} table yet: add a region's plan targets from a plan document first.`;

/** Office.js errors of a plan operation in plain words. */
export function planError(error: unknown, attempted: string): ExcelLayerError {
  if (error instanceof ExcelLayerError) return error;
  if (officeErrorCode(error) === 'ItemNotFound')
    return new ExcelLayerError(NO_PLAN_TABLE, 'ItemNotFound', { cause: error });
  return toLayerError(error, attempted);
}
