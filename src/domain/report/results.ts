/** What the board report's operations take and give back: the pane's service contract uses these shapes. */
import type { ActualsCheckSummary } from '../actuals/summary';
import type { MonthIndex } from '../months';
import type { Edition, MetricCode, RegionCode } from '../planSchema';
import type { EarlierClosing } from './closing';
import type { EditionChoices } from './editionInForce';
import type { PeriodMarks } from './variation';

/** A month to report on and the editions the analyst picked (other regions take the one in force). */
export interface ReportChoice {
  month: MonthIndex;
  editions?: EditionChoices;
}

/** What the pane offers: months with a used actual (latest first), and the regions reported with their editions and the one in force each month (as `months`). */
export interface ReportOptions {
  months: MonthIndex[];
  regions: { region: RegionCode; editions: Edition[]; inForce: Edition[] }[];
}

export interface ReportBuilt {
  month: MonthIndex;
  /** Report lines written (one per region and metric). */
  lines: number;
  /** Lines whose figure changed after its month was closed. */
  restated: number;
  historyRows: number;
  charts: number;
  /** What changed since the last build of this month's report; undefined for the first build. */
  changes?: string[];
}

export interface CloseChoice {
  region: RegionCode;
  month: MonthIndex;
  analyst: string;
  note: string;
}

export interface MonthClosed {
  region: RegionCode;
  month: MonthIndex;
  rowsUsed: number;
  /** Excel serial of when it was closed. */
  closedAt: number;
  /** Set when the month had been closed before: when, by whom, and what changed since. */
  closedBefore?: EarlierClosing;
}

/** A block of cells with one style, in a board pack sheet (0-based). */
export interface PackStyle {
  row: number;
  column: number;
  rows: number;
  columns: number;
  fill?: string;
  font?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface PackSheet {
  name: string;
  values: (string | number | boolean)[][];
  formats: string[][];
  /** Column widths in points, by column (0-based). */
  widths: number[];
  styles: PackStyle[];
  /** 0-based row repeated at the top of each printed page. */
  titleRow?: number;
  footer?: { left: string; centre: string; right: string };
}

/** One region and metric's report line, as the board's summary page shows it. */
export interface PackLine {
  region: RegionCode;
  metric: MetricCode;
  status: string;
  actual?: number;
  /** The month of the actual (the report month's, or the latest before it). */
  actualMonth?: MonthIndex;
  target?: number;
  deadline?: MonthIndex;
  trajectory?: number;
}

/** One region and metric's months with a used actual (RRP History), in month order. */
export interface PackSeries {
  region: RegionCode;
  metric: MetricCode;
  months: MonthIndex[];
  actuals: number[];
  trajectory: (number | undefined)[];
  target: (number | undefined)[];
}

/**
 * What the board pack holds, read from the workbook: the report and history as values with their
 * formats and colours, and the report's lines and history's series, from which the pack's summary
 * page and charts are drawn.
 */
export interface BoardPackData {
  month: MonthIndex;
  regions: RegionCode[];
  report: PackSheet;
  history?: PackSheet;
  lines: PackLine[];
  series: PackSeries[];
  /** The analyst's New period entries on RRP History, by region, metric and month (variation.ts). */
  periodMarks: PeriodMarks;
  /** Each status's fill and font colour, as the report shows it. */
  statusColours: Readonly<Record<string, { fill: string; font: string }>>;
}

/** Where the board pack went: opened as a new workbook in desktop Excel, or downloaded by the browser. */
export type PackDelivery = 'new workbook' | 'download';

export interface BoardPackExported {
  fileName: string;
  delivery: PackDelivery;
}

/** What appending the plans' own figures did. */
export interface PlanFiguresAdded {
  added: number;
  /** Figures already in RRP Actuals, not added again. */
  alreadyThere: number;
  /** The check of the table after adding; undefined when nothing was added. */
  summary?: ActualsCheckSummary;
}
