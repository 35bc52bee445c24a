/**
 * An in-memory Excel for testing the Excel layer: the subset of the Office.js Excel API the layer uses,
 * with Office.js's load/sync rules (see context.ts), Excel's typing rules for cell input (see state.ts)
 * and inspectors that read the workbook directly (no sync, not counted).
 *
 *   const double = createExcelDouble();
 *   const restore = double.install();      // globalThis.Excel and globalThis.Office
 *   … await loadPlanIntoWorkbook(…) …
 *   double.syncCount; double.values('RRP Targets', 'A1:K2'); restore();
 */
import { formatAddress, parseAddress, type Box } from './addresses';
import { DoubleContext, type DoubleStats } from './context';
import { DoubleWorkbook } from './worksheet';
import { headerNames } from './table';
import {
  cellAt,
  findSheet,
  findTable,
  formulaOf,
  newSheet,
  newWorkbook,
  numberFormatOf,
  validateSheetName,
  valueOf,
  writeInput,
  type Cell,
  type CellValue,
  type ConditionalFormatRecord,
  type DataValidationRecord,
  type SheetState,
} from './state';

export { DoubleError, type CellValue, type ConditionalFormatRecord, type DataValidationRecord } from './state';

export interface TableInfo {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  /** Data rows (Excel keeps at least one, blank in a new table). */
  rowCount: number;
  style: string;
}

/** Enum objects the layer may use through the global `Excel`; values are Office.js's strings. */
const ENUMS = {
  ConditionalFormatType: { custom: 'Custom', containsText: 'ContainsText', cellValue: 'CellValue' },
  ConditionalTextOperator: { contains: 'Contains', notContains: 'NotContains', beginsWith: 'BeginsWith', endsWith: 'EndsWith' },
  ConditionalCellValueOperator: {
    between: 'Between', notBetween: 'NotBetween', equalTo: 'EqualTo', notEqualTo: 'NotEqualTo', greaterThan: 'GreaterThan',
    lessThan: 'LessThan', greaterThanOrEqual: 'GreaterThanOrEqual', lessThanOrEqual: 'LessThanOrEqual',
  },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
  DataValidationOperator: { between: 'Between', greaterThanOrEqualTo: 'GreaterThanOrEqualTo', lessThanOrEqualTo: 'LessThanOrEqualTo' },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  ErrorCodes: {
    accessDenied: 'AccessDenied', invalidArgument: 'InvalidArgument', itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound', propertyNotLoaded: 'PropertyNotLoaded', generalException: 'GeneralException',
  },
} as const;

const versionAtLeast = (have: string, want: string): boolean => {
  const [a1, a2 = 0] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
};

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set the simulated host supports (default 1.12). */
  excelApi?: string;
  /** Leave out the Office global's requirements (as outside Office). */
  noRequirements?: boolean;
}

export function createExcelDouble(options: ExcelDoubleOptions = {}) {
  const book = newWorkbook();
  const stats: DoubleStats = { syncCount: 0, loaded: new Set(), beforeSync: new Map() };

  type Batch<T> = (context: DoubleContext) => Promise<T>;
  function run<T>(batch: Batch<T>): Promise<T>;
  function run<T>(options: object, batch: Batch<T>): Promise<T>;
  async function run<T>(first: object | Batch<T>, second?: Batch<T>): Promise<T> {
    const batch = (second ?? first) as Batch<T>;
    const context = new DoubleContext(book, stats);
    context.workbook = new DoubleWorkbook(context);
    const result = await batch(context);
    if (context.pending) await context.sync(); // Office.js sends what is still queued when the batch ends
    return result;
  }

  const Excel = { run, ...ENUMS };
  const excelApi = options.excelApi ?? '1.12';
  const Office = {
    context: options.noRequirements
      ? {}
      : { requirements: { isSetSupported: (name: string, version = '1.1') => name === 'ExcelApi' && versionAtLeast(excelApi, version) } },
  };

  const sheet = (name: string): SheetState => {
    const found = findSheet(book, name);
    if (!found) throw new Error(`No sheet named ${name}`);
    return found;
  };
  const boxOf = (address: string): Box => {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`Not an address: ${address}`);
    return parsed.box;
  };
  const cells = <T>(sheetName: string, address: string, f: (cell: Cell | undefined) => T): T[][] => {
    const s = sheet(sheetName);
    const b = boxOf(address);
    return Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => f(cellAt(s, b.row + r, b.col + c))));
  };
  const tableInfo = (name: string): TableInfo | undefined => {
    const t = findTable(book, name);
    return t && { name: t.name, sheet: t.sheet.name, address: formatAddress(t.sheet.name, t.box), headers: headerNames(t), rowCount: t.box.rows - 1, style: t.style };
  };

  return {
    Excel,
    Office,

    /** Sets globalThis.Excel and globalThis.Office to this double; returns a function that restores them. */
    install(): () => void {
      const g = globalThis as unknown as Record<string, unknown>;
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = Excel;
      g.Office = Office;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
      };
    },

    get syncCount(): number {
      return stats.syncCount;
    },
    /** "Type.property" for each property loaded since the last reset, sorted. */
    loadedProperties(): string[] {
      return [...stats.loaded].sort();
    },
    resetStats(): void {
      stats.syncCount = 0;
      stats.loaded.clear();
      stats.beforeSync.clear();
    },
    /** Runs `action` (e.g. a user's change) just before sync number `n` (counted since the last reset) executes. */
    beforeSync(n: number, action: () => void): void {
      stats.beforeSync.set(n, action);
    },

    // Inspectors: read the workbook as it is now.
    sheetNames: (): string[] => book.sheets.map((s) => s.name),
    activeSheetName: (): string => book.activeSheet.name,
    selectionAddress: (): string => formatAddress(book.selection.sheet.name, book.selection.box),
    values: (sheetName: string, address: string): CellValue[][] => cells(sheetName, address, valueOf),
    formulas: (sheetName: string, address: string): CellValue[][] => cells(sheetName, address, formulaOf),
    numberFormats: (sheetName: string, address: string): string[][] => cells(sheetName, address, numberFormatOf),
    cell: (sheetName: string, address: string): Cell | undefined => cells(sheetName, address, (c) => c && { ...c })[0][0],
    tables: (): TableInfo[] => book.tables.map((t) => tableInfo(t.name) as TableInfo),
    table: tableInfo,
    /** Data body values of a table. */
    tableRows(name: string): CellValue[][] {
      const t = findTable(book, name);
      if (!t) throw new Error(`No table named ${name}`);
      return this.values(t.sheet.name, formatAddress(t.sheet.name, { ...t.box, row: t.box.row + 1, rows: t.box.rows - 1 }).split('!')[1]);
    },
    /** Address of a table column's data body, as Office.js would report it. */
    columnBodyAddress(tableName: string, column: string): string {
      const t = findTable(book, tableName);
      const index = t ? headerNames(t).indexOf(column) : -1;
      if (!t || index < 0) throw new Error(`No column ${column} in ${tableName}`);
      return formatAddress(t.sheet.name, { row: t.box.row + 1, col: t.box.col + index, rows: t.box.rows - 1, cols: 1 });
    },
    conditionalFormats: (sheetName: string): ConditionalFormatRecord[] => sheet(sheetName).conditionalFormats.map((cf) => ({ ...cf })),
    dataValidations: (sheetName: string): DataValidationRecord[] => sheet(sheetName).dataValidations.map((dv) => ({ ...dv })),
    autofitted: (sheetName: string): string[] => sheet(sheetName).autofitted.map((b) => formatAddress(sheetName, b)),
    frozenRows: (sheetName: string): number => sheet(sheetName).frozenRows,
    isProtected: (sheetName: string): boolean => sheet(sheetName).protected,
    /** Everything about the workbook as plain data, to compare before and after. */
    snapshot(): unknown {
      return JSON.parse(
        JSON.stringify({
          sheets: book.sheets.map((s) => ({ ...s, cells: [...s.cells.entries()].sort(), columnWidths: [...s.columnWidths.entries()].sort() })),
          tables: book.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
          structureProtected: book.structureProtected,
          active: book.activeSheet.name,
        }),
      ) as unknown;
    },

    // What a user does in Excel, outside any batch.
    addSheet(name: string): void {
      validateSheetName(book, name);
      book.sheets.push(newSheet(name));
    },
    /** Types values into cells (same rules as range.values). */
    setCells(sheetName: string, address: string, values: unknown[][]): void {
      const s = sheet(sheetName);
      const b = boxOf(address);
      values.forEach((row, r) => row.forEach((v, c) => writeInput(s, b.row + r, b.col + c, v, 'values')));
    },
    /** Stands in for Excel's calculation: formula cells keep their formula and show these values. */
    simulateCalculation(sheetName: string, address: string, values: CellValue[][]): void {
      const s = sheet(sheetName);
      const b = boxOf(address);
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = cellAt(s, b.row + r, b.col + c);
          if (cell?.formula !== undefined) cell.calculated = v;
        }),
      );
    },
    protectSheet(sheetName: string, on = true): void {
      sheet(sheetName).protected = on;
    },
    protectWorkbookStructure(on = true): void {
      book.structureProtected = on;
    },
    setActiveCell(sheetName: string, address: string): void {
      const s = sheet(sheetName);
      const b = boxOf(address);
      book.activeSheet = s;
      book.activeCell = { sheet: s, row: b.row, col: b.col };
      book.selection = { sheet: s, box: { ...b, rows: 1, cols: 1 } };
    },
  };
}

export type ExcelDouble = ReturnType<typeof createExcelDouble>;
