/**
 * The first syncs of a load: what sheets and tables the workbook has, the column names of our actuals
 * table (a load may add the add-in's columns to it), what is protected, and, for each of our tables that a load rebuilds, where it is and what is in the cells
 * the rebuilt table will need (its old box grown to the new size), so placement can refuse before
 * anything is written rather than write over the analyst's cells.
 */
import type { TableSize, WorkbookSurvey } from '../../domain/layout/placement';
import { sameName, TABLE_NAMES, type SheetRole } from '../../domain/layout/sheetNames';

/**
 * Reads the survey in at most two syncs: first the sheets, the tables and what is protected; then,
 * only for our tables that exist, the actuals table's column names and the cells each rebuilt table
 * will need. Office.js documents nothing about objects reached through a null object, so nothing
 * is asked of a table until the names say it is there (the second sync is left out when none is).
 * `rebuilt` gives the size each table to be rebuilt will have.
 */
export async function surveyWorkbook(
  context: Excel.RequestContext,
  rebuilt: Partial<Record<SheetRole, TableSize>> = {},
): Promise<WorkbookSurvey> {
  const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const workbookProtection = context.workbook.protection.load('protected');
  await context.sync();
  const names = tables.items.map((t) => t.name);
  const exists = (role: SheetRole): boolean => names.some((name) => sameName(name, TABLE_NAMES[role]));

  const actualsColumns = exists('actuals')
    ? context.workbook.tables.getItem(TABLE_NAMES.actuals).columns.load('items/name')
    : undefined;
  const areas = (Object.entries(rebuilt) as [SheetRole, TableSize][])
    .filter(([role]) => exists(role))
    .map(([role, size]) => {
      const range = context.workbook.tables.getItem(TABLE_NAMES[role]).getRange().load('address');
      const area = range
        .getCell(0, 0)
        .getResizedRange(size.rows - 1, size.columns - 1)
        .load('address,formulas');
      return { role, range, area };
    });
  if (actualsColumns !== undefined || areas.length > 0) await context.sync();

  const room: WorkbookSurvey['room'] = {};
  for (const { role, range, area } of areas)
    room[role] = { tableAddress: range.address, areaAddress: area.address, areaFormulas: area.formulas };
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, protected: s.protection.protected })),
    tables: tables.items.map((t) => ({ name: t.name, sheetName: t.worksheet.name })),
    actualsColumns: actualsColumns === undefined ? [] : actualsColumns.items.map((c) => c.name),
    structureProtected: workbookProtection.protected,
    room,
  };
}
