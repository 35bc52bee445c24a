/**
 * What a build of the board report writes, decided from what the Excel layer read
 * (report/inputs.ts): the report grid with the analyst's commentary kept, RRP History's lines with
 * their New period entries kept, the summary, and what changed since the last build of the month.
 * The layer writes it (report/buildReport.ts), or refuses in these words before anything changes.
 */
import type { UsableActual } from '../actuals';
import { readMetricName } from '../metrics';
import { editionsOf } from '../planData';
import { REGION_CODES, type RegionCode } from '../planSchema';
import { readRegionName } from '../regions';
import type { LogEntry } from './closing';
import { reportEdition } from './editionInForce';
import { historyRows, historySpc, type HistoryRow } from './history';
import { historyCommentary, historyLine, historyPeriodMarks } from './historyTable';
import {
  commentaryKey,
  figuresOf,
  readOldReport,
  reportGrid,
  type Cell,
  type KeptCommentary,
  type ReportGrid,
} from './reportGrid';
import { reportRows, type ReportRow } from './reportRows';
import { reportChanges } from './restatement';
import type { ReportChoice } from './results';
import { summaryTable, type SummaryTable } from './summary';
import type { HistorySpc } from './variation';

/** A table's header and body values as read. */
export interface TableCells {
  header: unknown[];
  body: unknown[][];
}

/** What the Excel layer read before a build (or before offering one). */
export interface ReportSnapshot {
  /** The rows of RRP Actuals a check uses. */
  actuals: UsableActual[];
  log: LogEntry[];
  /** The report sheet's used cells (values) and where they start; undefined when there is no RRP Report sheet. */
  oldReport?: { values: unknown[][]; row: number; column: number };
  history?: TableCells;
  targets?: TableCells;
}

/** The regions reported: those on RRP Targets, else those with actuals; only regions with plan data, in the usual order. */
export function reportRegions(snapshot: Pick<ReportSnapshot, 'targets' | 'actuals'>): RegionCode[] {
  const found = new Set<RegionCode>();
  if (snapshot.targets) {
    const at = snapshot.targets.header.findIndex((h) => h === 'Region');
    for (const cells of snapshot.targets.body) {
      const code = readRegionName(cells[at]).code;
      if (code) found.add(code);
    }
  }
  if (found.size === 0) for (const a of snapshot.actuals) found.add(a.region);
  return REGION_CODES.filter((r) => found.has(r) && editionsOf(r).length > 0);
}

function parseKey(key: string): KeptCommentary | undefined {
  const [region, metric, month] = key.split('|');
  const r = readRegionName(region).code;
  const m = readMetricName(metric).code;
  return r && m ? { region: r, metric: m, month: Number(month), text: '' } : undefined;
}

export interface ReportWrites {
  rows: ReportRow[];
  grid: ReportGrid;
  history: HistoryRow[];
  spc: HistorySpc[];
  historyLines: Cell[][];
  summary: SummaryTable;
  /** What changed since the last build of this month's report; undefined for the first build. */
  changes?: string[];
}

export interface ReportRefusal {
  code: 'NothingToReport' | 'SheetNotOurs';
  message: string;
}

/**
 * The build's writes for `choice`, made at `madeAt` (an Excel serial), from `snapshot`; or why it
 * cannot go ahead. `reportSheet` names the report's sheet in the refusal.
 */
export function decideReport(
  choice: ReportChoice,
  snapshot: ReportSnapshot,
  madeAt: number,
  reportSheet: string,
): { writes: ReportWrites } | { refused: ReportRefusal } {
  const regions = reportRegions(snapshot);
  if (regions.length === 0)
    return {
      refused: {
        code: 'NothingToReport',
        message: 'There is nothing to report yet: load the plan data, then add actuals to RRP Actuals.',
      },
    };
  const old = snapshot.oldReport
    ? readOldReport(snapshot.oldReport.values, snapshot.oldReport.row, snapshot.oldReport.column)
    : undefined;
  if (old && !old.ours)
    return {
      refused: {
        code: 'SheetNotOurs',
        message: `The sheet ${reportSheet} is not the add-in's report, so it was left alone and nothing was changed. Rename that sheet and build the report again.`,
      },
    };
  // New period entries: the analyst's, on the History being replaced; every series also starts one at the series break.
  const marks = snapshot.history
    ? historyPeriodMarks(snapshot.history.header, snapshot.history.body)
    : new Map<string, string>();
  const rows = reportRows(
    { month: choice.month, regions, editions: choice.editions },
    snapshot.actuals,
    snapshot.log,
    marks,
  );
  const history = historyRows(snapshot.actuals, choice.editions);
  const spc = historySpc(history, marks);

  // Commentary: History's, overlaid by the report's (where the analyst types it); what has no row in either is kept below the report.
  const commentary = snapshot.history
    ? historyCommentary(snapshot.history.header, snapshot.history.body)
    : new Map<string, string>();
  for (const [key, text] of old?.commentary ?? []) commentary.set(key, text);
  const placed = new Set([
    ...rows.map((r) => commentaryKey(r.region, r.metric, r.month)),
    ...history.map((h) => commentaryKey(h.region, h.metric, h.month)),
  ]);
  const kept: KeptCommentary[] = [];
  for (const [key, text] of commentary) {
    const k = placed.has(key) ? undefined : parseKey(key);
    if (k) kept.push({ ...k, text });
  }

  const earlier = old?.figures.filter((f) => f.month === choice.month) ?? [];
  const changes = earlier.length === 0 ? undefined : reportChanges(earlier, figuresOf(rows));
  const editions = new Map(
    regions.flatMap((r) => {
      const edition = reportEdition(r, choice.month, choice.editions);
      return edition === undefined ? [] : [[r, { edition, picked: choice.editions?.[r] === edition }] as const];
    }),
  );
  const grid = reportGrid({ month: choice.month, madeAt, rows, regions, editions, commentary, changes, kept });
  const historyLines = history.map((h, i) =>
    historyLine(h, commentary.get(commentaryKey(h.region, h.metric, h.month)) ?? '', spc[i]),
  );
  const writes: ReportWrites = {
    rows,
    grid,
    history,
    spc,
    historyLines,
    summary: summaryTable(choice.month, rows, regions),
  };
  if (changes) writes.changes = changes;
  return { writes };
}
