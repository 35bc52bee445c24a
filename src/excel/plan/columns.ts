/**
 * RRP Plan: the plan targets kept in the workbook, one row per region, edition and metric, in the
 * analyst's columns (the domain's PLAN_COLUMNS), then Check, the add-in's own column, which every
 * check rewrites. Columns are found by header, so columns moved or added by the analyst do not
 * matter. (Its names are the domain's, in layout/sheetNames.ts; its formats and lists in
 * layout/planTable.ts, which sheet.ts makes the table of.)
 */

/**
 * ExcelApi versions RRP Plan needs: reading (*OrNullObject) 1.4; watching (table.onChanged 1.7, and
 * hearing the table deleted, tables.onDeleted) 1.9, and hearing a table added (tables.onAdded) 1.7;
 * creating it (data validation) 1.8, and adding rows to it (Table.resize, shared/appendBelow.ts) 1.13.
 * Recalculating its RRP formulas: finding formula cells (getSpecialCellsOrNullObject) and marking
 * them dirty (setDirty) 1.9, calculating them (Range.calculate) 1.6, the calculation mode 1.1: all
 * within `watch`.
 */
export const PLAN_API = { read: '1.4', watch: '1.9', append: '1.13' } as const;
