/** Inspectors for what the board report writes: charts (with the values their series read now), page layout and cell styles. */
import { formatAddress } from './addresses';
import { chartsOf, sourceValues } from './chart';
import { pageLayoutOf, type PageLayoutState } from './pageLayout';
import { stylesOf } from './rangeStyle';
import type { SheetState } from './state';

export interface ChartInfo {
  name: string;
  type: string;
  title: string;
  position?: { start: string; end?: string };
  series: {
    name: string;
    /** Address of the cells the values come from, and what they hold now. */
    source?: string;
    values: (number | undefined)[];
    xSource?: string;
    line?: { color?: string; lineStyle?: string };
    points: { index: number; markerStyle?: string; dataLabelText?: string; hasDataLabel?: boolean }[];
  }[];
}

export function reportInspectors(sheet: (name: string) => SheetState) {
  return {
    charts: (sheetName: string): ChartInfo[] =>
      chartsOf(sheet(sheetName)).map((c) => ({
        name: c.name,
        type: c.type,
        title: c.title,
        position: c.position && { ...c.position },
        series: c.series.map((s) => ({
          name: s.name,
          source: s.values && formatAddress(s.values.sheet.name, s.values.box),
          values: sourceValues(s.values),
          xSource: s.xValues && formatAddress(s.xValues.sheet.name, s.xValues.box),
          line: s.line && { ...s.line },
          points: s.points.map((p) => ({ ...p })),
        })),
      })),
    pageLayout: (sheetName: string): PageLayoutState =>
      JSON.parse(JSON.stringify(pageLayoutOf(sheet(sheetName)))) as PageLayoutState,
    styles: (sheetName: string) =>
      stylesOf(sheet(sheetName)).map((s) => ({ ...s, address: formatAddress(sheetName, s.box) })),
  };
}
