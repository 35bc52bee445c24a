/**
 * RRP Charts: one Excel line chart per region and metric, an XmR chart (Making Data Count) whose
 * series read RRP History's ranges (actual, its period's mean and limits, trajectory and target by
 * month), so the analyst can restyle them and they follow the table. Special-cause points are marked
 * by shape as well as colour (improvement a circle, concern a square). Every chart is queued in one
 * batch (the caller syncs once for all). The first month from May 2024 of a series that spans the
 * break gets a marked point labelled "Series break".
 */
import { metricName } from '../../domain/metrics';
import { regionName } from '../../domain/regions';
import { afterBreak, type HistoryRow, type HistorySpc } from '../../domain/report';
import { HISTORY_COL, historyBlocks } from '../../domain/report';
import { cellAddress } from '../../domain/layout/a1';
import { CHART_PREFIX } from './names';

const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 16;
const PER_ROW = 2;

/**
 * Each series' line: the actual solid and dark, the mean solid and the limits dashed in grey (as
 * Making Data Count draws them), the trajectory dotted and the target dash-dotted in red, so each is
 * told apart by its style as well as its colour.
 */
const LINES: Readonly<Record<string, { color: string; style: Excel.ChartLineStyle | `${Excel.ChartLineStyle}` }>> = {
  Actual: { color: '#1F4E79', style: 'Continuous' },
  Mean: { color: '#7B7D7D', style: 'Continuous' },
  'Lower limit': { color: '#7B7D7D', style: 'Dash' },
  'Upper limit': { color: '#7B7D7D', style: 'Dash' },
  Trajectory: { color: '#361475', style: 'Dot' },
  Target: { color: '#DE1B1B', style: 'DashDot' },
};

const styleLine = (series: Excel.ChartSeries, name: string): void => {
  series.format.line.color = LINES[name].color;
  series.format.line.lineStyle = LINES[name].style;
};

/** Making Data Count's colours for special causes (NHSRplotthedots' defaults), with a shape each so colour is never the only cue. */
export const SIGNAL_MARKERS = {
  improvement: { style: 'Circle', colour: '#289DE0' },
  concern: { style: 'Square', colour: '#FAB428' },
} as const;

export const chartName = (region: string, metric: string): string => `${CHART_PREFIX}${region} ${metric}`;

export interface QueuedCharts {
  count: number;
}

/**
 * Queues the charts on `chartSheet` from History on `historySheet` (table at A1, rows in history
 * order; `spc` beside them, one per row). `oldCharts`: names of charts already on the sheet; the
 * add-in's (named with CHART_PREFIX) are deleted first, any other is left alone.
 */
export function queueCharts(
  chartSheet: Excel.Worksheet,
  historySheet: Excel.Worksheet,
  rows: readonly HistoryRow[],
  spc: readonly HistorySpc[],
  oldCharts: readonly string[] = [],
): QueuedCharts {
  for (const name of oldCharts) if (name.startsWith(CHART_PREFIX)) chartSheet.charts.getItem(name).delete();
  const blocks = historyBlocks(rows);
  blocks.forEach((block, i) => {
    const column = (c: number) => historySheet.getRangeByIndexes(1 + block.start, c, block.count, 1);
    const months = column(HISTORY_COL.month);
    const chart = chartSheet.charts.add('Line', column(HISTORY_COL.actual), 'Columns');
    chart.name = chartName(block.region, block.metric);
    chart.title.text = `${regionName(block.region)}: ${metricName(block.metric).toLowerCase()}`;
    const actual = chart.series.getItemAt(0);
    actual.name = 'Actual';
    actual.setXAxisValues(months);
    styleLine(actual, 'Actual');
    for (const [name, c] of [
      ['Mean', HISTORY_COL.mean],
      ['Lower limit', HISTORY_COL.lower],
      ['Upper limit', HISTORY_COL.upper],
      ['Trajectory', HISTORY_COL.trajectory],
      ['Target', HISTORY_COL.target],
    ] as const) {
      const series = chart.series.add(name);
      series.setValues(column(c));
      series.setXAxisValues(months);
      styleLine(series, name);
    }
    const breakAt = rows.slice(block.start, block.start + block.count).findIndex((r) => afterBreak(r.month));
    spc.slice(block.start, block.start + block.count).forEach((s, at) => {
      if (s.signal === undefined || s.signal === 'common' || at === breakAt) return;
      const marker = SIGNAL_MARKERS[s.signal];
      const point = actual.points.getItemAt(at);
      point.markerStyle = marker.style;
      point.markerSize = 8;
      point.markerBackgroundColor = marker.colour;
      point.markerForegroundColor = marker.colour;
    });
    if (breakAt > 0) {
      const point = actual.points.getItemAt(breakAt);
      point.markerStyle = 'Triangle';
      point.markerSize = 10;
      point.markerBackgroundColor = '#C00000';
      point.markerForegroundColor = '#C00000';
      point.hasDataLabel = true;
      point.dataLabel.text = 'Series break: new measures from May 2024';
    }
    const top = Math.floor(i / PER_ROW) * CHART_HEIGHT_ROWS;
    const left = (i % PER_ROW) * CHART_WIDTH_COLUMNS;
    chart.setPosition(cellAddress(top, left), cellAddress(top + CHART_HEIGHT_ROWS - 2, left + CHART_WIDTH_COLUMNS - 1));
  });
  return { count: blocks.length };
}
