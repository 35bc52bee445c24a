/** Shared by the tests that give the actuals check or an import rows of RRP Actuals. */
import type { ActualsRow, CellValue } from '../../src/domain/actuals';

/**
 * A row of RRP Actuals as an analyst types it: region, metric, month and value, and blank Numerator,
 * Denominator and Note unless `others` gives them.
 */
export const actualsRow = (
  Region: CellValue,
  Metric: CellValue,
  Month: CellValue,
  Value: CellValue,
  others: Partial<Pick<ActualsRow, 'Numerator' | 'Denominator' | 'Note'>> = {},
): ActualsRow => ({ Region, Metric, Month, Value, Numerator: '', Denominator: '', Note: '', ...others });
