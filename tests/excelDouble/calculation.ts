/**
 * Calculation in the Excel double (README: Calculation): the workbook's calculation mode, formula cells
 * found with `getSpecialCellsOrNullObject('Formulas')`, and `Range.setDirty` / `Range.calculate`,
 * recorded per range (the double does not calculate). What a test checks is which cells the layer
 * marked dirty and asked Excel to calculate, and that it asked for no calculation in Manual mode.
 */
import { formatAddress, intersects, type Box } from './addresses';
import { DoubleCollection, DoubleObject, unmodelled, type DoubleContext } from './context';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import type { DoubleRange, RangeState } from './range';
import type { SheetState, WorkbookState } from './state';

export type CalculationMode = 'Automatic' | 'AutomaticExceptTables' | 'Manual';

/** One range marked dirty (`setDirty`) or calculated (`calculate`), as "Sheet!A1:B2". */
export interface RangeCalculation {
  kind: 'setDirty' | 'calculate';
  address: string;
}

interface CalculationState {
  mode: CalculationMode;
  ranges: RangeCalculation[];
}

const states = new WeakMap<WorkbookState, CalculationState>();

export function calculationOf(book: WorkbookState): CalculationState {
  let state = states.get(book);
  if (!state) {
    state = { mode: 'Automatic', ranges: [] };
    states.set(book, state);
  }
  return state;
}

/** Records a range's setDirty or calculate (neither needs the sheet to be unprotected: nothing is written). */
export function recordRangeCalculation(book: WorkbookState, kind: RangeCalculation['kind'], range: RangeState): void {
  calculationOf(book).ranges.push({ kind, address: formatAddress(range.sheet.name, range.box) });
}

/**
 * The cells of `box` holding a formula, as areas: each column's runs of consecutive formula cells, left
 * to right. Excel documents no particular split into areas, only that they cover the cells found.
 */
export function formulaAreas(sheet: SheetState, box: Box): Box[] {
  const cells: { row: number; col: number }[] = [];
  for (const [key, cell] of sheet.cells) {
    if (cell.formula === undefined) continue;
    const [row, col] = key.split(',').map(Number);
    if (intersects(box, { row, col, rows: 1, cols: 1 })) cells.push({ row, col });
  }
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  const areas: Box[] = [];
  for (const { row, col } of cells) {
    const last = areas[areas.length - 1];
    if (last && last.col === col && last.row + last.rows === row) last.rows += 1;
    else areas.push({ row, col, rows: 1, cols: 1 });
  }
  return areas;
}

/** Makes a Range proxy for cells (range.ts passes it, so this module does not import range.ts). */
type MakeRange = (state: RangeState) => DoubleRange;

/** `RangeAreas.areas`: one Range per area. */
export class DoubleRangeAreaCollection extends DoubleCollection<{ sheet: SheetState; areas: Box[] }, DoubleRange, Box> {
  constructor(
    context: DoubleContext,
    resolve: () => { sheet: SheetState; areas: Box[] },
    private readonly makeRange: MakeRange,
  ) {
    super(context, 'RangeCollection', resolve);
  }

  protected members(): Box[] {
    return this.state.areas;
  }
  protected makeItem(box: Box): DoubleRange {
    return this.makeRange({ sheet: this.state.sheet, box });
  }
}

/**
 * What `getSpecialCellsOrNullObject('Formulas')` returns: a null object when the range holds no
 * formula, else its areas (`areas/items/…` loads) and `cellCount`.
 */
export class DoubleRangeAreas
  extends DoubleObject<{ sheet: SheetState; areas: Box[] }>
  implements Modelled<Excel.RangeAreas, 'areas' | 'cellCount' | 'isNullObject'>
{
  private areasProxy: DoubleRangeAreaCollection | undefined;

  constructor(
    context: DoubleContext,
    resolve: () => { sheet: SheetState; areas: Box[] } | undefined,
    private readonly makeRange: MakeRange,
  ) {
    super(context, 'RangeAreas', resolve, true);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { cellCount: () => this.state.areas.reduce((n, a) => n + a.rows * a.cols, 0) };
  }

  protected override navigation(name: string): DoubleObject<unknown> | undefined {
    return name === 'areas' ? this.areas : undefined;
  }

  get areas(): DoubleRangeAreaCollection {
    this.areasProxy ??= new DoubleRangeAreaCollection(this.context, () => this.state, this.makeRange);
    return this.areasProxy;
  }

  get cellCount(): number {
    return this.read('cellCount');
  }
}

/** The special cells the double finds: formulas only (anything else is refused at sync). */
export function specialCells(
  context: DoubleContext,
  range: () => RangeState,
  makeRange: MakeRange,
  cellType: string,
  cellValueType?: string,
): DoubleRangeAreas {
  return new DoubleRangeAreas(
    context,
    () => {
      if (cellType !== 'Formulas' || (cellValueType !== undefined && cellValueType !== 'All'))
        throw unmodelled(`getSpecialCells("${cellType}", "${cellValueType ?? ''}")`);
      const { sheet, box } = range();
      const areas = formulaAreas(sheet, box);
      return areas.length === 0 ? undefined : { sheet, areas };
    },
    makeRange,
  );
}

export type RangeAreasSpeakOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleRangeAreas, Excel.RangeAreas>>;
export type RangeAreaCollectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleRangeAreaCollection, Excel.RangeCollection>
>;
