/** RRP Log's rows read back as entries: the closing check and the report read the log this way. */
import { monthOfSerial } from '../months';
import { METRIC_CODES, REGION_CODES, type MetricCode, type RegionCode } from '../planSchema';
import type { LogEntry } from './closing';

const isRegion = (v: unknown): v is RegionCode =>
  typeof v === 'string' && (REGION_CODES as readonly string[]).includes(v);
const isMetric = (v: unknown): v is MetricCode =>
  typeof v === 'string' && (METRIC_CODES as readonly string[]).includes(v);

/** The log's entries from its body values; rows that do not read as an entry (edited by hand) are left out. */
export function logEntriesOf(body: readonly (readonly unknown[])[]): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const [closedAt, region, month, metric, value, rowsUsed, analyst, note] of body) {
    const monthIndex = typeof month === 'number' ? monthOfSerial(month) : undefined;
    if (typeof closedAt !== 'number' || !isRegion(region) || monthIndex === undefined) continue;
    const entry: LogEntry = {
      closedAt,
      region,
      month: monthIndex,
      rowsUsed: typeof rowsUsed === 'number' ? rowsUsed : 0,
      analyst: String(analyst ?? ''),
      note: String(note ?? ''),
    };
    if (isMetric(metric)) entry.metric = metric;
    if (typeof value === 'number') entry.value = value;
    entries.push(entry);
  }
  return entries;
}
