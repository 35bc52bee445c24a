/**
 * Closing a region's month: RRP Log keeps one entry per metric with the figure used when the month
 * was closed (or one entry without a metric when no figure was used), so a later change to a closed
 * month is never lost: the check notes it on the row, the report marks the figure as restated, and
 * the log still holds the earlier figure. Excel offers no user identity, so the analyst gives a name.
 */
import { cellText } from '../cellText';
import { percentText } from '../givenValues';
import { metricName } from '../metrics';
import { monthLabel, type MonthIndex } from '../months';
import { noteMessage } from '../actuals/format';
import type { CheckResult, ParsedActual, RowCheck } from '../actuals/schema';
import { METRIC_CODES, type MetricCode, type RegionCode } from '../planSchema';
import { dayText } from './dates';

export interface LogEntry {
  /** When the month was closed: an Excel serial with the time. */
  closedAt: number;
  region: RegionCode;
  month: MonthIndex;
  /** Undefined on the one entry of a month closed with no figure used. */
  metric?: MetricCode;
  /** The figure used for the metric when the month was closed. */
  value?: number;
  /** Rows of RRP Actuals used for the region and month when it was closed. */
  rowsUsed: number;
  analyst: string;
  note: string;
}

export interface CloseRequest {
  region: RegionCode;
  month: MonthIndex;
  closedAt: number;
  analyst: string;
  note: string;
}

/** The log entries that close a region's month, from the actuals used now. */
export function closingEntries(actuals: readonly ParsedActual[], request: CloseRequest): LogEntry[] {
  const used = actuals.filter((a) => a.region === request.region && a.month === request.month);
  const base = {
    closedAt: request.closedAt,
    region: request.region,
    month: request.month,
    rowsUsed: used.length,
    analyst: request.analyst,
    note: request.note,
  };
  if (used.length === 0) return [base];
  const order = (m: MetricCode): number => METRIC_CODES.indexOf(m);
  return [...used]
    .sort((a, b) => order(a.metric) - order(b.metric))
    .map((a) => ({ ...base, metric: a.metric, value: a.value }));
}

/** The latest earlier closing of a month being closed again: when, by whom, and what changed since. */
export interface EarlierClosing {
  closedAt: number;
  analyst: string;
  /** One line per metric whose figure changed, was added or is no longer used ("…: 16% then, 17% now"). */
  changes: string[];
}

/** How `request`'s month was last closed, and what the actuals used now change; undefined when it was never closed. */
export function earlierClosing(
  log: readonly LogEntry[],
  actuals: readonly ParsedActual[],
  request: Pick<CloseRequest, 'region' | 'month'>,
): EarlierClosing | undefined {
  const entries = log.filter((e) => e.region === request.region && e.month === request.month);
  if (entries.length === 0) return undefined;
  const closedAt = entries.reduce((latest, e) => Math.max(latest, e.closedAt), -Infinity);
  const last = entries.filter((e) => e.closedAt === closedAt);
  const then = new Map(
    last.flatMap((e) => (e.metric !== undefined && e.value !== undefined ? [[e.metric, e.value]] : [])),
  );
  const now = new Map(
    actuals.filter((a) => a.region === request.region && a.month === request.month).map((a) => [a.metric, a.value]),
  );
  const figure = (v: number | undefined, none: string): string => (v === undefined ? none : percentText(v));
  const changes = METRIC_CODES.flatMap((metric) => {
    const [was, is] = [then.get(metric), now.get(metric)];
    if (was === undefined && is === undefined) return [];
    if (was !== undefined && is !== undefined && Math.abs(was - is) <= DUST) return [];
    return [`${metricName(metric)}: ${figure(was, 'no figure')} then, ${figure(is, 'no figure used')} now`];
  });
  return { closedAt, analyst: last[0].analyst, changes };
}

/** A closed month as its latest closing left it. */
export interface ClosedMonth {
  closedAt: number;
  figures: Map<MetricCode, number>;
}

const DUST = 1e-9;

const monthKey = (region: RegionCode, month: MonthIndex): string => `${region}|${month}`;

/** The latest closing of each region's month. */
export function closedMonths(entries: readonly LogEntry[]): Map<string, ClosedMonth> {
  const closed = new Map<string, ClosedMonth>();
  for (const e of entries) {
    const key = monthKey(e.region, e.month);
    let month = closed.get(key);
    if (month === undefined || e.closedAt > month.closedAt) {
      month = { closedAt: e.closedAt, figures: new Map() };
      closed.set(key, month);
    }
    if (e.closedAt === month.closedAt && e.metric !== undefined && e.value !== undefined)
      month.figures.set(e.metric, e.value);
  }
  return closed;
}

export interface Restatement {
  closedAt: number;
  /** The figure when the month was closed; undefined when it had none then. */
  was?: number;
}

/** How a figure differs from its closed month's, or undefined when the month is open or the figure is as closed. */
export function restatementOf(
  actual: Pick<ParsedActual, 'region' | 'metric' | 'month' | 'value'>,
  closed: ReadonlyMap<string, ClosedMonth>,
): Restatement | undefined {
  const month = closed.get(monthKey(actual.region, actual.month));
  if (month === undefined) return undefined;
  const was = month.figures.get(actual.metric);
  if (was !== undefined && Math.abs(was - actual.value) <= DUST) return undefined;
  return was === undefined ? { closedAt: month.closedAt } : { closedAt: month.closedAt, was };
}

/** "changed after March 2024 was closed on 5 April 2024". */
export const changedAfterClosing = (month: MonthIndex, closedAt: number): string =>
  `changed after ${monthLabel(month)} was closed on ${dayText(closedAt)}`;

/**
 * The check with a note on every used row whose figure changed after its month was closed. The row
 * is still used (closing does not block a change); an OK row becomes a warning.
 */
export function withClosingNotes(result: CheckResult, entries: readonly LogEntry[]): CheckResult {
  if (entries.length === 0) return result;
  const closed = closedMonths(entries);
  const rows: RowCheck[] = [...result.rows];
  const counts = { ...result.counts };
  for (const actual of result.actuals) {
    const restated = restatementOf(actual, closed);
    if (restated === undefined) continue;
    const note = changedAfterClosing(actual.month, restated.closedAt);
    const row = rows[actual.row];
    if (row.status === 'ok') {
      counts.ok--;
      counts.warnings++;
      rows[actual.row] = { ...row, status: 'warning', message: cellText(noteMessage([note])) };
    } else {
      rows[actual.row] = { ...row, message: cellText(`${row.message} ${note[0].toUpperCase()}${note.slice(1)}.`) };
    }
  }
  return { rows, counts, actuals: result.actuals };
}
