/** The first sync of a load: what sheets and tables the workbook has, and what is protected. Reads nothing else. */

export interface WorkbookSurvey {
  sheets: { name: string; protected: boolean }[];
  /** Every table in the workbook and the sheet it is on. */
  tables: { name: string; sheetName: string }[];
  /** True when the workbook's structure is protected (no sheets can be added). */
  structureProtected: boolean;
}

/** Queues the loads and syncs once. */
export async function surveyWorkbook(context: Excel.RequestContext): Promise<WorkbookSurvey> {
  const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const workbookProtection = context.workbook.protection.load('protected');
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t) => ({ name: t.name, sheetName: t.worksheet.name })),
    structureProtected: workbookProtection.protected,
  };
}
