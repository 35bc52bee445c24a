/**
 * RRP Charts as plain data: one XmR chart (Making Data Count) per region and metric, its name,
 * title, series (each a column of RRP History, told apart by line style as well as colour), the
 * points marked (special causes by shape as well as colour; the series break labelled) and where it
 * sits on the sheet. The Excel layer's report/charts.ts queues the charts.
 */
import { cellAddress } from '../layout/a1';
import { metricName } from '../metrics';
import { regionName } from '../regions';
import { historyBlocks, type HistoryRow } from './history';
import { HISTORY_COL } from './historyTable';
import { afterBreak } from './seriesBreak';
import type { HistorySpc } from './variation';

/** Charts the add-in made are named with this prefix; a rebuild replaces only those. */
export const CHART_PREFIX = 'RRP ';

const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 16;
const PER_ROW = 2;

export type LineStyle = 'Continuous' | 'Dash' | 'Dot' | 'DashDot';
export type SeriesName = 'Actual' | 'Mean' | 'Lower limit' | 'Upper limit' | 'Trajectory' | 'Target';

/**
 * Each series' line: the actual solid and dark, the mean solid and the limits dashed in grey (as
 * Making Data Count draws them), the trajectory dotted and the target dash-dotted in red, so each is
 * told apart by its style as well as its colour.
 */
export const LINES: Readonly<Record<SeriesName, { color: string; style: LineStyle }>> = {
  Actual: { color: '#1F4E79', style: 'Continuous' },
  Mean: { color: '#7B7D7D', style: 'Continuous' },
  'Lower limit': { color: '#7B7D7D', style: 'Dash' },
  'Upper limit': { color: '#7B7D7D', style: 'Dash' },
  Trajectory: { color: '#361475', style: 'Dot' },
  Target: { color: '#DE1B1B', style: 'DashDot' },
};

/** The series after the actual (the chart's first), each with its column of RRP History. */
export const MORE_SERIES: readonly { name: SeriesName; column: number }[] = [
  { name: 'Mean', column: HISTORY_COL.mean },
  { name: 'Lower limit', column: HISTORY_COL.lower },
  { name: 'Upper limit', column: HISTORY_COL.upper },
  { name: 'Trajectory', column: HISTORY_COL.trajectory },
  { name: 'Target', column: HISTORY_COL.target },
];

/** Making Data Count's colours for special causes (NHSRplotthedots' defaults), with a shape each so colour is never the only cue. */
export const SIGNAL_MARKERS = {
  improvement: { style: 'Circle', colour: '#289DE0' },
  concern: { style: 'Square', colour: '#FAB428' },
} as const;

/** The series break's point: a red triangle with its label. */
export const BREAK_MARKER = {
  style: 'Triangle',
  size: 10,
  colour: '#C00000',
  label: 'Series break: new measures from May 2024',
} as const;

export const chartName = (region: string, metric: string): string => `${CHART_PREFIX}${region} ${metric}`;

export interface ChartLayout {
  name: string;
  title: string;
  /** The chart's rows of RRP History's body (0-based). */
  start: number;
  count: number;
  /** Points (0-based within the chart) marked as special causes. */
  signals: { at: number; style: 'Circle' | 'Square'; colour: string }[];
  /** The point of the first month from May 2024, when the series spans the break. */
  breakAt?: number;
  /** The cells the chart covers: top-left and bottom-right ("A1", "H15"). */
  from: string;
  to: string;
}

/** One chart per region and metric of `rows` (History's rows, `spc` beside them), two to a band. */
export function chartLayouts(rows: readonly HistoryRow[], spc: readonly HistorySpc[]): ChartLayout[] {
  return historyBlocks(rows).map((block, i) => {
    const breakAt = rows.slice(block.start, block.start + block.count).findIndex((r) => afterBreak(r.month));
    const signals: ChartLayout['signals'] = [];
    spc.slice(block.start, block.start + block.count).forEach((s, at) => {
      if (s.signal === undefined || s.signal === 'common' || at === breakAt) return;
      signals.push({ at, ...SIGNAL_MARKERS[s.signal] });
    });
    const top = Math.floor(i / PER_ROW) * CHART_HEIGHT_ROWS;
    const left = (i % PER_ROW) * CHART_WIDTH_COLUMNS;
    const layout: ChartLayout = {
      name: chartName(block.region, block.metric),
      title: `${regionName(block.region)}: ${metricName(block.metric).toLowerCase()}`,
      start: block.start,
      count: block.count,
      signals,
      from: cellAddress(top, left),
      to: cellAddress(top + CHART_HEIGHT_ROWS - 2, left + CHART_WIDTH_COLUMNS - 1),
    };
    if (breakAt > 0) layout.breakAt = breakAt;
    return layout;
  });
}
