/**
 * The summary sheet: every reported region and metric's variation and assurance at a glance, one row
 * per region and two columns (variation, assurance) per metric, in the plan's metric order.
 */
import { NO_ACTUAL_YET } from '../actuals/progress';
import { cellText } from '../cellText';
import { FORMAT } from '../layout/formats';
import { metricName } from '../metrics';
import { firstDaySerial, type MonthIndex } from '../months';
import { METRIC_CODES, type RegionCode } from '../planSchema';
import { regionName } from '../regions';
import { QUALITATIVE, type ReportRow } from './reportRows';
import { readingTexts } from './variation';

export const NOT_IN_PLAN = 'Not in this plan';
export const IN_WORDS = 'A commitment in words';

export interface SummaryTable {
  month: MonthIndex;
  header: string[];
  /** Per region: its name, and variation and assurance per metric (the columns after Region and Month). */
  rows: { region: RegionCode; name: string; cells: string[] }[];
}

export const summaryHeader = (): string[] => [
  'Region',
  'Month',
  ...METRIC_CODES.flatMap((m) => [`${metricName(m)}: variation`, `${metricName(m)}: assurance`]),
];

function cellsOf(row: ReportRow | undefined): [string, string] {
  if (row === undefined) return [NOT_IN_PLAN, NOT_IN_PLAN];
  if (row.status === QUALITATIVE) return [IN_WORDS, IN_WORDS];
  if (row.spc === undefined) return [NO_ACTUAL_YET, NO_ACTUAL_YET];
  const { variation, assurance } = readingTexts(row.spc);
  return [variation, assurance];
}

/** The summary of a month's report rows for the regions reported (in the order given). */
export function summaryTable(
  month: MonthIndex,
  rows: readonly ReportRow[],
  regions: readonly RegionCode[],
): SummaryTable {
  return {
    month,
    header: summaryHeader(),
    rows: regions
      .filter((region) => rows.some((r) => r.region === region))
      .map((region) => ({
        region,
        name: regionName(region),
        cells: METRIC_CODES.flatMap((m) => cellsOf(rows.find((r) => r.region === region && r.metric === m))),
      })),
  };
}

/** The summary's body as cells (text formula-safe, the month an Excel date) and its columns' number formats. */
export function summaryCells(summary: SummaryTable): { lines: (string | number)[][]; formats: string[] } {
  return {
    lines: summary.rows.map((r) => [cellText(r.name), firstDaySerial(summary.month), ...r.cells.map(cellText)]),
    formats: summary.header.map((_, i) => (i === 1 ? FORMAT.month : FORMAT.general)),
  };
}
