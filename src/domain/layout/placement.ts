/**
 * Where each of the add-in's tables goes, decided from the survey before anything is written, so a
 * load that cannot finish changes nothing.
 *   - Our table already exists (wherever it is): it is rebuilt in place (targets, progress) or kept (actuals).
 *   - It does not: a new sheet is added under our name, or, when a sheet of that name exists and does
 *     not hold our table, under the first free "name (2)", "name (3)", … The user's sheet is left alone.
 * A table rebuilt in place may need more rows or columns than the old one had: when any of the cells
 * it would grow into holds something, the load is refused, so the analyst's cells are never written over.
 */
import { listed } from '../wording';
import { boxAddress, cellAddress, cellBox, inBox } from './a1';
import { missingOwnedColumns } from './actualsColumns';
import { freeSheetName, sameName, SHEET_NAMES, SHEET_ROLES, TABLE_NAMES, type SheetRole } from './sheetNames';
import type { TablePlace } from './tables';

/** Rows (with the header) and columns a rebuilt table will have. */
export interface TableSize {
  rows: number;
  columns: number;
}

/** What is where a rebuilt table will go: read from the old table's top-left cell. */
export interface TableRoom {
  /** The old table's address ("'RRP Progress'!A1:L6"). */
  tableAddress: string;
  /** The cells the rebuilt table will cover, from the old table's top-left cell ("'RRP Progress'!A1:L16"). */
  areaAddress: string;
  /** Formulas (or values) of those cells, row by row; "" for an empty cell. */
  areaFormulas: unknown[][];
}

/** What the Excel layer's survey (load/survey.ts) read of the workbook before a load. */
export interface WorkbookSurvey {
  sheets: { name: string; protected: boolean }[];
  /** Every table in the workbook and the sheet it is on. */
  tables: { name: string; sheetName: string }[];
  /** The column names (headers) of our actuals table; empty when there is none. */
  actualsColumns: string[];
  /** True when the workbook's structure is protected (no sheets can be added). */
  structureProtected: boolean;
  /** For each table asked about that exists: where it is and what the cells its rebuilt self needs hold. */
  room: Partial<Record<SheetRole, TableRoom>>;
}

export interface Placement extends TablePlace {
  role: SheetRole;
  /** True when a sheet with our usual name exists, is not ours, and so another name was used. */
  displaced: boolean;
  /** The column names of our existing actuals table (empty for a new one, and for the tables a load rebuilds). */
  columns: string[];
}

export type Placements = Record<SheetRole, Placement>;

/** Why a load cannot go ahead, in the analyst's words, with a code the Excel layer's error carries. */
export interface PlacementRefusal {
  code: 'SheetProtected' | 'WorkbookProtected' | 'UnreadableAddress' | 'CellsInTheWay';
  message: string;
}

export type PlacementDecision = { placements: Placements } | { refused: PlacementRefusal };

export function decidePlacement(survey: WorkbookSurvey): PlacementDecision {
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
  const refused = refusal(placements, survey);
  return refused ? { refused } : { placements };
}

/** Why Excel would refuse part of the load, found before any write; undefined when it would not. */
function refusal(placements: Placements, survey: WorkbookSurvey): PlacementRefusal | undefined {
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
    return {
      code: 'SheetProtected',
      message: `${which}, so the plan was not loaded and nothing in the workbook was changed. Unprotect it (Review > Unprotect Sheet) and load the plan again.`,
    };
  }
  const added = SHEET_ROLES.map((r) => placements[r]).filter((p) => !p.existing);
  if (added.length > 0 && survey.structureProtected) {
    return {
      code: 'WorkbookProtected',
      message: `The workbook's structure is protected, so the add-in cannot add the sheet${added.length === 1 ? '' : 's'} ${listed(added.map((p) => p.sheetName))}. Nothing was changed. Unprotect the workbook (Review > Protect Workbook) and load the plan again.`,
    };
  }
  for (const placement of [placements.targets, placements.progress]) {
    const room = survey.room[placement.role];
    const refused = placement.existing && room ? roomRefusal(placement, room) : undefined;
    if (refused) return refused;
  }
  return undefined;
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

/** Why the rebuilt table cannot go where the old one is: it would cover a cell that holds something and is not part of the old table. */
function roomRefusal(placement: Placement, room: TableRoom): PlacementRefusal | undefined {
  const inTheWay = cellsInTheWay(room);
  if (inTheWay === undefined) {
    return {
      code: 'UnreadableAddress',
      message: `Excel gave an address the add-in cannot read for the table ${placement.tableName} on ${placement.sheetName}, so the plan was not loaded and nothing in the workbook was changed. Please report this message.`,
    };
  }
  const { area, found } = inTheWay;
  if (found.length === 0) return undefined;
  const others = found.length - 1;
  return {
    code: 'CellsInTheWay',
    message:
      `Cell ${found[0]} of ${placement.sheetName} holds something, and the table ${placement.tableName} needs that cell: with this plan it will cover ${area}.` +
      (others === 0
        ? ''
        : ` ${others} other cell${others === 1 ? '' : 's'} in ${area} outside the table hold${others === 1 ? 's' : ''} something too.`) +
      ` The add-in never writes over cells outside its own tables, so the plan was not loaded and nothing in the workbook was changed.` +
      ` Move what is there out of ${area}, or rename the table ${placement.tableName} (Table Design > Table Name) so the add-in puts the plan on a new sheet, and load the plan again.`,
  };
}
