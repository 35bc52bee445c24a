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
import { DoubleContext, unmodelled, type DoubleStats, type SyncRecord } from './context';
import { DoubleWorkbook } from './worksheet';
import { headerNames } from './table';
import { deliverEvents, eventLogOf, recordChange, recordSheetDeleted, YOU } from './events';
import { newWorkbooks } from './newWorkbooks';
import { reportInspectors } from './reportInspectors';
import { calculationOf, type CalculationMode, type RangeCalculation } from './calculation';
import { DoubleSettings } from './settings';
import {
  cellAt,
  clearBox,
  DoubleError,
  findSheet,
  findTable,
  formulaOf,
  growTable,
  newSheet,
  newWorkbook,
  nextId,
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
export type { DoubleChangedEventArgs } from './events';
export type { SyncRecord } from './context';
export { actualsRecords, badActualsRows, rowsWithLongNotes, sampleActualsRows } from './sampleActuals';

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
  ConditionalTextOperator: {
    contains: 'Contains',
    notContains: 'NotContains',
    beginsWith: 'BeginsWith',
    endsWith: 'EndsWith',
  },
  ConditionalCellValueOperator: {
    between: 'Between',
    notBetween: 'NotBetween',
    equalTo: 'EqualTo',
    notEqualTo: 'NotEqualTo',
    greaterThan: 'GreaterThan',
    lessThan: 'LessThan',
    greaterThanOrEqual: 'GreaterThanOrEqual',
    lessThanOrEqual: 'LessThanOrEqual',
  },
  CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  CalculationMode: { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' },
  SpecialCellType: { formulas: 'Formulas' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
  DataValidationOperator: {
    between: 'Between',
    greaterThanOrEqualTo: 'GreaterThanOrEqualTo',
    lessThanOrEqualTo: 'LessThanOrEqualTo',
  },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    invalidArgument: 'InvalidArgument',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    propertyNotLoaded: 'PropertyNotLoaded',
    generalException: 'GeneralException',
  },
} as const;

/** Office.PlatformType: office.js's values are these strings. */
const PLATFORM_TYPES = {
  PC: 'PC',
  OfficeOnline: 'OfficeOnline',
  Mac: 'Mac',
  iOS: 'iOS',
  Android: 'Android',
  Universal: 'Universal',
} as const;

const versionAtLeast = (have: string, want: string): boolean => {
  const [a1, a2 = 0] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1 !== b1 ? a1 > b1 : a2 >= b2;
};

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set the simulated host supports (default 1.13). */
  excelApi?: string;
  /** Leave out the Office global's requirements (as outside Office). */
  noRequirements?: boolean;
  /** What Office.context.platform says (an Office.PlatformType value); unset, as outside Office. */
  platform?: 'PC' | 'OfficeOnline' | 'Mac' | 'iOS';
}

export function createExcelDouble(options: ExcelDoubleOptions = {}) {
  const book = newWorkbook();
  const stats: DoubleStats = {
    syncCount: 0,
    loaded: new Set(),
    beforeSync: new Map(),
    syncLog: [],
    runSyncs: [],
    runOptions: [],
  };
  const excelApi = options.excelApi ?? '1.13';

  /**
   * Excel.RunOptions the double knows, with the ExcelApi set that brings each. The RunOptions page does
   * not say what a host does with an option it lacks, so the double refuses one (README: cell-edit mode).
   */
  const RUN_OPTIONS: Record<string, string> = { delayForCellEdit: '1.5', mergeUndoGroup: '1.20' };
  const checkRunOptions = (given: Record<string, unknown>): void => {
    for (const name of Object.keys(given)) {
      const set = RUN_OPTIONS[name];
      if (set === undefined) throw unmodelled(`the run option ${name}`);
      if (!versionAtLeast(excelApi, set))
        throw new DoubleError(
          'ApiNotFound',
          `Excel.RunOptions.${name} needs ExcelApi ${set}; this host has ${excelApi}.`,
        );
    }
  };

  type Batch<T> = (context: DoubleContext) => Promise<T>;
  /** Excel.run for batches of `author`'s add-in: its handlers hear the others' changes as Remote (events.ts). */
  function runAs(author: string) {
    function run<T>(batch: Batch<T>): Promise<T>;
    function run<T>(options: object, batch: Batch<T>): Promise<T>;
    async function run<T>(first: object | Batch<T>, second?: Batch<T>): Promise<T> {
      const batch = (second ?? first) as Batch<T>;
      // Excel.run(eventResult.context, …) runs in the context that added an event handler (to remove it).
      let context: DoubleContext;
      if (first instanceof DoubleContext) context = first;
      else {
        const runOptions = second ? (first as Excel.RunOptions) : {};
        checkRunOptions(runOptions as Record<string, unknown>);
        stats.runOptions.push({ ...runOptions });
        context = new DoubleContext(book, stats, author, runOptions);
        context.workbook = new DoubleWorkbook(context);
      }
      try {
        const result = await batch(context);
        if (context.pending) await context.sync(); // Office.js sends what is still queued when the batch ends
        return result;
      } finally {
        if (context !== first) stats.runSyncs.push(context.syncs);
      }
    }
    return run;
  }

  const workbooks = newWorkbooks();
  const Excel = { run: runAs(YOU), ...ENUMS, createWorkbook: workbooks.createWorkbook };
  /** Office.addin.onVisibilityModeChanged's handlers (SharedRuntime 1.1), called when the pane is shown or hidden. */
  const settings = new DoubleSettings();
  let visibilityHandlers: ((message: { visibilityMode: 'Hidden' | 'Taskpane' }) => void)[] = [];
  const Office = {
    PlatformType: PLATFORM_TYPES,
    context: {
      document: { settings },
      ...(options.platform ? { platform: options.platform } : {}),
      ...(options.noRequirements
        ? {}
        : {
            requirements: {
              isSetSupported: (name: string, version = '1.1') =>
                name === 'ExcelApi' && versionAtLeast(excelApi, version),
            },
          }),
    },
    VisibilityMode: { hidden: 'Hidden', taskpane: 'Taskpane' },
    addin: {
      onVisibilityModeChanged(
        handler: (message: { visibilityMode: 'Hidden' | 'Taskpane' }) => void,
      ): Promise<() => Promise<void>> {
        visibilityHandlers.push(handler);
        return Promise.resolve(async () => {
          visibilityHandlers = visibilityHandlers.filter((h) => h !== handler);
        });
      },
    },
  };
  /** Calls each visibility handler in a later task, as an event is. */
  const raiseVisibility = (visibilityMode: 'Hidden' | 'Taskpane'): void => {
    for (const handler of visibilityHandlers) setTimeout(() => handler({ visibilityMode }), 0);
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
    return Array.from({ length: b.rows }, (_, r) =>
      Array.from({ length: b.cols }, (_, c) => f(cellAt(s, b.row + r, b.col + c))),
    );
  };
  /** What a user's typing or paste does: cells written as typed, then the change events. */
  const typeIn = (s: SheetState, b: Box, values: unknown[][]): void => {
    values.forEach((row, r) => row.forEach((v, c) => writeInput(s, b.row + r, b.col + c, v, 'values')));
    recordChange(book, s, b, 'RangeEdited');
    deliverEvents(book);
  };
  /** A box at (row, col) the size of `values`. */
  const boxFor = (row: number, col: number, values: unknown[][]): Box => ({
    row,
    col,
    rows: values.length,
    cols: values.reduce((most, r) => Math.max(most, r.length), 1),
  });
  /** Excel's table auto-expansion: a paste that starts in a table's rows (or just below it) and reaches below it extends the table. */
  const expandTables = (s: SheetState, b: Box): void => {
    for (const t of book.tables) {
      const end = t.box.row + t.box.rows;
      const sameColumns = b.col < t.box.col + t.box.cols && t.box.col < b.col + b.cols;
      if (t.sheet === s && sameColumns && b.row > t.box.row && b.row <= end && b.row + b.rows > end)
        growTable(t, b.row + b.rows - end);
    }
  };
  const tableInfo = (name: string): TableInfo | undefined => {
    const t = findTable(book, name);
    return (
      t && {
        name: t.name,
        sheet: t.sheet.name,
        address: formatAddress(t.sheet.name, t.box),
        headers: headerNames(t),
        rowCount: t.box.rows - 1,
        style: t.style,
      }
    );
  };

  return {
    Excel,
    Office,

    /**
     * The Excel global of a co-author's add-in on the same workbook (a workbook shared on OneDrive or
     * SharePoint): handlers it adds hear the changes of everyone else (you, other co-authors, their
     * add-ins) with source Remote, and the changes its batches make reach your handlers as Remote.
     */
    coauthorExcel: (name: string): typeof Excel => ({ ...Excel, run: runAs(name) }),
    /** Runs a user action (setCells, pasteCells, …) as co-author `name` making it: other authors' handlers hear it as Remote. */
    byCoauthor(name: string, action: () => void): void {
      const log = eventLogOf(book);
      log.acting = name;
      try {
        action();
      } finally {
        log.acting = YOU;
      }
    },
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

    /** The .xlsx files Excel.createWorkbook opened as new workbooks, in order. */
    newWorkbooks(): Uint8Array[] {
      return [...workbooks.opened];
    },

    get syncCount(): number {
      return stats.syncCount;
    },
    /** The calculations the layer asked Excel for (application.calculate), by type, in order. */
    calculations(): string[] {
      return [...book.calculations];
    },
    /** Ranges the layer marked dirty or calculated (Range.setDirty, Range.calculate), in order. */
    rangeCalculations(): RangeCalculation[] {
      return [...calculationOf(book).ranges];
    },
    /** Sets the calculation mode as the user does (Formulas > Calculation Options). */
    setCalculationMode(mode: CalculationMode): void {
      calculationOf(book).mode = mode;
    },
    /** The add-in's settings kept in the document (Office.context.document.settings); `reopen()` drops unsaved ones. */
    settings,
    /** Event handler calls made so far (changes and deletions). */
    get eventsDelivered(): number {
      return eventLogOf(book).delivered;
    },
    /** Handlers registered now (added and not removed). */
    get eventHandlerCount(): number {
      return eventLogOf(book).registrations.length;
    },
    /** What event handlers threw or rejected with (Excel would swallow it); expected empty. */
    eventErrors: (): unknown[] => [...eventLogOf(book).errors],
    /** "Type.property" for each property loaded since the last reset, sorted. */
    loadedProperties(): string[] {
      return [...stats.loaded].sort();
    },
    /** Rows of values each sync since the last reset read and wrote, in order. */
    syncLog: (): SyncRecord[] => stats.syncLog.map((r) => ({ ...r })),
    resetStats(): void {
      stats.syncCount = 0;
      stats.loaded.clear();
      stats.beforeSync.clear();
      stats.syncLog = [];
      stats.runSyncs = [];
      stats.runOptions = [];
    },
    /** The options of each Excel.run since the last reset (runs through an earlier context are not counted). */
    runOptions: (): Excel.RunOptions[] => stats.runOptions.map((o) => ({ ...o })),
    /** Whether a cell is being edited now. */
    get editingCell(): boolean {
      return book.cellEdit !== undefined;
    },
    /** Syncs of each Excel.run finished since the last reset: one logical step each. */
    runSyncCounts: (): number[] => [...stats.runSyncs],
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
    cell: (sheetName: string, address: string): Cell | undefined =>
      cells(sheetName, address, (c) => c && { ...c })[0][0],
    tables: (): TableInfo[] => book.tables.map((t) => tableInfo(t.name) as TableInfo),
    table: tableInfo,
    /** Data body values of a table. */
    tableRows(name: string): CellValue[][] {
      const t = findTable(book, name);
      if (!t) throw new Error(`No table named ${name}`);
      return this.values(
        t.sheet.name,
        formatAddress(t.sheet.name, { ...t.box, row: t.box.row + 1, rows: t.box.rows - 1 }).split('!')[1],
      );
    },
    /** Address of a table column's data body, as Office.js would report it. */
    columnBodyAddress(tableName: string, column: string): string {
      const t = findTable(book, tableName);
      const index = t ? headerNames(t).indexOf(column) : -1;
      if (!t || index < 0) throw new Error(`No column ${column} in ${tableName}`);
      return formatAddress(t.sheet.name, { row: t.box.row + 1, col: t.box.col + index, rows: t.box.rows - 1, cols: 1 });
    },
    conditionalFormats: (sheetName: string): ConditionalFormatRecord[] =>
      sheet(sheetName).conditionalFormats.map((cf) => ({ ...cf })),
    dataValidations: (sheetName: string): DataValidationRecord[] =>
      sheet(sheetName).dataValidations.map((dv) => ({ ...dv })),
    autofitted: (sheetName: string): string[] => sheet(sheetName).autofitted.map((b) => formatAddress(sheetName, b)),
    frozenRows: (sheetName: string): number => sheet(sheetName).frozenRows,
    isProtected: (sheetName: string): boolean => sheet(sheetName).protected,
    ...reportInspectors(sheet),
    /** Everything about the workbook as plain data, to compare before and after. */
    snapshot(): unknown {
      return JSON.parse(
        JSON.stringify({
          sheets: book.sheets.map((s) => ({
            ...s,
            cells: [...s.cells.entries()].sort(),
            columnWidths: [...s.columnWidths.entries()].sort(),
          })),
          tables: book.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
          structureProtected: book.structureProtected,
          active: book.activeSheet.name,
        }),
      ) as unknown;
    },

    // What a user does in Excel, outside any batch.
    addSheet(name: string): void {
      validateSheetName(book, name);
      book.sheets.push(newSheet(name, nextId(book, 'sheet')));
    },
    /** Types values into cells (same rules as range.values), raising change events. */
    setCells(sheetName: string, address: string, values: unknown[][]): void {
      const s = sheet(sheetName);
      const b = boxOf(address);
      typeIn(s, boxFor(b.row, b.col, values), values);
    },
    /**
     * Pastes a block whose top-left cell is `address`, as a user does: a table the paste starts in
     * (or just below) grows to take the rows that go past its end; then change events are raised.
     */
    pasteCells(sheetName: string, address: string, values: unknown[][]): void {
      const s = sheet(sheetName);
      const top = boxOf(address);
      const b = boxFor(top.row, top.col, values);
      expandTables(s, b);
      typeIn(s, b, values);
    },
    /**
     * Pastes rows into a table from its first column, starting at data row `fromRow` (0-based,
     * default 0: over the blank row a new table has), growing the table as needed. Fast enough for
     * 100,000 rows (for the bench); raises one change event.
     */
    fillTable(tableName: string, rows: unknown[][], fromRow = 0): void {
      const t = findTable(book, tableName);
      if (!t) throw new Error(`No table named ${tableName}`);
      const b = boxFor(t.box.row + 1 + fromRow, t.box.col, rows);
      expandTables(t.sheet, b);
      typeIn(t.sheet, b, rows);
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
    /** Selects a block of cells, its top-left cell active, as a user drags over them. */
    selectRange(sheetName: string, address: string): void {
      const s = sheet(sheetName);
      const b = boxOf(address);
      book.unreadableSelection = undefined;
      book.activeSheet = s;
      book.activeCell = { sheet: s, row: b.row, col: b.col };
      book.selection = { sheet: s, box: b };
    },
    /** Selects several separate areas (Ctrl+click), or a chart or shape: Excel then has no single selected range. */
    selectUnreadable(what: 'areas' | 'shape'): void {
      book.unreadableSelection = what;
    },
    /** Deletes a sheet as the user does, with the tables on it; raises the sheet's deleted event (events.ts). */
    deleteSheet(name: string): void {
      const s = sheet(name);
      book.tables = book.tables.filter((t) => t.sheet !== s);
      book.sheets = book.sheets.filter((other) => other !== s);
      if (book.activeSheet === s) {
        book.activeSheet = book.sheets[0];
        book.activeCell = { sheet: book.sheets[0], row: 0, col: 0 };
        book.selection = { sheet: book.sheets[0], box: { row: 0, col: 0, rows: 1, cols: 1 } };
      }
      recordSheetDeleted(book, s);
      deliverEvents(book);
    },
    /**
     * The user starts typing in a cell (cell-edit mode): until finishEditingCell, a sync of a batch
     * that did not ask to wait fails with InvalidOperationInCellEditMode, and one that asked
     * (delayForCellEdit) waits.
     */
    startEditingCell(sheetName: string, address: string): void {
      if (book.cellEdit) throw new Error('A cell is being edited already');
      const s = sheet(sheetName);
      const b = boxOf(address);
      this.setActiveCell(sheetName, address);
      let end = (): void => undefined;
      const ended = new Promise<void>((resolve) => (end = resolve));
      book.cellEdit = { sheet: s, row: b.row, col: b.col, ended, end };
    },
    /** The user presses Enter: the cell takes what was typed (change events follow), and cell-edit mode ends. */
    finishEditingCell(typed: unknown): void {
      const edit = book.cellEdit;
      if (!edit) throw new Error('No cell is being edited');
      book.cellEdit = undefined;
      typeIn(edit.sheet, { row: edit.row, col: edit.col, rows: 1, cols: 1 }, [[typed]]);
      edit.end();
    },
    /** The task pane is hidden (closed) or shown again: Office.addin.onVisibilityModeChanged's handlers hear it. */
    hidePane: (): void => raiseVisibility('Hidden'),
    showPane: (): void => raiseVisibility('Taskpane'),
    /**
     * The user deletes every column of a table on Excel for Mac: the table and its cells are gone, and
     * no tables.onDeleted is raised (office-js issue 1320).
     */
    deleteTableColumnsOnMac(tableName: string): void {
      const t = findTable(book, tableName);
      if (!t) throw new Error(`No table named ${tableName}`);
      book.tables = book.tables.filter((other) => other !== t);
      clearBox(t.sheet, t.box, 'All');
    },
    setActiveCell(sheetName: string, address: string): void {
      const s = sheet(sheetName);
      const b = boxOf(address);
      book.unreadableSelection = undefined;
      book.activeSheet = s;
      book.activeCell = { sheet: s, row: b.row, col: b.col };
      book.selection = { sheet: s, box: { ...b, rows: 1, cols: 1 } };
    },
  };
}

export type ExcelDouble = ReturnType<typeof createExcelDouble>;
