/** Workbook, worksheets and their protection, for the Excel double. */
import { parseAddress } from './addresses';
import { DoubleClientResult, DoubleCollection, DoubleObject, type DoubleContext } from './context';
import { DoubleEventHandlers } from './events';
import { DoubleRange } from './range';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import { DoubleTableCollection } from './table';
import { DoubleChartCollection } from './chart';
import { DoublePageLayout } from './pageLayout';
import { calculationOf, type CalculationMode } from './calculation';
import {
  assertEditable,
  DoubleError,
  findSheet,
  newSheet,
  nextId,
  usedBox,
  validateSheetName,
  type SheetState,
  type WorkbookState,
} from './state';

export class DoubleWorkbook
  extends DoubleObject<WorkbookState>
  implements Modelled<Excel.Workbook, 'worksheets' | 'tables' | 'protection' | 'getActiveCell' | 'getSelectedRange'>
{
  readonly worksheets: DoubleWorksheetCollection;
  readonly tables: DoubleTableCollection;
  readonly protection: DoubleWorkbookProtection;
  readonly application: DoubleApplication;

  constructor(context: DoubleContext) {
    super(context, 'Workbook');
    this.bind(context.book);
    this.worksheets = new DoubleWorksheetCollection(context);
    this.tables = new DoubleTableCollection(context);
    this.protection = new DoubleWorkbookProtection(context);
    this.application = new DoubleApplication(context);
  }

  protected override navigation(name: string): DoubleObject<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  getActiveCell(): DoubleRange {
    return new DoubleRange(this.context, () => {
      const { sheet, row, col } = this.context.book.activeCell;
      return { sheet, box: { row, col, rows: 1, cols: 1 } };
    });
  }

  /** Excel refuses when several areas, or a chart or shape, are selected (README: selection). */
  getSelectedRange(): DoubleRange {
    return new DoubleRange(this.context, () => {
      const { selection, unreadableSelection } = this.context.book;
      if (unreadableSelection)
        throw new DoubleError(
          'InvalidSelection',
          unreadableSelection === 'areas'
            ? 'The current selection is invalid for this operation (several areas).'
            : 'The current selection is invalid for this operation (a chart or shape).',
        );
      return { ...selection };
    });
  }
}

/**
 * `workbook.application`: `calculate(type)`, recorded (the double does not calculate; Excel's "Full"
 * marks every formula dirty and recalculates it, custom functions included, in every open workbook),
 * and `calculationMode` (calculation.ts; a test sets it as the user would, see README).
 */
export class DoubleApplication
  extends DoubleObject<WorkbookState>
  implements Modelled<Excel.Application, 'calculate' | 'calculationMode'>
{
  constructor(context: DoubleContext) {
    super(context, 'Application');
    this.bind(context.book);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { calculationMode: () => calculationOf(this.state).mode };
  }

  get calculationMode(): CalculationMode {
    return this.read('calculationMode');
  }

  calculate(calculationType: string): void {
    this.context.enqueue(() => {
      if (!['Recalculate', 'Full', 'FullRebuild'].includes(calculationType))
        throw new DoubleError('InvalidArgument', `Unknown calculation type "${calculationType}".`);
      this.state.calculations.push(calculationType);
    });
  }
}

export class DoubleWorkbookProtection
  extends DoubleObject<WorkbookState>
  implements Modelled<Excel.WorkbookProtection, 'protected'>
{
  constructor(context: DoubleContext) {
    super(context, 'WorkbookProtection');
    this.bind(context.book);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { protected: () => this.state.structureProtected };
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

export class DoubleWorksheetCollection
  extends DoubleCollection<WorkbookState, DoubleWorksheet, SheetState>
  implements
    Modelled<
      Excel.WorksheetCollection,
      'getItem' | 'getItemOrNullObject' | 'getActiveWorksheet' | 'add' | 'getCount' | 'items' | 'onDeleted'
    >
{
  constructor(context: DoubleContext) {
    super(context, 'WorksheetCollection');
    this.bind(context.book);
  }

  protected members(): SheetState[] {
    return this.state.sheets;
  }
  protected makeItem(sheet: SheetState): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => sheet);
  }

  getItem(name: string): DoubleWorksheet {
    return new DoubleWorksheet(
      this.context,
      () => findSheet(this.state, name),
      false,
      `The worksheet "${name}" does not exist.`,
    );
  }

  getItemOrNullObject(name: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => findSheet(this.state, name), true);
  }

  getActiveWorksheet(): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.state.activeSheet);
  }

  add(name?: string): DoubleWorksheet {
    const proxy = new DoubleWorksheet(this.context);
    this.context.enqueue(() => {
      const book = this.state;
      if (book.structureProtected)
        throw new DoubleError('AccessDenied', 'The workbook structure is protected, so sheets cannot be added.');
      let chosen = name;
      for (let n = book.sheets.length + 1; chosen === undefined; n++)
        if (!findSheet(book, `Sheet${n}`)) chosen = `Sheet${n}`;
      validateSheetName(book, chosen);
      const sheet = newSheet(chosen, nextId(book, 'sheet'));
      book.sheets.push(sheet);
      proxy.bind(sheet);
    });
    return proxy;
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.context, () => this.state.sheets.length);
  }

  /** Raised after a sheet is deleted from the workbook (ExcelApi 1.7, events.ts). */
  get onDeleted(): DoubleEventHandlers<Excel.WorksheetDeletedEventArgs> {
    return new DoubleEventHandlers(this.context, () => ({ deleted: 'WorksheetDeleted' }));
  }
}

export class DoubleWorksheet
  extends DoubleObject<SheetState>
  implements
    Modelled<
      Excel.Worksheet,
      | 'id'
      | 'name'
      | 'position'
      | 'protection'
      | 'tables'
      | 'freezePanes'
      | 'activate'
      | 'getRange'
      | 'getRangeByIndexes'
      | 'getCell'
      | 'getUsedRange'
      | 'onChanged'
      | 'isNullObject'
    >
{
  private protectionProxy: DoubleWorksheetProtection | undefined;
  private tablesProxy: DoubleTableCollection | undefined;
  private freezeProxy: DoubleFreezePanes | undefined;

  constructor(context: DoubleContext, resolve?: () => SheetState | undefined, nullable = false, missing?: string) {
    super(context, 'Worksheet', resolve, nullable, missing);
  }

  /** The resolved sheet, for other double objects. */
  resolvedState(): SheetState {
    return this.state;
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      id: () => this.state.id,
      name: () => this.state.name,
      position: () => this.context.book.sheets.indexOf(this.state),
      visibility: () => 'Visible',
    };
  }

  protected override navigation(name: string): DoubleObject<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.context.enqueue(() => {
      const book = this.context.book;
      if (book.structureProtected)
        throw new DoubleError('AccessDenied', 'The workbook structure is protected, so sheets cannot be renamed.');
      validateSheetName(book, name, this.state);
      this.state.name = name;
    });
  }

  get position(): number {
    return this.read('position');
  }

  get protection(): DoubleWorksheetProtection {
    this.protectionProxy ??= new DoubleWorksheetProtection(this.context, () => this.state);
    return this.protectionProxy;
  }

  get tables(): DoubleTableCollection {
    this.tablesProxy ??= new DoubleTableCollection(this.context, () => this.state);
    return this.tablesProxy;
  }

  get charts(): DoubleChartCollection {
    return new DoubleChartCollection(this.context, () => this.state);
  }

  get pageLayout(): DoublePageLayout {
    return new DoublePageLayout(this.context, () => this.state);
  }

  get freezePanes(): DoubleFreezePanes {
    this.freezeProxy ??= new DoubleFreezePanes(this.context, () => this.state);
    return this.freezeProxy;
  }

  activate(): void {
    this.context.enqueue(() => {
      const book = this.context.book;
      book.activeSheet = this.state;
      book.activeCell = { sheet: this.state, row: 0, col: 0 };
      book.selection = { sheet: this.state, box: { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getRange(address = 'A1:XFD1048576'): DoubleRange {
    return new DoubleRange(this.context, () => {
      const parsed = parseAddress(address);
      if (!parsed || parsed.sheet !== undefined)
        throw new DoubleError('InvalidArgument', `The Excel double cannot read the address "${address}".`);
      return { sheet: this.state, box: parsed.box };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DoubleRange {
    return new DoubleRange(this.context, () => ({
      sheet: this.state,
      box: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount },
    }));
  }

  getCell(row: number, column: number): DoubleRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The smallest range holding everything on the sheet (values and formulas only, when asked); A1 on an empty sheet. */
  getUsedRange(valuesOnly = false): DoubleRange {
    return new DoubleRange(this.context, () => ({ sheet: this.state, box: usedBox(this.state, valuesOnly) }));
  }

  /** Raised after cells of the sheet change, by the user or through the API (events.ts). */
  get onChanged(): DoubleEventHandlers<Excel.TableChangedEventArgs> {
    return new DoubleEventHandlers(this.context, () => ({ sheet: this.state }));
  }
}

export class DoubleWorksheetProtection
  extends DoubleObject<SheetState>
  implements Modelled<Excel.WorksheetProtection, 'protected' | 'protect' | 'unprotect'>
{
  constructor(context: DoubleContext, resolve: () => SheetState) {
    super(context, 'WorksheetProtection', resolve);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { protected: () => this.state.protected };
  }

  get protected(): boolean {
    return this.read('protected');
  }

  protect(): void {
    this.context.enqueue(() => {
      this.state.protected = true;
    });
  }

  unprotect(): void {
    this.context.enqueue(() => {
      this.state.protected = false;
    });
  }
}

export class DoubleFreezePanes
  extends DoubleObject<SheetState>
  implements Modelled<Excel.WorksheetFreezePanes, 'freezeRows'>
{
  constructor(context: DoubleContext, resolve: () => SheetState) {
    super(context, 'WorksheetFreezePanes', resolve);
  }

  freezeRows(count = 1): void {
    this.context.enqueue(() => {
      assertEditable(this.state);
      this.state.frozenRows = count;
    });
  }
}

export type WorkbookSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleWorkbook, Excel.Workbook>>;
export type WorkbookProtectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleWorkbookProtection, Excel.WorkbookProtection>
>;
export type WorksheetCollectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleWorksheetCollection, Excel.WorksheetCollection>
>;
export type WorksheetSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleWorksheet, Excel.Worksheet, 'resolvedState'>>;
export type WorksheetProtectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleWorksheetProtection, Excel.WorksheetProtection>
>;
// `load` is the double's machinery here: Excel's WorksheetFreezePanes has nothing to load.
export type FreezePanesSpeakOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleFreezePanes, Excel.WorksheetFreezePanes, 'load'>
>;
