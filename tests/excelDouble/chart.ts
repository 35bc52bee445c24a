/**
 * Charts for the Excel double (worksheet.charts): add, getItem, items/name, name, title.text,
 * series (getItemAt, add, name, setValues, setXAxisValues, format.line colour and style, points with
 * markers and a data label), setPosition, delete and getImage. A series keeps the ranges it was given, not copies of the values,
 * as an Excel chart reads its source cells; getImage draws them (png.ts). See README.md for the
 * Office.js behaviours modelled and where Microsoft documents them.
 */
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import { parseAddress, type Box } from './addresses';
import { DoubleClientResult, DoubleCollection, DoubleObject, type DoubleContext } from './context';
import { lineChartPng } from './png';
import type { DoubleRange } from './range';
import { assertEditable, cellAt, DoubleError, type SheetState, valueOf, sameName } from './state';

export interface SourceRef {
  sheet: SheetState;
  box: Box;
}

export interface PointState {
  index: number;
  markerStyle?: string;
  markerSize?: number;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  hasDataLabel?: boolean;
  dataLabelText?: string;
}

export interface LineState {
  color?: string;
  lineStyle?: string;
}

export interface SeriesState {
  name: string;
  values?: SourceRef;
  xValues?: SourceRef;
  points: PointState[];
  line?: LineState;
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  series: SeriesState[];
  position?: { start: string; end?: string };
}

const chartsBySheet = new WeakMap<SheetState, ChartState[]>();

export function chartsOf(sheet: SheetState): ChartState[] {
  let charts = chartsBySheet.get(sheet);
  if (!charts) {
    charts = [];
    chartsBySheet.set(sheet, charts);
  }
  return charts;
}

/** The values a source range holds now: numbers, and undefined for blanks and text. */
export function sourceValues(ref: SourceRef | undefined): (number | undefined)[] {
  if (!ref) return [];
  const out: (number | undefined)[] = [];
  for (let r = 0; r < ref.box.rows; r++) {
    for (let c = 0; c < ref.box.cols; c++) {
      const v = valueOf(cellAt(ref.sheet, ref.box.row + r, ref.box.col + c));
      out.push(typeof v === 'number' ? v : undefined);
    }
  }
  return out;
}

/** A one-column or one-row range: what a series' values or category labels come from. */
function sourceOf(range: Excel.Range | DoubleRange): SourceRef {
  const { sheet, box } = (range as unknown as DoubleRange).resolvedState(); // the double is given only its own ranges
  if (box.rows !== 1 && box.cols !== 1)
    throw new DoubleError('InvalidArgument', 'A series takes its values from a single row or column.');
  return { sheet, box: { ...box } };
}

export class DoubleChartCollection
  extends DoubleCollection<SheetState, DoubleChart, ChartState>
  implements Modelled<Excel.ChartCollection, 'add' | 'getItem'>
{
  constructor(context: DoubleContext, sheet: () => SheetState) {
    super(context, 'ChartCollection', sheet);
  }

  protected members(): ChartState[] {
    return chartsOf(this.state);
  }
  protected makeItem(chart: ChartState): DoubleChart {
    return new DoubleChart(this.context, () => ({ sheet: this.state, chart }));
  }

  protected override scalars(): Record<string, () => unknown> {
    return { count: () => chartsOf(this.state).length };
  }

  get count(): number {
    return this.read('count');
  }

  getCount(): DoubleClientResult<number> {
    return new DoubleClientResult(this.context, () => chartsOf(this.state).length);
  }

  /** charts.add(type, sourceData, seriesBy): a one-column source gives one series, named "Series1". */
  add(
    type: Excel.ChartType | `${Excel.ChartType}`,
    sourceData: Excel.Range | DoubleRange,
    seriesBy: Excel.ChartSeriesBy | `${Excel.ChartSeriesBy}` = 'Auto',
  ): DoubleChart {
    const proxy = new DoubleChart(this.context);
    this.context.enqueue(() => {
      const sheet = this.state;
      assertEditable(sheet);
      const { sheet: from, box } = (sourceData as unknown as DoubleRange).resolvedState(); // the double's own ranges only
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && box.rows >= box.cols);
      const count = byColumns ? box.cols : box.rows;
      const series: SeriesState[] = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: {
          sheet: from,
          box: byColumns ? { ...box, col: box.col + i, cols: 1 } : { ...box, row: box.row + i, rows: 1 },
        },
        points: [],
      }));
      const charts = chartsOf(sheet);
      let n = charts.length + 1;
      while (charts.some((c) => sameName(c.name, `Chart ${n}`))) n++;
      const chart: ChartState = { name: `Chart ${n}`, type, title: '', series };
      charts.push(chart);
      proxy.bind({ sheet, chart });
    });
    return proxy;
  }

  getItem(name: string): DoubleChart {
    return new DoubleChart(
      this.context,
      () => {
        const chart = chartsOf(this.state).find((c) => sameName(c.name, name));
        return chart && { sheet: this.state, chart };
      },
      `The chart "${name}" does not exist.`,
    );
  }
}

interface ChartRef {
  sheet: SheetState;
  chart: ChartState;
}

export class DoubleChart
  extends DoubleObject<ChartRef>
  implements Modelled<Excel.Chart, 'name' | 'setPosition' | 'delete' | 'getImage'>
{
  constructor(context: DoubleContext, resolve?: () => ChartRef | undefined, missing?: string) {
    super(context, 'Chart', resolve, false, missing);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { name: () => this.state.chart.name, chartType: () => this.state.chart.type };
  }

  protected override navigation(name: string): DoubleObject<unknown> | undefined {
    return name === 'title' ? this.title : undefined;
  }

  private change(f: (ref: ChartRef) => void): void {
    this.context.enqueue(() => {
      assertEditable(this.state.sheet);
      f(this.state);
    });
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.change(({ sheet, chart }) => {
      if (chartsOf(sheet).some((c) => c !== chart && sameName(c.name, name)))
        throw new DoubleError('ItemAlreadyExists', `A chart named "${name}" already exists on the sheet.`);
      chart.name = name;
    });
  }

  get title(): DoubleChartTitle {
    return new DoubleChartTitle(this.context, () => this.state);
  }

  get series(): DoubleChartSeriesCollection {
    return new DoubleChartSeriesCollection(this.context, () => this.state);
  }

  setPosition(startCell: string | Excel.Range, endCell?: string | Excel.Range): void {
    const address = (cell: string | Excel.Range | undefined): string | undefined => {
      if (cell === undefined || typeof cell === 'string') return cell;
      const { box } = (cell as unknown as DoubleRange).resolvedState(); // the double's own ranges only
      return `R${box.row + 1}C${box.col + 1}`;
    };
    this.change(({ chart }) => {
      const start = address(startCell) as string;
      if (typeof startCell === 'string' && !parseAddress(startCell))
        throw new DoubleError('InvalidArgument', `"${startCell}" is not a cell address.`);
      chart.position = { start, end: address(endCell) };
    });
  }

  delete(): void {
    this.change(({ sheet, chart }) => {
      const charts = chartsOf(sheet);
      charts.splice(charts.indexOf(chart), 1);
    });
  }

  /** A base64 PNG of the chart as it is when the batch runs (its series read their cells then). */
  getImage(width = 480, height = 300): DoubleClientResult<string> {
    return new DoubleClientResult(this.context, () =>
      lineChartPng(
        this.state.chart.series.map((s) => sourceValues(s.values)),
        width,
        height,
      ),
    );
  }
}

export class DoubleChartTitle extends DoubleObject<ChartRef> implements Modelled<Excel.ChartTitle, 'text'> {
  constructor(context: DoubleContext, resolve: () => ChartRef) {
    super(context, 'ChartTitle', resolve);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { text: () => this.state.chart.title };
  }

  get text(): string {
    return this.read('text');
  }
  set text(text: string) {
    this.context.enqueue(() => {
      assertEditable(this.state.sheet);
      this.state.chart.title = text;
    });
  }
}

interface SeriesRef extends ChartRef {
  series: SeriesState;
}

export class DoubleChartSeriesCollection
  extends DoubleObject<ChartRef>
  implements Modelled<Excel.ChartSeriesCollection, 'getItemAt' | 'add'>
{
  constructor(context: DoubleContext, resolve: () => ChartRef) {
    super(context, 'ChartSeriesCollection', resolve);
  }

  protected override scalars(): Record<string, () => unknown> {
    return { count: () => this.state.chart.series.length };
  }

  get count(): number {
    return this.read('count');
  }

  getItemAt(index: number): DoubleChartSeries {
    return new DoubleChartSeries(this.context, () => {
      const series = this.state.chart.series[index];
      return series && { ...this.state, series };
    });
  }

  /** A new series with no values yet (setValues gives them). */
  add(name?: string): DoubleChartSeries {
    const proxy = new DoubleChartSeries(this.context);
    this.context.enqueue(() => {
      assertEditable(this.state.sheet);
      const series: SeriesState = { name: name ?? `Series${this.state.chart.series.length + 1}`, points: [] };
      this.state.chart.series.push(series);
      proxy.bind({ ...this.state, series });
    });
    return proxy;
  }
}

export class DoubleChartSeries
  extends DoubleObject<SeriesRef>
  implements Modelled<Excel.ChartSeries, 'name' | 'setValues' | 'setXAxisValues'>
{
  constructor(context: DoubleContext, resolve?: () => SeriesRef | undefined) {
    super(context, 'ChartSeries', resolve, false, 'There is no series at that index.');
  }

  protected override scalars(): Record<string, () => unknown> {
    return { name: () => this.state.series.name };
  }

  private change(f: (series: SeriesState) => void): void {
    this.context.enqueue(() => {
      assertEditable(this.state.sheet);
      f(this.state.series);
    });
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.change((s) => {
      s.name = name;
    });
  }

  setValues(sourceData: Excel.Range | DoubleRange): void {
    this.change((s) => {
      s.values = sourceOf(sourceData);
    });
  }
  setXAxisValues(sourceData: Excel.Range | DoubleRange): void {
    this.change((s) => {
      s.xValues = sourceOf(sourceData);
    });
  }

  /** The series' format: its line's colour and style (recorded, not read back). */
  get format(): { line: DoubleChartLineFormat } {
    return { line: new DoubleChartLineFormat(this.context, () => this.state) };
  }

  get points(): { getItemAt(index: number): DoubleChartPoint } {
    return { getItemAt: (index: number) => new DoubleChartPoint(this.context, () => this.state, index) };
  }
}

const LINE_STYLES: readonly string[] = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Grey25',
  'Grey50',
  'Grey75',
  'Automatic',
  'RoundDot',
];

/** A series' line (ChartSeriesFormat.line): colour and style, recorded; a style Excel does not name is refused at sync. */
export class DoubleChartLineFormat {
  constructor(
    private readonly context: DoubleContext,
    private readonly series: () => SeriesRef,
  ) {}

  private change(f: (line: LineState) => void): void {
    this.context.enqueue(() => {
      const { sheet, series } = this.series();
      assertEditable(sheet);
      series.line ??= {};
      f(series.line);
    });
  }

  get color(): string {
    throw new DoubleError(
      'PropertyNotLoaded',
      'The Excel double does not read chart lines back; inspect the workbook instead.',
    );
  }
  set color(colour: string) {
    this.change((line) => {
      line.color = colour;
    });
  }

  get lineStyle(): Excel.ChartLineStyle | `${Excel.ChartLineStyle}` {
    throw new DoubleError(
      'PropertyNotLoaded',
      'The Excel double does not read chart lines back; inspect the workbook instead.',
    );
  }
  set lineStyle(style: Excel.ChartLineStyle | `${Excel.ChartLineStyle}`) {
    this.change((line) => {
      if (!LINE_STYLES.includes(style))
        throw new DoubleError('InvalidArgument', `"${style}" is not a chart line style.`);
      line.lineStyle = style;
    });
  }
}

/** A point of a series: marker and data label settings, recorded. The point must exist (index below the series' length). */
export class DoubleChartPoint {
  constructor(
    private readonly context: DoubleContext,
    private readonly series: () => SeriesRef,
    private readonly index: number,
  ) {}

  private change(f: (point: PointState) => void): void {
    this.context.enqueue(() => {
      const { sheet, series } = this.series();
      assertEditable(sheet);
      if (this.index < 0 || this.index >= sourceValues(series.values).length)
        throw new DoubleError('InvalidArgument', `The series has no point ${this.index}.`);
      let point = series.points.find((p) => p.index === this.index);
      if (!point) {
        point = { index: this.index };
        series.points.push(point);
      }
      f(point);
    });
  }

  set markerStyle(style: string) {
    this.change((p) => {
      p.markerStyle = style;
    });
  }
  set markerSize(size: number) {
    this.change((p) => {
      p.markerSize = size;
    });
  }
  set markerBackgroundColor(colour: string) {
    this.change((p) => {
      p.markerBackgroundColor = colour;
    });
  }
  set markerForegroundColor(colour: string) {
    this.change((p) => {
      p.markerForegroundColor = colour;
    });
  }
  set hasDataLabel(on: boolean) {
    this.change((p) => {
      p.hasDataLabel = on;
    });
  }

  get dataLabel(): { text: string } {
    const change = (text: string) =>
      this.change((p) => {
        p.dataLabelText = text;
      });
    return {
      get text(): string {
        throw new DoubleError(
          'PropertyNotLoaded',
          'The Excel double does not read data labels back; inspect the workbook instead.',
        );
      },
      set text(text: string) {
        change(text);
      },
    };
  }
}

export type ChartCollectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleChartCollection, Excel.ChartCollection>
>;
export type ChartSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleChart, Excel.Chart>>;
export type ChartTitleSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleChartTitle, Excel.ChartTitle>>;
export type ChartSeriesCollectionSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleChartSeriesCollection, Excel.ChartSeriesCollection>
>;
export type ChartSeriesSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleChartSeries, Excel.ChartSeries>>;
export type ChartPointSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoubleChartPoint, Excel.ChartPoint>>;
export type ChartLineFormatSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleChartLineFormat, Excel.ChartLineFormat>
>;
