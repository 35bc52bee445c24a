/**
 * The first sync of a load: what sheets and tables the workbook has, their column names, and what is
 * protected. Reads no cell values.
 */

export interface WorkbookSurvey {
  sheets: { name: string; protected: boolean }[];
  /** Every table in the workbook, the sheet it is on and its column names (headers). */
  tables: { name: string; sheetName: string; columns: string[] }[];
  /** True when the workbook's structure is protected (no sheets can be added). */
  structureProtected: boolean;
}

/** Queues the loads and syncs once. */
export async function surveyWorkbook(context: Excel.RequestContext): Promise<WorkbookSurvey> {
  const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name,items/columns/items/name');
  const workbookProtection = context.workbook.protection.load('protected');
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t) => ({ name: t.name, sheetName: t.worksheet.name, columns: t.columns.items.map((c) => c.name) })),
    structureProtected: workbookProtection.protected,
  };
}
