/**
 * What changed between two builds of a month's report: figures and statuses restated, rows added or
 * gone, in plain words. The earlier build is read back from the sheet, so it carries only what the
 * sheet shows.
 */
import { percentText } from '../givenValues';
import { metricName } from '../metrics';
import { monthLabel, type MonthIndex } from '../months';
import type { MetricCode, RegionCode } from '../planSchema';
import { regionName } from '../regions';

export interface ReportFigures {
  month: MonthIndex;
  region: RegionCode;
  metric: MetricCode;
  actual?: number;
  actualMonth?: MonthIndex;
  status: string;
}

const keyOf = (r: ReportFigures): string => `${r.region}|${r.metric}`;
const DUST = 1e-9;

const actualText = (r: ReportFigures): string =>
  r.actual === undefined ? 'no actual' : `${percentText(r.actual)} (${monthLabel(r.actualMonth ?? r.month)})`;

/** One line per change; empty when the month's report is unchanged. Rows of other months are not compared. */
export function reportChanges(before: readonly ReportFigures[], after: readonly ReportFigures[]): string[] {
  const month = after[0]?.month;
  const earlier = new Map(before.filter((r) => r.month === month).map((r) => [keyOf(r), r]));
  const lines: string[] = [];
  const label = (r: ReportFigures): string => `${regionName(r.region)}, ${metricName(r.metric).toLowerCase()}`;
  for (const now of after) {
    const was = earlier.get(keyOf(now));
    earlier.delete(keyOf(now));
    if (was === undefined) {
      if (before.some((r) => r.month === month)) lines.push(`${label(now)}: added.`);
      continue;
    }
    const sameActual =
      was.actual === now.actual ||
      (was.actual !== undefined &&
        now.actual !== undefined &&
        Math.abs(was.actual - now.actual) <= DUST &&
        was.actualMonth === now.actualMonth);
    if (!sameActual) lines.push(`${label(now)}: actual restated from ${actualText(was)} to ${actualText(now)}.`);
    if (was.status !== now.status) lines.push(`${label(now)}: status changed from ${was.status} to ${now.status}.`);
  }
  for (const gone of earlier.values()) lines.push(`${label(gone)}: no longer reported.`);
  return lines;
}
