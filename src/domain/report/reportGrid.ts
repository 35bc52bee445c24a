/**
 * The RRP Report sheet as a grid of cells, and the reverse: what an earlier build left on the sheet
 * (its figures, for "what changed", and the analyst's commentary, matched by region, metric and
 * month). The Excel layer's report/reportSheet.ts writes the grid. Every value is a snapshot (no formulas); text goes
 * through cellText so nothing written becomes a formula. Commentary is the analyst's own text: its
 * column is Text (@), set before the values, so it is written as it is and stays exactly what was
 * typed, never read as a formula, number, percentage, date or TRUE.
 */
import { cellText } from '../cellText';
import { editionLabel } from '../editions';
import { FORMAT } from '../layout/formats';
import { metricName, readMetricName } from '../metrics';
import { firstDaySerial, lastDaySerial, monthLabel, monthOfSerial, type MonthIndex } from '../months';
import type { Edition, MetricCode, RegionCode } from '../planSchema';
import { readRegionName, regionName } from '../regions';
import { momentText } from './dates';
import { countsText, DIRECTION_ARROWS, statusCounts, type ReportRow } from './reportRows';
import type { ReportFigures } from './restatement';
import { readingTexts } from './variation';

/** The report sheet's title begins with this: a sheet called RRP Report whose A1 does not is the analyst's, never written. */
export const REPORT_TITLE_PREFIX = 'RRP board report:';

export const REPORT_COLUMNS = [
  { header: 'Month', format: FORMAT.month },
  { header: 'Region', width: 140 },
  { header: 'Metric', width: 250 },
  { header: 'Edition' },
  { header: 'Baseline', format: FORMAT.percent },
  { header: 'Target', format: FORMAT.percent },
  { header: 'Deadline', format: FORMAT.month },
  { header: 'Actual month', format: FORMAT.month },
  { header: 'Actual', format: FORMAT.percent },
  { header: 'Trajectory', format: FORMAT.percent },
  { header: 'Gap to trajectory (pp)', format: FORMAT.points },
  { header: 'Gap to target (pp)', format: FORMAT.points },
  { header: 'Status' },
  { header: 'Variation', width: 170 },
  { header: 'Assurance', width: 170 },
  { header: 'Change (pp)', format: FORMAT.points },
  { header: 'Direction' },
  { header: 'Year to date', format: FORMAT.percent },
  { header: 'Notes', width: 220 },
  { header: 'Commentary', format: FORMAT.text, width: 220 },
] as const;

type ReportHeader = (typeof REPORT_COLUMNS)[number]['header'];
const col = (header: ReportHeader): number => REPORT_COLUMNS.findIndex((c) => c.header === header);
export const REPORT_COL = {
  month: col('Month'),
  region: col('Region'),
  metric: col('Metric'),
  actualMonth: col('Actual month'),
  actual: col('Actual'),
  status: col('Status'),
  variation: col('Variation'),
  assurance: col('Assurance'),
  notes: col('Notes'),
  commentary: col('Commentary'),
} as const;

export const ATTRIBUTION =
  'Targets from the regions\u2019 Reducing Reoffending Plan documents (HM Prison and Probation Service). Crown copyright, used under the Open Government Licence v3.0.';

export type Cell = string | number;

export interface ReportGrid {
  values: Cell[][];
  formats: string[][];
  /** 0-based row of the column headings. */
  headerRow: number;
  /** 0-based rows of report lines (one per region and metric). */
  dataRows: number[];
  /** 0-based rows of the counts lines. */
  countRows: number[];
  /** 0-based rows that are section headings (what changed, kept commentary). */
  headingRows: number[];
}

export const commentaryKey = (region: RegionCode, metric: MetricCode, month: MonthIndex): string =>
  `${region}|${metric}|${month}`;

export interface KeptCommentary {
  region: RegionCode;
  metric: MetricCode;
  month: MonthIndex;
  text: string;
}

export interface ReportContent {
  month: MonthIndex;
  /** When it was made (Excel serial). */
  madeAt: number;
  rows: readonly ReportRow[];
  regions: readonly RegionCode[];
  editions: ReadonlyMap<RegionCode, { edition: Edition; picked: boolean }>;
  commentary: ReadonlyMap<string, string>;
  changes: readonly string[] | undefined;
  kept: readonly KeptCommentary[];
}

const WIDTH = REPORT_COLUMNS.length;
const blankRow = (): Cell[] => Array.from({ length: WIDTH }, () => '');
const textRow = (text: string, at = 0): Cell[] => {
  const row = blankRow();
  row[at] = cellText(text);
  return row;
};
const DATA_FORMATS = REPORT_COLUMNS.map((c) => ('format' in c ? c.format : FORMAT.general));
const PLAIN_FORMATS = REPORT_COLUMNS.map(() => FORMAT.general);

export const reportTitle = (month: MonthIndex): string => `${REPORT_TITLE_PREFIX} ${monthLabel(month)}`;

function lineOf(r: ReportRow, commentary: string): Cell[] {
  const opt = (n: number | undefined): Cell => (n === undefined ? '' : n);
  const spc = r.spc === undefined ? { variation: '', assurance: '' } : readingTexts(r.spc);
  const cells: Cell[] = [
    firstDaySerial(r.month),
    regionName(r.region),
    metricName(r.metric),
    editionLabel(r.edition),
    opt(r.baseline),
    opt(r.target),
    r.deadline === undefined ? '' : lastDaySerial(r.deadline),
    r.actualMonth === undefined ? '' : firstDaySerial(r.actualMonth),
    opt(r.actual),
    opt(r.trajectory),
    opt(r.gapToTrajectory),
    opt(r.gapToTarget),
    r.status,
    spc.variation,
    spc.assurance,
    r.change === undefined ? '' : r.change.points,
    r.change === undefined ? '' : `${DIRECTION_ARROWS[r.change.direction]} since ${monthLabel(r.change.since)}`,
    r.yearToDate === undefined ? '' : r.yearToDate.value,
    r.notes.join(' '),
  ];
  return [...cells.map((c) => (typeof c === 'string' ? cellText(c) : c)), commentary]; // a Text cell: as it is
}

export function reportGrid(content: ReportContent): ReportGrid {
  const values: Cell[][] = [];
  const formats: string[][] = [];
  const push = (row: Cell[], format: string[] = PLAIN_FORMATS): number => {
    values.push(row);
    formats.push(format);
    return values.length - 1;
  };
  const editions = content.regions
    .flatMap((r) => {
      const e = content.editions.get(r);
      return e ? [`${regionName(r)}: ${editionLabel(e.edition)} (${e.picked ? 'chosen' : 'in force that month'})`] : [];
    })
    .join('; ');
  push(textRow(reportTitle(content.month)));
  push(
    textRow(
      `Made ${momentText(content.madeAt)} from the checked rows of RRP Actuals. A snapshot of values, not formulas: it does not change when actuals change.`,
    ),
  );
  push(textRow(`Plan editions: ${editions}.`));
  push(textRow(ATTRIBUTION));
  push(blankRow());
  const headerRow = push(REPORT_COLUMNS.map((c) => c.header));
  const dataRows: number[] = [];
  const countRows: number[] = [];
  const headingRows: number[] = [];
  for (const region of content.regions) {
    const lines = content.rows.filter((r) => r.region === region);
    if (lines.length === 0) continue;
    for (const r of lines)
      dataRows.push(
        push(lineOf(r, content.commentary.get(commentaryKey(r.region, r.metric, r.month)) ?? ''), DATA_FORMATS),
      );
    countRows.push(
      push(textRow(`${regionName(region)}: ${countsText(statusCounts(content.rows, region))}`, REPORT_COL.region)),
    );
  }
  push(blankRow());
  headingRows.push(push(textRow(`What changed since the last build of the ${monthLabel(content.month)} report`)));
  if (content.changes === undefined) push(textRow(`First build of the ${monthLabel(content.month)} report.`));
  else if (content.changes.length === 0) push(textRow('Nothing changed.'));
  else for (const line of content.changes) push(textRow(line));
  if (content.kept.length > 0) {
    push(blankRow());
    headingRows.push(push(textRow('Commentary kept from reports of other months')));
    for (const k of content.kept) {
      const row = blankRow();
      row[REPORT_COL.month] = firstDaySerial(k.month);
      row[REPORT_COL.region] = cellText(regionName(k.region));
      row[REPORT_COL.metric] = cellText(metricName(k.metric));
      row[REPORT_COL.commentary] = k.text; // a Text cell: as it is
      push(row, DATA_FORMATS);
    }
  }
  return { values, formats, headerRow, dataRows, countRows, headingRows };
}

export interface OldReport {
  /** True when the cells are an add-in report (its title is in the first cell), or the sheet is empty. */
  ours: boolean;
  /** The report's figures, for the month it was built for. */
  figures: ReportFigures[];
  /** Every commentary on the sheet, by region, metric and month. */
  commentary: Map<string, string>;
}

const textOf = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/**
 * A commentary cell's text as the analyst sees it. In a Text cell it is text; a report built before
 * Commentary was a Text column may hold what Excel made of the typing: a number, or TRUE or FALSE.
 */
export const commentaryText = (v: unknown): string => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : textOf(v));

/** What an earlier build left on the sheet. `values` start at the sheet's A1 (`row`, `column` say where the used cells begin). */
export function readOldReport(values: readonly (readonly unknown[])[], row = 0, column = 0): OldReport {
  const at = (r: number, c: number): unknown => values[r - row]?.[c - column];
  const title = textOf(at(0, 0));
  const empty = values.every((cells) => cells.every((v) => textOf(v) === ''));
  const old: OldReport = {
    ours: empty || (row === 0 && column === 0 && title.startsWith(REPORT_TITLE_PREFIX)),
    figures: [],
    commentary: new Map(),
  };
  if (!old.ours) return old;
  const last = row + values.length;
  // The header row is found, and the columns read, by their headings: a report built before a column
  // was added keeps its commentary.
  let header = -1;
  for (let r = 0; r < last && header < 0; r++)
    if (textOf(at(r, REPORT_COL.region)) === 'Region' && values[r - row]?.some((v) => v === 'Commentary')) header = r;
  if (header < 0) return old;
  const columnOf = (name: string): number => column + (values[header - row] ?? []).findIndex((v) => v === name);
  const [statusAt, actualAt, actualMonthAt, commentaryAt] = ['Status', 'Actual', 'Actual month', 'Commentary'].map(
    columnOf,
  );
  for (let r = header + 1; r < last; r++) {
    const monthCell = at(r, REPORT_COL.month);
    const month = typeof monthCell === 'number' ? monthOfSerial(monthCell) : undefined;
    const region = readRegionName(at(r, REPORT_COL.region)).code;
    const metric = readMetricName(at(r, REPORT_COL.metric)).code;
    if (month === undefined || region === undefined || metric === undefined) continue;
    const commentary = commentaryText(at(r, commentaryAt));
    if (commentary.trim() !== '') old.commentary.set(commentaryKey(region, metric, month), commentary);
    const status = textOf(at(r, statusAt));
    if (status === '') continue;
    const figures: ReportFigures = { month, region, metric, status };
    const actual = at(r, actualAt);
    const actualMonth = at(r, actualMonthAt);
    if (typeof actual === 'number') figures.actual = actual;
    if (typeof actualMonth === 'number') figures.actualMonth = monthOfSerial(actualMonth);
    old.figures.push(figures);
  }
  return old;
}

/** The figures of the rows being written, in the shape readOldReport gives. */
export function figuresOf(rows: readonly ReportRow[]): ReportFigures[] {
  return rows.map((r) => {
    const f: ReportFigures = { month: r.month, region: r.region, metric: r.metric, status: r.status };
    if (r.actual !== undefined) f.actual = r.actual;
    if (r.actualMonth !== undefined) f.actualMonth = r.actualMonth;
    return f;
  });
}
