/** Range, its format, conditional formats and data validation, for the Excel double. */
import { formatAddress, intersects, parseAddress, type Box } from './addresses';
import { DoubleClientResult, DoubleObject, noteCells, noteRows, unmodelled, type DoubleContext } from './context';
import { recordChange } from './events';
import {
  assertEditable,
  cellAt,
  clearBox,
  DoubleError,
  formulaOf,
  growTable,
  numberFormatOf,
  setNumberFormat,
  valueOf,
  writeInput,
  type ConditionalFormatRecord,
  type DataValidationRecord,
  type SheetState,
  type TableState,
} from './state';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import { DoubleWorksheet } from './worksheet';
import { rangeStyle } from './rangeStyle';
import { recordRangeCalculation, specialCells, type DoubleRangeAreas } from './calculation';

export interface RangeState {
  sheet: SheetState;
  box: Box;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function checkedBox(box: Box): Box {
  if (
    box.rows < 1 ||
    box.cols < 1 ||
    box.row < 0 ||
    box.col < 0 ||
    box.row + box.rows > MAX_ROWS ||
    box.col + box.cols > MAX_COLS
  ) {
    throw new DoubleError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format (range outside the sheet).',
    );
  }
  return box;
}

function grid<T>(state: RangeState, cell: (row: number, col: number) => T): T[][] {
  const { box } = state;
  return Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.cols }, (_, c) => cell(box.row + r, box.col + c)),
  );
}

/**
 * Microsoft's co-authoring page: "Setting the Range values directly below the table automatically
 * expands the table", and "The table only automatically expands if data is present in the cells
 * directly below the table". Modelled for a write of whole rows of the table's columns, starting on
 * the row just below it, holding some data; the table grows first, so the new rows take its formats
 * and rules (a format the add-in set there beforehand stays). Whether Excel's "Include new rows and
 * columns in table" option can stop this is not said, so the layer resizes the table as well.
 */
function expandTableAbove(tables: readonly TableState[], sheet: SheetState, box: Box, input: unknown): void {
  const hasData = Array.isArray(input)
    ? input.some((row) => Array.isArray(row) && row.some((v) => v !== '' && v !== null && v !== undefined))
    : input !== '' && input !== null && input !== undefined;
  const table = tables.find(
    (t) => t.sheet === sheet && t.box.row + t.box.rows === box.row && t.box.col === box.col && t.box.cols === box.cols,
  );
  if (table && hasData) growTable(table, box.rows);
}

export class DoubleRange
  extends DoubleObject<RangeState>
  implements
    Modelled<
      Excel.Range,
      | 'address'
      | 'rowCount'
      | 'columnCount'
      | 'rowIndex'
      | 'columnIndex'
      | 'text'
      | 'values'
      | 'formulas'
      | 'numberFormat'
      | 'getCell'
      | 'getResizedRange'
      | 'getOffsetRange'
      | 'getRow'
      | 'getLastRow'
      | 'getColumn'
      | 'select'
      | 'clear'
      | 'getIntersectionOrNullObject'
      | 'getUsedRangeOrNullObject'
      | 'worksheet'
      | 'format'
      | 'conditionalFormats'
      | 'dataValidation'
      | 'getSpecialCellsOrNullObject'
      | 'setDirty'
      | 'calculate'
      | 'isNullObject'
      | 'context'
    >
{
  private formatProxy: DoubleRangeFormat | undefined;
  private cfProxy: DoubleConditionalFormats | undefined;
  private dvProxy: DoubleDataValidation | undefined;
  private sheetProxy: DoubleWorksheet | undefined;

  constructor(context: DoubleContext, resolve?: () => RangeState | undefined, nullable = false) {
    super(
      context,
      'Range',
      resolve
        ? () => {
            const s = resolve();
            return s && { sheet: s.sheet, box: checkedBox(s.box) };
          }
        : undefined,
      nullable,
    );
  }

  /** The resolved sheet and cells, for other double objects (tables.add with a Range). */
  resolvedState(): RangeState {
    return this.state;
  }

  protected override scalars(): Record<string, () => unknown> {
    const s = () => this.state;
    return {
      address: () => formatAddress(s().sheet.name, s().box),
      rowCount: () => s().box.rows,
      columnCount: () => s().box.cols,
      rowIndex: () => s().box.row,
      columnIndex: () => s().box.col,
      values: () => {
        noteRows(this.context.stats, 'rowsRead', s().box.rows);
        return grid(s(), (r, c) => valueOf(cellAt(s().sheet, r, c)));
      },
      formulas: () => grid(s(), (r, c) => formulaOf(cellAt(s().sheet, r, c))),
      numberFormat: () => grid(s(), (r, c) => numberFormatOf(cellAt(s().sheet, r, c))),
      text: () => grid(s(), (r, c) => String(valueOf(cellAt(s().sheet, r, c)))),
    };
  }

  protected override navigation(name: string): DoubleObject<unknown> | undefined {
    return name === 'worksheet' ? this.worksheet : name === 'format' ? this.format : undefined;
  }

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get text(): string[][] {
    return this.read('text');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.writeGrid(input, (sheet, r, c, v) => writeInput(sheet, r, c, v, 'values'), true);
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown) {
    this.writeGrid(input, (sheet, r, c, v) => writeInput(sheet, r, c, v, 'formulas'), true);
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.writeGrid(input, setNumberFormat, false);
  }

  /** A 2-D array the size of the range, or one value for every cell; checked when the batch runs. */
  private writeGrid(
    input: unknown,
    put: (sheet: SheetState, row: number, col: number, value: unknown) => void,
    raisesChange: boolean,
  ): void {
    const copy: unknown = Array.isArray(input)
      ? input.map((row: unknown) => (Array.isArray(row) ? [...row] : row))
      : input;
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      assertEditable(sheet);
      if (Array.isArray(copy)) {
        const ok = copy.length === box.rows && copy.every((row) => Array.isArray(row) && row.length === box.cols);
        if (!ok)
          throw new DoubleError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
      }
      if (raisesChange) expandTableAbove(this.context.book.tables, sheet, box, copy);
      let cells = 0;
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.cols; c++) {
          const value = Array.isArray(copy) ? (copy[r] as unknown[])[c] : copy;
          put(sheet, box.row + r, box.col + c, value);
          if (value !== null && value !== undefined) cells += 1;
        }
      }
      noteCells(this.context.stats, raisesChange ? 'cellsWritten' : 'formatsWritten', cells);
      if (raisesChange) {
        recordChange(this.context.book, sheet, box, 'RangeEdited'); // number formats raise no change event
        noteRows(this.context.stats, 'rowsWritten', box.rows);
      }
    }, copy);
  }

  private derive(f: (s: RangeState) => RangeState): DoubleRange {
    return new DoubleRange(this.context, () => f(this.state));
  }

  getCell(row: number, column: number): DoubleRange {
    return this.derive(({ sheet, box }) => ({
      sheet,
      box: { row: box.row + row, col: box.col + column, rows: 1, cols: 1 },
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): DoubleRange {
    return this.derive(({ sheet, box }) => ({
      sheet,
      box: { ...box, rows: box.rows + deltaRows, cols: box.cols + deltaColumns },
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): DoubleRange {
    return this.derive(({ sheet, box }) => ({
      sheet,
      box: { ...box, row: box.row + rowOffset, col: box.col + columnOffset },
    }));
  }

  getRow(row: number): DoubleRange {
    return this.derive(({ sheet, box }) => {
      if (row >= box.rows) throw new DoubleError('InvalidArgument', 'Row index outside the range.');
      return { sheet, box: { ...box, row: box.row + row, rows: 1 } };
    });
  }

  /** The range's last row (ExcelApi 1.1). */
  getLastRow(): DoubleRange {
    return this.derive(({ sheet, box }) => ({ sheet, box: { ...box, row: box.row + box.rows - 1, rows: 1 } }));
  }

  getColumn(column: number): DoubleRange {
    return this.derive(({ sheet, box }) => {
      if (column >= box.cols) throw new DoubleError('InvalidArgument', 'Column index outside the range.');
      return { sheet, box: { ...box, col: box.col + column, cols: 1 } };
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      const book = this.context.book;
      book.activeSheet = sheet;
      book.selection = { sheet, box: { ...box } };
      book.activeCell = { sheet, row: box.row, col: box.col };
    });
  }

  clear(applyTo: Parameters<Excel.Range['clear']>[0] = 'All'): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      if (applyTo !== 'All' && applyTo !== 'Contents' && applyTo !== 'Formats') throw unmodelled(`clear("${applyTo}")`);
      assertEditable(sheet);
      clearBox(sheet, box, applyTo);
      if (applyTo !== 'Formats') recordChange(this.context.book, sheet, box, 'RangeEdited');
    });
  }

  /** The cells this range shares with `other`; a null object when they share none. */
  getIntersectionOrNullObject(other: Excel.Range | DoubleRange | string): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const { sheet, box } = this.state;
        let theirs: Box;
        if (typeof other === 'string') {
          const parsed = parseAddress(other);
          if (!parsed) throw new DoubleError('InvalidArgument', `"${other}" is not an address.`);
          theirs = parsed.box;
        } else {
          const state = (other as unknown as DoubleRange).resolvedState(); // the double is given only its own ranges
          if (state.sheet !== sheet) return undefined;
          theirs = state.box;
        }
        if (!intersects(box, theirs)) return undefined;
        const row = Math.max(box.row, theirs.row);
        const col = Math.max(box.col, theirs.col);
        return {
          sheet,
          box: {
            row,
            col,
            rows: Math.min(box.row + box.rows, theirs.row + theirs.rows) - row,
            cols: Math.min(box.col + box.cols, theirs.col + theirs.cols) - col,
          },
        };
      },
      true,
    );
  }

  /**
   * The smallest block of this range holding every used cell (with a value or formula, and, unless
   * `valuesOnly`, a format); a null object when none is used (Range.getUsedRangeOrNullObject, ExcelApi 1.4).
   */
  getUsedRangeOrNullObject(valuesOnly = false): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const { sheet, box } = this.state;
        let top = Infinity;
        let left = Infinity;
        let bottom = -1;
        let right = -1;
        for (let r = box.row; r < box.row + box.rows; r++) {
          for (let c = box.col; c < box.col + box.cols; c++) {
            const cell = cellAt(sheet, r, c);
            if (!cell || (valuesOnly && cell.formula === undefined && cell.value === '')) continue;
            top = Math.min(top, r);
            left = Math.min(left, c);
            bottom = Math.max(bottom, r);
            right = Math.max(right, c);
          }
        }
        return bottom < 0
          ? undefined
          : { sheet, box: { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 } };
      },
      true,
    );
  }

  /** Formula cells only (calculation.ts); Excel's other kinds of special cells are not modelled. */
  getSpecialCellsOrNullObject(
    cellType: Parameters<Excel.Range['getSpecialCellsOrNullObject']>[0],
    cellValueType?: Parameters<Excel.Range['getSpecialCellsOrNullObject']>[1],
  ): DoubleRangeAreas {
    return specialCells(
      this.context,
      () => this.state,
      (state) => new DoubleRange(this.context, () => state),
      cellType,
      cellValueType,
    );
  }

  /** Recorded (calculation.ts): the cells are to be calculated at the next calculation (ExcelApi 1.9). */
  setDirty(): void {
    this.context.enqueue(() => recordRangeCalculation(this.context.book, 'setDirty', this.state));
  }

  /** Recorded (calculation.ts): the double does not calculate (ExcelApi 1.6). */
  calculate(): void {
    this.context.enqueue(() => recordRangeCalculation(this.context.book, 'calculate', this.state));
  }

  get worksheet(): DoubleWorksheet {
    this.sheetProxy ??= new DoubleWorksheet(this.context, () => this.state.sheet);
    return this.sheetProxy;
  }

  get format(): DoubleRangeFormat {
    this.formatProxy ??= new DoubleRangeFormat(this.context, () => this.state);
    return this.formatProxy;
  }

  get conditionalFormats(): DoubleConditionalFormats {
    this.cfProxy ??= new DoubleConditionalFormats(this.context, () => this.state);
    return this.cfProxy;
  }

  get dataValidation(): DoubleDataValidation {
    this.dvProxy ??= new DoubleDataValidation(this.context, () => this.state);
    return this.dvProxy;
  }
}

export class DoubleRangeFormat
  extends DoubleObject<RangeState>
  implements Modelled<Excel.RangeFormat, 'columnWidth' | 'autofitColumns'>
{
  constructor(context: DoubleContext, resolve: () => RangeState) {
    super(context, 'RangeFormat', resolve);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { columnWidth: () => this.state.sheet.columnWidths.get(this.state.box.col) ?? 48 };
  }

  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      assertEditable(sheet);
      for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, points);
    });
  }

  get font() {
    return rangeStyle(this.context, () => this.state).font;
  }
  get fill() {
    return rangeStyle(this.context, () => this.state).fill;
  }
  set wrapText(on: boolean) {
    rangeStyle(this.context, () => this.state).setWrapText(on);
  }

  /** Recorded, not measured: the double has no fonts. */
  autofitColumns(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      assertEditable(sheet);
      sheet.autofitted.push({ ...box });
    });
  }
}

const CF_TYPES = ['Custom', 'ContainsText', 'CellValue'] as const;

export class DoubleConditionalFormats
  extends DoubleObject<RangeState>
  implements Modelled<Excel.ConditionalFormatCollection, 'add' | 'clearAll' | 'getCount'>
{
  constructor(context: DoubleContext, resolve: () => RangeState) {
    super(context, 'ConditionalFormatCollection', resolve);
  }

  add(type: string): DoubleConditionalFormat {
    const cf = new DoubleConditionalFormat(this.context);
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      assertEditable(sheet);
      if (!(CF_TYPES as readonly string[]).includes(type))
        throw new DoubleError(
          'InvalidArgument',
          `The Excel double models conditional formats of type ${CF_TYPES.join(', ')}, not ${type}.`,
        );
      const record: ConditionalFormatRecord = { type, address: formatAddress(sheet.name, box), box: { ...box } };
      sheet.conditionalFormats.push(record);
      cf.bind(record);
    });
    return cf;
  }

  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      assertEditable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.box, box));
    });
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.context, () => {
      const { sheet, box } = this.state;
      return sheet.conditionalFormats.filter((cf) => intersects(cf.box, box)).length;
    });
  }
}

export class DoubleConditionalFormat
  extends DoubleObject<ConditionalFormatRecord>
  implements Modelled<Excel.ConditionalFormat, 'type' | 'custom' | 'cellValue' | 'textComparison'>
{
  constructor(context: DoubleContext) {
    super(context, 'ConditionalFormat');
  }

  protected override scalars(): Record<string, () => unknown> {
    return { type: () => this.state.type };
  }

  get type(): Excel.ConditionalFormat['type'] {
    return this.read('type');
  }
  get custom(): ConditionalFormatPart {
    return new ConditionalFormatPart(this.context, () => this.state, 'Custom');
  }
  get cellValue(): ConditionalFormatPart {
    return new ConditionalFormatPart(this.context, () => this.state, 'CellValue');
  }
  get textComparison(): ConditionalFormatPart {
    return new ConditionalFormatPart(this.context, () => this.state, 'ContainsText');
  }
}

/** `cf.custom`, `cf.cellValue` or `cf.textComparison`: its rule and its format's fill and font colours. */
class ConditionalFormatPart {
  constructor(
    private readonly context: DoubleContext,
    private readonly record: () => ConditionalFormatRecord,
    private readonly type: string,
  ) {}

  private change(f: (record: ConditionalFormatRecord) => void): void {
    this.context.enqueue(() => {
      const record = this.record();
      if (record.type !== this.type)
        throw new DoubleError(
          'InvalidArgument',
          `This conditional format is of type ${record.type}, not ${this.type}.`,
        );
      f(record);
    });
  }

  /** Custom rules are written as `cf.custom.rule.formula = "=…"` (A1) or `cf.custom.rule.formulaR1C1 = "=…"`. */
  get rule(): { formula: string; formulaR1C1: string } {
    const change = (key: 'formula' | 'formulaR1C1', formula: string) =>
      this.change((r) => {
        r.rule = { [key]: formula };
      });
    const unread = (): string => {
      throw new DoubleError(
        'PropertyNotLoaded',
        'The Excel double does not read rules back; inspect the workbook instead.',
      );
    };
    return {
      get formula(): string {
        return unread();
      },
      set formula(formula: string) {
        change('formula', formula);
      },
      get formulaR1C1(): string {
        return unread();
      },
      set formulaR1C1(formula: string) {
        change('formulaR1C1', formula);
      },
    };
  }

  set rule(rule: object) {
    const copy = { ...rule };
    this.change((r) => {
      r.rule = copy;
    });
  }

  get format(): { fill: { color: string }; font: { color: string } } {
    const set = (key: 'fillColor' | 'fontColor') => (color: string) =>
      this.change((r) => {
        r[key] = color;
      });
    const fill = set('fillColor');
    const font = set('fontColor');
    const unread = (): string => {
      throw new DoubleError(
        'PropertyNotLoaded',
        'The Excel double does not read formats back; inspect the workbook instead.',
      );
    };
    return {
      fill: {
        get color() {
          return unread();
        },
        set color(c: string) {
          fill(c);
        },
      },
      font: {
        get color() {
          return unread();
        },
        set color(c: string) {
          font(c);
        },
      },
    };
  }
}

export class DoubleDataValidation
  extends DoubleObject<RangeState>
  implements Modelled<Excel.DataValidation, 'rule' | 'errorAlert' | 'prompt' | 'clear'>
{
  constructor(context: DoubleContext, resolve: () => RangeState) {
    super(context, 'DataValidation', resolve);
  }

  private recordFor(): DataValidationRecord {
    const { sheet, box } = this.state;
    assertEditable(sheet);
    let record = sheet.dataValidations.find(
      (dv) => dv.box.row === box.row && dv.box.col === box.col && dv.box.rows === box.rows && dv.box.cols === box.cols,
    );
    if (!record) {
      sheet.dataValidations = sheet.dataValidations.filter((dv) => !intersects(dv.box, box));
      record = { address: formatAddress(sheet.name, box), box: { ...box }, rule: undefined };
      sheet.dataValidations.push(record);
    }
    return record;
  }

  protected override scalars(): Record<string, () => unknown> {
    return {
      rule: () => this.state.sheet.dataValidations.find((dv) => intersects(dv.box, this.state.box))?.rule ?? {},
    };
  }

  get rule(): unknown {
    return this.read('rule');
  }
  set rule(rule: unknown) {
    const copy = JSON.parse(JSON.stringify(rule)) as unknown;
    this.context.enqueue(() => {
      this.recordFor().rule = copy;
    });
  }

  set errorAlert(alert: unknown) {
    const copy = JSON.parse(JSON.stringify(alert)) as unknown;
    this.context.enqueue(() => {
      this.recordFor().errorAlert = copy;
    });
  }

  set prompt(prompt: unknown) {
    const copy = JSON.parse(JSON.stringify(prompt)) as unknown;
    this.context.enqueue(() => {
      this.recordFor().prompt = copy;
    });
  }

  clear(): void {
    this.context.enqueue(() => {
      const { sheet, box } = this.state;
      assertEditable(sheet);
      sheet.dataValidations = sheet.dataValidations.filter((dv) => !intersects(dv.box, box));
    });
  }
}

export type RangeSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleRange, Excel.Range, 'resolvedState'>>;
export type RangeFormatSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleRangeFormat, Excel.RangeFormat>>;
export type ConditionalFormatsSpeakOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleConditionalFormats, Excel.ConditionalFormatCollection>
>;
export type ConditionalFormatSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleConditionalFormat, Excel.ConditionalFormat>
>;
export type DataValidationSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleDataValidation, Excel.DataValidation>>;
