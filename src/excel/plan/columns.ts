/**
 * RRP Plan: the plan targets kept in the workbook, one row per region, edition and metric, in the
 * analyst's columns (the domain's PLAN_COLUMNS), then Check, the add-in's own column, which every
 * check rewrites. Columns are found by header, so columns moved or added by the analyst do not
 * matter. (Their formats are in sheet.ts, which makes the table and loads only when it is made.)
 */

/**
 * ExcelApi versions RRP Plan needs: reading (*OrNullObject) 1.4; watching (table.onChanged 1.7, and
 * hearing the table deleted, tables.onDeleted) 1.9; creating it (data validation) 1.8, and adding rows
 * to it (Table.resize, shared/appendBelow.ts) 1.13. A full recalculation (application.calculate) is 1.1.
 */
export const PLAN_API = { read: '1.4', watch: '1.9', append: '1.13' } as const;

export const PLAN_SHEET = 'RRP Plan';
export const PLAN_TABLE = 'RRPPlan';
export const CHECK_HEADER = 'Check';
