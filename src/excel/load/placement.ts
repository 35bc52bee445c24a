/**
 * Where each of the add-in's tables goes, decided from the survey before anything is written, so a
 * load that cannot finish changes nothing.
 *   - Our table already exists (wherever it is): it is rebuilt in place (targets, progress) or kept (actuals).
 *   - It does not: a new sheet is added under our name, or, when a sheet of that name exists and does
 *     not hold our table, under the first free "name (2)", "name (3)", … The user's sheet is left alone.
 * A table rebuilt in place may need more rows or columns than the old one had: when any of the cells
 * it would grow into holds something, the load is refused, so the analyst's cells are never written over.
 */
import { boxAddress, cellAddress, cellBox, inBox } from '../../domain/layout/a1';
import { missingOwnedColumns } from '../../domain/layout/actualsColumns';
import type { TablePlace } from '../../domain/layout/tables';
import { ExcelLayerError } from '../shared/excelErrors';
import {
  freeSheetName,
  sameName,
  SHEET_NAMES,
  SHEET_ROLES,
  TABLE_NAMES,
  type SheetRole,
} from '../../domain/layout/sheetNames';
import type { TableRoom, WorkbookSurvey } from './survey';
import { listed } from '../../domain/wording';

export interface Placement extends TablePlace {
  role: SheetRole;
  /** True when a sheet with our usual name exists, is not ours, and so another name was used. */
  displaced: boolean;
  /** The column names of our existing actuals table (empty for a new one, and for the tables a load rebuilds). */
  columns: string[];
}

export type Placements = Record<SheetRole, Placement>;

export function placeTables(survey: WorkbookSurvey): Placements {
  const taken = survey.sheets.map((s) => s.name);
  const place = (role: SheetRole): Placement => {
    const tableName = TABLE_NAMES[role];
    const table = survey.tables.find((t) => sameName(t.name, tableName));
    if (table)
      return {
        role,
        tableName,
        sheetName: table.sheetName,
        existing: true,
        displaced: false,
        columns: role === 'actuals' ? survey.actualsColumns : [],
      };
    const sheetName = freeSheetName(SHEET_NAMES[role], taken);
    taken.push(sheetName);
    return { role, tableName, sheetName, existing: false, displaced: sheetName !== SHEET_NAMES[role], columns: [] };
  };
  const placements = Object.fromEntries(SHEET_ROLES.map((role) => [role, place(role)])) as Placements;
  assertWritable(placements, survey);
  return placements;
}

/** Throws, before any write, when Excel would refuse part of the load. */
function assertWritable(placements: Placements, survey: WorkbookSurvey): void {
  // Targets and progress are rebuilt; an old actuals table gets the add-in's missing columns.
  const actuals = placements.actuals;
  const upgraded = actuals.existing && missingOwnedColumns(actuals.columns).length > 0 ? [actuals] : [];
  const changed = [placements.targets, placements.progress, ...upgraded].filter((p) => p.existing);
  const protectedSheets = [...new Set(changed.map((p) => p.sheetName))].filter((name) =>
    survey.sheets.some((s) => sameName(s.name, name) && s.protected),
  );
  if (protectedSheets.length > 0) {
    const which =
      protectedSheets.length === 1
        ? `The sheet ${protectedSheets[0]} is protected`
        : `The sheets ${listed(protectedSheets)} are protected`;
    throw new ExcelLayerError(
      `${which}, so the plan was not loaded and nothing in the workbook was changed. Unprotect it (Review > Unprotect Sheet) and load the plan again.`,
      'SheetProtected',
    );
  }
  const added = SHEET_ROLES.map((r) => placements[r]).filter((p) => !p.existing);
  if (added.length > 0 && survey.structureProtected) {
    throw new ExcelLayerError(
      `The workbook's structure is protected, so the add-in cannot add the sheet${added.length === 1 ? '' : 's'} ${listed(added.map((p) => p.sheetName))}. Nothing was changed. Unprotect the workbook (Review > Protect Workbook) and load the plan again.`,
      'WorkbookProtected',
    );
  }
  for (const placement of [placements.targets, placements.progress]) {
    const room = survey.room[placement.role];
    if (placement.existing && room) assertRoom(placement, room);
  }
}

/**
 * The area a rebuilt table needs ("A1:L16") and those of its cells that hold something and are not
 * part of the old table, in reading order; undefined when Excel gave an address the layer cannot read.
 */
function cellsInTheWay(room: TableRoom): { area: string; found: string[] } | undefined {
  const table = cellBox(room.tableAddress);
  const area = cellBox(room.areaAddress);
  if (!table || !area) return undefined;
  const found: string[] = [];
  room.areaFormulas.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const [row, column] = [area.row + r, area.column + c];
      if (!inBox(table, row, column) && cell !== '' && cell !== null && cell !== undefined)
        found.push(cellAddress(row, column));
    }),
  );
  return { area: boxAddress(area), found };
}

/** Throws when the rebuilt table would cover a cell that holds something and is not part of the old table. */
function assertRoom(placement: Placement, room: TableRoom): void {
  const inTheWay = cellsInTheWay(room);
  if (inTheWay === undefined) {
    throw new ExcelLayerError(
      `Excel gave an address the add-in cannot read for the table ${placement.tableName} on ${placement.sheetName}, so the plan was not loaded and nothing in the workbook was changed. Please report this message.`,
      'UnreadableAddress',
    );
  }
  const { area, found } = inTheWay;
  if (found.length === 0) return;
  const others = found.length - 1;
  throw new ExcelLayerError(
    `Cell ${found[0]} of ${placement.sheetName} holds something, and the table ${placement.tableName} needs that cell: with this plan it will cover ${area}.` +
      (others === 0
        ? ''
        : ` ${others} other cell${others === 1 ? '' : 's'} in ${area} outside the table hold${others === 1 ? 's' : ''} something too.`) +
      ` The add-in never writes over cells outside its own tables, so the plan was not loaded and nothing in the workbook was changed.` +
      ` Move what is there out of ${area}, or rename the table ${placement.tableName} (Table Design > Table Name) so the add-in puts the plan on a new sheet, and load the plan again.`,
    'CellsInTheWay',
  );
}
