/** Tables (ListObjects) for the Excel double: names unique in the workbook, header row, data body, rows and columns. */
import { intersects, parseAddress, type Box } from './addresses';
import {
  DoubleClientResult,
  DoubleCollection,
  DoubleObject,
  noteCells,
  noteRows,
  unmodelled,
  type DoubleContext,
} from './context';
import { DoubleEventHandlers, recordChange, recordTableAdded, recordTableDeleted } from './events';
import { DoubleRange, type RangeState } from './range';
import {
  assertEditable,
  cellAt,
  clearBox,
  DoubleError,
  findSheet,
  findTable,
  sameName,
  growTable,
  nextId,
  shiftDown,
  shiftRight,
  tablesOverlapping,
  validateTableName,
  valueOf,
  writeInput,
  type SheetState,
  type TableState,
} from './state';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import { DoubleWorksheet } from './worksheet';

export function headerNames(table: TableState): string[] {
  return Array.from({ length: table.box.cols }, (_, c) =>
    String(valueOf(cellAt(table.sheet, table.box.row, table.box.col + c))),
  );
}

interface Scope {
  /** Undefined for the workbook's collection. */
  sheet?: SheetState;
}

export class DoubleTableCollection
  extends DoubleCollection<Scope, DoubleTable, TableState>
  implements
    Modelled<
      Excel.TableCollection,
      'count' | 'getItem' | 'getItemOrNullObject' | 'getCount' | 'add' | 'items' | 'onDeleted' | 'onAdded'
    >
{
  constructor(context: DoubleContext, sheet?: () => SheetState) {
    super(context, 'TableCollection', sheet ? () => ({ sheet: sheet() }) : undefined);
    if (!sheet) this.bind({});
  }

  protected members(): TableState[] {
    const { sheet } = this.state;
    return this.context.book.tables.filter((t) => sheet === undefined || t.sheet === sheet);
  }

  protected makeItem(table: TableState): DoubleTable {
    return new DoubleTable(this.context, () => table);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { count: () => this.members().length };
  }

  get count(): number {
    return this.read('count');
  }

  private find(name: string): TableState | undefined {
    const found = findTable(this.context.book, name);
    return found && this.members().includes(found) ? found : undefined;
  }

  getItem(name: string): DoubleTable {
    return new DoubleTable(this.context, () => this.find(name), false, `The table "${name}" does not exist.`);
  }

  getItemOrNullObject(name: string): DoubleTable {
    return new DoubleTable(this.context, () => this.find(name), true);
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.context, () => this.members().length);
  }

  /**
   * Raised after a table of the workbook is deleted (ExcelApi 1.9, events.ts). Only the workbook's
   * collection: what a sheet's collection raises is not documented, so it is refused.
   */
  get onDeleted(): DoubleEventHandlers<Excel.TableDeletedEventArgs> {
    return new DoubleEventHandlers(this.context, () => {
      if (this.state.sheet !== undefined) throw unmodelled("onDeleted of a worksheet's tables");
      return { deleted: 'TableDeleted' };
    });
  }

  /**
   * Raised after a table is added to the workbook (ExcelApi 1.7, events.ts), by `tables.add`. Only the
   * workbook's collection, as for onDeleted.
   */
  get onAdded(): DoubleEventHandlers<Excel.TableAddedEventArgs> {
    return new DoubleEventHandlers(this.context, () => {
      if (this.state.sheet !== undefined) throw unmodelled("onAdded of a worksheet's tables");
      return { added: 'TableAdded' };
    });
  }

  add(address: Excel.Range | DoubleRange | string, hasHeaders: boolean): DoubleTable {
    if (!hasHeaders) throw new Error('The Excel double models tables.add(address, true) only.');
    const proxy = new DoubleTable(this.context);
    this.context.enqueue(() => {
      const book = this.context.book;
      let where: RangeState;
      if (typeof address === 'string') {
        const parsed = parseAddress(address);
        if (!parsed) throw new DoubleError('InvalidArgument', `"${address}" is not an address.`);
        const sheet =
          parsed.sheet !== undefined ? findSheet(book, parsed.sheet) : (this.state.sheet ?? book.activeSheet);
        if (!sheet) throw new DoubleError('ItemNotFound', `The worksheet "${parsed.sheet}" does not exist.`);
        where = { sheet, box: parsed.box };
      } else {
        where = (address as unknown as DoubleRange).resolvedState(); // the double is given only its own ranges
      }
      if (this.state.sheet && where.sheet !== this.state.sheet)
        throw new DoubleError('InvalidArgument', 'The range is not on this worksheet.');
      assertEditable(where.sheet);
      const box: Box = { ...where.box, rows: Math.max(2, where.box.rows) };
      if (tablesOverlapping(book, where.sheet, box).length > 0)
        throw new DoubleError('InvalidArgument', "A table can't overlap another table.");
      for (let c = 0; c < box.cols; c++) {
        const header = valueOf(cellAt(where.sheet, box.row, box.col + c));
        if (header === '') writeInput(where.sheet, box.row, box.col + c, `Column${c + 1}`, 'values');
        else if (typeof header !== 'string') writeInput(where.sheet, box.row, box.col + c, `'${header}`, 'values');
      }
      let name = `Table${++book.tableCounter}`;
      while (findTable(book, name)) name = `Table${++book.tableCounter}`;
      const table: TableState = {
        id: nextId(book, 'table'),
        name,
        sheet: where.sheet,
        box,
        style: 'TableStyleMedium2',
        showBandedRows: true,
      };
      book.tables.push(table);
      recordTableAdded(book, table);
      proxy.bind(table);
    });
    return proxy;
  }
}

export class DoubleTable
  extends DoubleObject<TableState>
  implements
    Modelled<
      Excel.Table,
      | 'id'
      | 'rows'
      | 'columns'
      | 'name'
      | 'style'
      | 'showBandedRows'
      | 'worksheet'
      | 'onChanged'
      | 'getRange'
      | 'getHeaderRowRange'
      | 'getDataBodyRange'
      | 'convertToRange'
      | 'delete'
      | 'resize'
      | 'isNullObject'
    >
{
  private sheetProxy: DoubleWorksheet | undefined;
  private rowsProxy: DoubleTableRows | undefined;
  private columnsProxy: DoubleTableColumns | undefined;

  constructor(context: DoubleContext, resolve?: () => TableState | undefined, nullable = false, missing?: string) {
    super(context, 'Table', resolve, nullable, missing);
  }

  // Created on first use, so they resolve after the table (tables.add binds it in its own operation).
  get rows(): DoubleTableRows {
    this.rowsProxy ??= new DoubleTableRows(this.context, this);
    return this.rowsProxy;
  }

  get columns(): DoubleTableColumns {
    this.columnsProxy ??= new DoubleTableColumns(this.context, this);
    return this.columnsProxy;
  }

  /** The resolved table, for its rows and columns. */
  resolvedState(): TableState {
    return this.state;
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      id: () => this.state.id,
      name: () => this.state.name,
      style: () => this.state.style,
      showBandedRows: () => this.state.showBandedRows,
      showHeaders: () => true,
      showTotals: () => false,
    };
  }

  protected override navigation(name: string): DoubleObject<unknown> | undefined {
    return name === 'worksheet'
      ? this.worksheet
      : name === 'rows'
        ? this.rows
        : name === 'columns'
          ? this.columns
          : undefined;
  }

  private change(f: (t: TableState) => void): void {
    this.context.enqueue(() => {
      assertEditable(this.state.sheet);
      f(this.state);
    });
  }

  get id(): string {
    return this.read('id');
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.change((t) => {
      validateTableName(this.context.book, name, t);
      t.name = name;
    });
  }

  get style(): string {
    return this.read('style');
  }
  set style(style: string) {
    this.change((t) => {
      t.style = style;
    });
  }

  get showBandedRows(): boolean {
    return this.read('showBandedRows');
  }
  set showBandedRows(on: boolean) {
    this.change((t) => {
      t.showBandedRows = on;
    });
  }

  get worksheet(): DoubleWorksheet {
    this.sheetProxy ??= new DoubleWorksheet(this.context, () => this.state.sheet);
    return this.sheetProxy;
  }

  /** Raised after cells of the table change, by the user or through the API (events.ts). */
  get onChanged(): DoubleEventHandlers<Excel.TableChangedEventArgs> {
    return new DoubleEventHandlers(this.context, () => ({ table: this.state }));
  }

  private part(f: (box: Box) => Box): DoubleRange {
    return new DoubleRange(this.context, () => ({ sheet: this.state.sheet, box: f(this.state.box) }));
  }

  getRange(): DoubleRange {
    return this.part((b) => ({ ...b }));
  }
  getHeaderRowRange(): DoubleRange {
    return this.part((b) => ({ ...b, rows: 1 }));
  }
  getDataBodyRange(): DoubleRange {
    return this.part((b) => ({ ...b, row: b.row + 1, rows: b.rows - 1 }));
  }

  /** Stops being a table; the cells, formats and conditional formats stay. */
  convertToRange(): DoubleRange {
    const range = new DoubleRange(this.context);
    this.context.enqueue(() => {
      const table = this.state;
      assertEditable(table.sheet);
      const book = this.context.book;
      book.tables = book.tables.filter((t) => t !== table);
      range.bind({ sheet: table.sheet, box: { ...table.box } });
    });
    return range;
  }

  /**
   * Resizes the table over `newRange` (ExcelApi 1.13: "The new range must overlap with the original
   * table range and the headers (or the top of the table) must be in the same row"). No cell moves or
   * changes, and the new rows keep their own number formats; rules covering a whole data column grow
   * with the table, as when rows are added. The layer only lengthens a table, so only that is modelled.
   */
  resize(newRange: Excel.Range | DoubleRange | string): void {
    this.context.enqueue(() => {
      const t = this.state;
      assertEditable(t.sheet);
      let box: Box;
      if (typeof newRange === 'string') {
        const parsed = parseAddress(newRange);
        if (!parsed || (parsed.sheet !== undefined && !sameName(parsed.sheet, t.sheet.name)))
          throw new DoubleError('InvalidArgument', `"${newRange}" is not an address on the table's sheet.`);
        box = parsed.box;
      } else {
        const where = (newRange as unknown as DoubleRange).resolvedState(); // the double is given only its own ranges
        if (where.sheet !== t.sheet) throw new DoubleError('InvalidArgument', "The range is not on the table's sheet.");
        box = where.box;
      }
      if (box.row !== t.box.row || box.rows < 2 || !intersects(box, t.box))
        throw new DoubleError(
          'InvalidArgument',
          'The new range must overlap the table and have its headers in the same row, with at least one data row.',
        );
      if (box.col !== t.box.col || box.cols !== t.box.cols || box.rows < t.box.rows)
        throw unmodelled('Table.resize other than adding rows at the bottom');
      if (tablesOverlapping(this.context.book, t.sheet, box).some((other) => other !== t))
        throw new DoubleError('InvalidArgument', "A table can't overlap another table.");
      growTable(t, box.rows - t.box.rows, false);
    });
  }

  /**
   * Deletes the table, and what its cells hold with it (ExcelApi 1.1; convertToRange keeps the cells).
   * Raises TableCollection.onDeleted after the batch (events.ts).
   */
  delete(): void {
    this.context.enqueue(() => {
      const table = this.state;
      assertEditable(table.sheet);
      const book = this.context.book;
      book.tables = book.tables.filter((t) => t !== table);
      clearBox(table.sheet, table.box, 'All');
      recordTableDeleted(book, table);
    });
  }
}

export class DoubleTableRows
  extends DoubleObject<TableState>
  implements Modelled<Excel.TableRowCollection, 'count' | 'getCount' | 'add'>
{
  constructor(
    context: DoubleContext,
    private readonly table: DoubleTable,
  ) {
    super(context, 'TableRowCollection', () => table.resolvedState());
  }

  protected override scalars(): Record<string, () => unknown> {
    return { count: () => this.state.box.rows - 1 };
  }

  get count(): number {
    return this.read('count');
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.context, () => this.table.resolvedState().box.rows - 1);
  }

  /**
   * Inserts rows (at the end when index is null/undefined), moving the cells below down in the
   * table's columns. Columns whose every data cell holds the same formula are calculated columns:
   * new rows get that formula where no value was given. Conditional formats and validation rules
   * covering a whole data column grow with the table, as in Excel.
   */
  add(index?: number, values?: Parameters<Excel.TableRowCollection['add']>[1]): void {
    const copy = Array.isArray(values) ? values.map((row) => [...row]) : values;
    this.context.enqueue(() => {
      if (copy !== undefined && !Array.isArray(copy)) throw unmodelled('rows.add with one value for every cell');
      const t = this.table.resolvedState();
      assertEditable(t.sheet);
      const dataRows = t.box.rows - 1;
      const at = index === null || index === undefined || index === -1 ? dataRows : index;
      if (at < 0 || at > dataRows) throw new DoubleError('InvalidArgument', 'Row index outside the table.');
      const input = copy ?? [Array.from({ length: t.box.cols }, () => '')];
      if (input.some((row) => row.length !== t.box.cols))
        throw new DoubleError('InvalidArgument', "The number of columns in the input array doesn't match the table.");
      const dataTop = t.box.row + 1;
      const calculated = Array.from({ length: t.box.cols }, (_, c) => {
        const formulas = Array.from(
          { length: dataRows },
          (_, r) => cellAt(t.sheet, dataTop + r, t.box.col + c)?.formula,
        );
        return formulas.length > 0 && formulas.every((f) => f !== undefined && f === formulas[0])
          ? formulas[0]
          : undefined;
      });
      shiftDown(t.sheet, dataTop + at, t.box.col, t.box.cols, input.length);
      growTable(t, input.length);
      input.forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = calculated[c];
          const given = value !== '' && value !== null && value !== undefined;
          writeInput(
            t.sheet,
            dataTop + at + r,
            t.box.col + c,
            given || formula === undefined ? value : formula,
            given ? 'values' : 'formulas',
          );
        }),
      );
      recordChange(
        this.context.book,
        t.sheet,
        { row: dataTop + at, col: t.box.col, rows: input.length, cols: t.box.cols },
        'RowInserted',
      );
      noteRows(this.context.stats, 'rowsWritten', input.length);
      noteCells(this.context.stats, 'cellsWritten', input.length * t.box.cols);
    }, copy);
  }
}

interface ColumnState {
  table: TableState;
  index: number;
}

export class DoubleTableColumns
  extends DoubleCollection<TableState, DoubleTableColumn, number>
  implements Modelled<Excel.TableColumnCollection, 'count' | 'add' | 'getItem' | 'items'>
{
  constructor(
    context: DoubleContext,
    private readonly table: DoubleTable,
  ) {
    super(context, 'TableColumnCollection', () => table.resolvedState());
  }

  protected members(): number[] {
    return Array.from({ length: this.state.box.cols }, (_, i) => i);
  }

  protected makeItem(index: number): DoubleTableColumn {
    return new DoubleTableColumn(this.context, () => ({ table: this.state, index }));
  }

  protected override scalars(): Record<string, () => unknown> {
    return { count: () => this.state.box.cols };
  }

  get count(): number {
    return this.read('count');
  }

  /**
   * Inserts a column (at the end when index is undefined/null), moving the cells to its right over in
   * the table's rows. `values` (header first) may be one value for every cell; `name` is the header.
   */
  add(index?: number | null, values?: unknown, name?: string): DoubleTableColumn {
    const column = new DoubleTableColumn(this.context);
    this.context.enqueue(() => {
      const t = this.table.resolvedState();
      assertEditable(t.sheet);
      const at = index === null || index === undefined ? t.box.cols : index;
      if (at < 0 || at > t.box.cols) throw new DoubleError('InvalidArgument', 'Column index outside the table.');
      const sheetCol = t.box.col + at;
      // At the end, an empty column beside the table is taken over; otherwise cells move right, in the table's rows.
      const besideIsEmpty =
        at === t.box.cols &&
        Array.from({ length: t.box.rows }, (_, r) => cellAt(t.sheet, t.box.row + r, sheetCol)).every(
          (c) => c === undefined,
        );
      if (!besideIsEmpty) shiftRight(t.sheet, t.box.row, t.box.rows, sheetCol, 1);
      for (const record of [...t.sheet.conditionalFormats, ...t.sheet.dataValidations]) {
        if (
          record.box.col >= sheetCol &&
          record.box.row >= t.box.row &&
          record.box.row + record.box.rows <= t.box.row + t.box.rows
        )
          record.box.col += 1;
      }
      t.box = { ...t.box, cols: t.box.cols + 1 };
      const grid = Array.isArray(values) ? (values as unknown[][]) : undefined;
      for (let r = 0; r < t.box.rows; r++) {
        const given = grid ? grid[r]?.[0] : values;
        const entry = r === 0 && name !== undefined ? name : given;
        writeInput(t.sheet, t.box.row + r, sheetCol, entry ?? (r === 0 ? `Column${at + 1}` : ''), 'values');
      }
      column.bind({ table: t, index: at });
      recordChange(
        this.context.book,
        t.sheet,
        { row: t.box.row, col: sheetCol, rows: t.box.rows, cols: 1 },
        'ColumnInserted',
      );
    }, values);
    return column;
  }

  /** By name, or by index (0-based). */
  getItem(key: string | number): DoubleTableColumn {
    return new DoubleTableColumn(
      this.context,
      () => {
        const t = this.table.resolvedState();
        const index =
          typeof key === 'number' ? (key < t.box.cols ? key : -1) : headerNames(t).findIndex((h) => sameName(h, key));
        return index < 0 ? undefined : { table: t, index };
      },
      `The table has no column "${key}".`,
    );
  }
}

export class DoubleTableColumn
  extends DoubleObject<ColumnState>
  implements Modelled<Excel.TableColumn, 'name' | 'index' | 'getHeaderRowRange' | 'getDataBodyRange' | 'getRange'>
{
  constructor(context: DoubleContext, resolve?: () => ColumnState | undefined, missing?: string) {
    super(context, 'TableColumn', resolve, false, missing);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { name: () => headerNames(this.state.table)[this.state.index], index: () => this.state.index };
  }

  get name(): string {
    return this.read('name');
  }
  get index(): number {
    return this.read('index');
  }

  private part(top: 'header' | 'body' | 'all'): DoubleRange {
    return new DoubleRange(this.context, () => {
      const { table, index } = this.state;
      const b = table.box;
      const col = b.col + index;
      if (top === 'header') return { sheet: table.sheet, box: { row: b.row, col, rows: 1, cols: 1 } };
      if (top === 'body') return { sheet: table.sheet, box: { row: b.row + 1, col, rows: b.rows - 1, cols: 1 } };
      return { sheet: table.sheet, box: { row: b.row, col, rows: b.rows, cols: 1 } };
    });
  }

  getHeaderRowRange(): DoubleRange {
    return this.part('header');
  }
  getDataBodyRange(): DoubleRange {
    return this.part('body');
  }
  getRange(): DoubleRange {
    return this.part('all');
  }
}

export type TableCollectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleTableCollection, Excel.TableCollection>
>;
export type TableSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleTable, Excel.Table, 'resolvedState'>>;
export type TableRowsSpeakOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleTableRows, Excel.TableRowCollection>>;
export type TableColumnsSpeakOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleTableColumns, Excel.TableColumnCollection>>;
export type TableColumnSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleTableColumn, Excel.TableColumn>>;
