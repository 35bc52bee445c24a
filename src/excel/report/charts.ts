/**
 * RRP Charts: the domain's chart layouts (domain/report/chartLayout.ts) as Excel line charts whose
 * series read RRP History's ranges, so the analyst can restyle them and they follow the table. Every
 * chart is queued in one batch (the caller syncs once for all).
 */
import {
  BREAK_MARKER,
  CHART_PREFIX,
  chartLayouts,
  HISTORY_COL,
  LINES,
  MORE_SERIES,
  type HistoryRow,
  type HistorySpc,
  type SeriesName,
} from '../../domain/report';

const styleLine = (series: Excel.ChartSeries, name: SeriesName): void => {
  series.format.line.color = LINES[name].color;
  series.format.line.lineStyle = LINES[name].style;
};

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
  const layouts = chartLayouts(rows, spc);
  for (const layout of layouts) {
    const column = (c: number) => historySheet.getRangeByIndexes(1 + layout.start, c, layout.count, 1);
    const months = column(HISTORY_COL.month);
    const chart = chartSheet.charts.add('Line', column(HISTORY_COL.actual), 'Columns');
    chart.name = layout.name;
    chart.title.text = layout.title;
    const actual = chart.series.getItemAt(0);
    actual.name = 'Actual';
    actual.setXAxisValues(months);
    styleLine(actual, 'Actual');
    for (const { name, column: c } of MORE_SERIES) {
      const series = chart.series.add(name);
      series.setValues(column(c));
      series.setXAxisValues(months);
      styleLine(series, name);
    }
    for (const signal of layout.signals) {
      const point = actual.points.getItemAt(signal.at);
      point.markerStyle = signal.style;
      point.markerSize = 8;
      point.markerBackgroundColor = signal.colour;
      point.markerForegroundColor = signal.colour;
    }
    if (layout.breakAt !== undefined) {
      const point = actual.points.getItemAt(layout.breakAt);
      point.markerStyle = BREAK_MARKER.style;
      point.markerSize = BREAK_MARKER.size;
      point.markerBackgroundColor = BREAK_MARKER.colour;
      point.markerForegroundColor = BREAK_MARKER.colour;
      point.hasDataLabel = true;
      point.dataLabel.text = BREAK_MARKER.label;
    }
    chart.setPosition(layout.from, layout.to);
  }
  return { count: layouts.length };
}
