/** Reading RRP Progress back for the pane's summary: one sync, values only. */
import { METRIC_CODES, REGION_CODES, type MetricCode, type RegionCode } from '../domain/planSchema';
import { monthLabel, monthOfSerial } from '../domain/months';
import { officeErrorCode, toLayerError } from './excelErrors';
import { EXCEL_API, requireExcel } from './host';
import { PROGRESS_COLUMNS } from './progressSheet';
import { sameName, TABLE_NAMES } from './sheetNames';

export interface ProgressRow {
  region: RegionCode;
  metric: MetricCode;
  edition?: number;
  /** Met, On track, …, "No actual yet", or what the cell shows (an error such as "#NAME?"). */
  status: string;
  /** "October 2023". */
  latestMonth?: string;
  /** Excel date serial of the latest month's cell. */
  latestMonthSerial?: number;
  latestActual?: number;
  trajectory?: number;
  gapToTrajectory?: number;
  gapToTarget?: number;
  /** A fraction, or text such as "Continue to increase". */
  target?: number | string;
  /** Excel date serial. */
  deadline?: number;
}

const number = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Rows from the table's header and body values, found by header name. Rows whose region or metric is
 * not a known code (edited by hand) are left out.
 */
export function progressRowsFromValues(header: readonly unknown[], body: readonly (readonly unknown[])[]): ProgressRow[] {
  const at = (name: string) => header.findIndex((h) => typeof h === 'string' && sameName(h.trim(), name));
  const col = Object.fromEntries(PROGRESS_COLUMNS.map((c) => [c.header, at(c.header)]));
  const out: ProgressRow[] = [];
  for (const cells of body) {
    const get = (name: string): unknown => (col[name] >= 0 ? cells[col[name]] : undefined);
    const region = String(get('Region') ?? '').trim().toUpperCase();
    const metric = String(get('Metric') ?? '').trim().toUpperCase();
    if (!(REGION_CODES as readonly string[]).includes(region) || !(METRIC_CODES as readonly string[]).includes(metric)) continue;
    const serial = number(get('Latest month'));
    const month = serial === undefined ? undefined : monthOfSerial(serial);
    const target = get('Target');
    out.push({
      region: region as RegionCode,
      metric: metric as MetricCode,
      edition: number(get('Edition')),
      status: String(get('Status') ?? ''),
      latestMonth: month === undefined ? undefined : monthLabel(month),
      latestMonthSerial: serial,
      latestActual: number(get('Latest actual')),
      trajectory: number(get('Trajectory')),
      gapToTrajectory: number(get('Gap to trajectory (pp)')),
      gapToTarget: number(get('Gap to target (pp)')),
      target: typeof target === 'number' || (typeof target === 'string' && target !== '') ? target : undefined,
      deadline: number(get('Deadline')),
    });
  }
  return out;
}

/** The progress rows in the workbook; empty when there is no RRP Progress table yet. */
export async function readProgress(): Promise<ProgressRow[]> {
  requireExcel('read progress', EXCEL_API.readProgress);
  try {
    return await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(TABLE_NAMES.progress);
      const header = table.getHeaderRowRange().load('values');
      const body = table.getDataBodyRange().load('values');
      await context.sync();
      return progressRowsFromValues(header.values[0], body.values);
    });
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return [];
    throw toLayerError(error, 'read the progress sheet');
  }
}
