/**
 * Shapes of the monthly actuals: the rows as they sit in the RRP Actuals Excel table, and what
 * checking them gives back. Cells and rows are plain types; the others are derived from these
 * zod/mini schemas. Rows themselves are never parsed with a schema: checkActuals reads them cell by
 * cell (cells.ts). At run time only TodaySchema is used, to check checkActuals' `today` option; the
 * tests hold checkActuals' and yearToDate's results to CheckResultSchema and YearToDateSchema.
 */
import * as z from 'zod/mini';
import { MetricCodeSchema, RegionCodeSchema } from '../planSchema';

/** A cell as Excel gives it: "" for a blank cell, numbers for numbers and dates (serials), text for text. */
export type CellValue = string | number | boolean | null;

/** The columns of the RRP Actuals table, in table order. */
export const ACTUALS_COLUMNS = ['Region', 'Metric', 'Month', 'Value', 'Numerator', 'Denominator', 'Note'] as const;
export type ActualsColumn = (typeof ACTUALS_COLUMNS)[number];

/** A row of the RRP Actuals table, one cell per column. */
export type ActualsRow = Record<ActualsColumn, CellValue>;

const ROW_STATUSES = ['ok', 'warning', 'error', 'missing'] as const;
const RowStatusSchema = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof RowStatusSchema>;

const fraction = z.number().check(z.gte(0), z.lte(1));
const count = z.number().check(z.gte(0));

/** What a row says, once read: the month is a MonthIndex (year × 12 + month − 1), the value a fraction. */
const ParsedActualSchema = z.object({
  region: RegionCodeSchema,
  metric: MetricCodeSchema,
  month: z.int(),
  value: fraction,
  numerator: z.optional(count),
  denominator: z.optional(count.check(z.gt(0))),
});
export type ParsedActual = z.infer<typeof ParsedActualSchema>;

/**
 * The check of one row. `parsed` is there whenever the row's own cells could all be read, even when
 * the row is not used (a conflicting or repeated duplicate); what counts is `CheckResult.actuals`.
 */
const RowCheckSchema = z.object({
  status: RowStatusSchema,
  message: z.string().check(z.minLength(1)),
  parsed: z.optional(ParsedActualSchema),
});
export type RowCheck = z.infer<typeof RowCheckSchema>;

/** An actual that can be used: it passed, and it is not a repeat or one side of a conflict. */
const UsableActualSchema = z.object({
  ...ParsedActualSchema.shape,
  /** Index of the row in the checked array (0-based). */
  row: z.int().check(z.gte(0)),
  /** The row's Note, as given (raw: pass it through cellText before writing it into a cell). */
  note: z.optional(z.string()),
});
export type UsableActual = z.infer<typeof UsableActualSchema>;

const CheckCountsSchema = z.object({
  ok: z.int().check(z.gte(0)),
  warnings: z.int().check(z.gte(0)),
  errors: z.int().check(z.gte(0)),
  missing: z.int().check(z.gte(0)),
});
export type CheckCounts = z.infer<typeof CheckCountsSchema>;

export const CheckResultSchema = z.object({
  rows: z.array(RowCheckSchema),
  counts: CheckCountsSchema,
  actuals: z.array(UsableActualSchema),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

/** The current month, injected so checks are repeatable: a MonthIndex or a calendar year and month (1–12). */
export const TodaySchema = z.union([
  z.int(),
  z.object({ year: z.int().check(z.gte(1900), z.lte(9999)), month: z.int().check(z.gte(1), z.lte(12)) }),
]);
export type Today = z.infer<typeof TodaySchema>;

/** Performance-year-to-date figure: Σ numerators / Σ denominators, April to the month asked about. */
export const YearToDateSchema = z.object({
  value: fraction,
  numerator: count,
  denominator: count.check(z.gt(0)),
  /** Months with both counts that went into the figure. */
  months: z.int().check(z.gte(1)),
  /** Months in the range that had a value but no counts, so could not be included. */
  monthsWithoutCounts: z.int().check(z.gte(0)),
  /** First and last month of the range (MonthIndex): April of the performance year, and the month asked about. */
  from: z.int(),
  to: z.int(),
});
export type YearToDate = z.infer<typeof YearToDateSchema>;
