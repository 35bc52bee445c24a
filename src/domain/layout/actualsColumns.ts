/**
 * The columns of RRP Actuals. The analyst's columns come first and a check never writes them; the
 * add-in's own columns follow, written by every check: Check (the row's result in plain words) and
 * what the check used from the row, which RRP Progress reads:
 *   - Used region, Used metric: codes, whatever name or code the row gave;
 *   - Used month: the Excel date of the 1st of the month, whatever form the Month cell had;
 *   - Used value: the fraction (16.5 read as 16.5% is 0.165).
 * They are filled only for rows whose figures are used, and blank for the rest (errors, missing
 * values, repeats and both sides of a conflict).
 */
import { ACTUALS_COLUMNS, type ActualsColumn } from '../actuals';
import { FORMAT } from './formats';
import { sameName } from './sheetNames';
import type { ColumnSpec } from './tables';

const ANALYST_FORMATS: Record<ActualsColumn, Omit<ColumnSpec, 'header'>> = {
  Region: {},
  Metric: {},
  Month: { format: FORMAT.month },
  Value: { format: FORMAT.percent },
  Numerator: { format: FORMAT.count },
  Denominator: { format: FORMAT.count },
  Note: { format: FORMAT.text, width: 240 },
};

export const ANALYST_COLUMNS: readonly ColumnSpec[] = ACTUALS_COLUMNS.map((header) => ({
  header,
  ...ANALYST_FORMATS[header],
}));

/** The add-in's columns, in table order (a check writes them as one block when they sit together). */
export const OWNED_COLUMNS = [
  { header: 'Check', format: FORMAT.text, width: 240 },
  { header: 'Used region' },
  { header: 'Used metric' },
  { header: 'Used month', format: FORMAT.month },
  { header: 'Used value', format: FORMAT.percent },
] as const satisfies readonly ColumnSpec[];

export type OwnedColumn = (typeof OWNED_COLUMNS)[number]['header'];
export const OWNED_HEADERS: readonly OwnedColumn[] = OWNED_COLUMNS.map((c) => c.header);

export const ACTUALS_TABLE_COLUMNS: readonly ColumnSpec[] = [...ANALYST_COLUMNS, ...OWNED_COLUMNS];

/** The analyst columns a check reads (the Note is not needed to check a row). */
export const CHECKED_COLUMNS: readonly ActualsColumn[] = ACTUALS_COLUMNS.filter((c) => c !== 'Note');

/** The add-in's columns an existing table lacks, in the order they are added. */
export function missingOwnedColumns(existing: readonly string[]): string[] {
  return OWNED_HEADERS.filter((header) => !existing.some((name) => sameName(name.trim(), header)));
}
