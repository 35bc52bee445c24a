/**
 * The bench's Excel-layer measurements, run in node against the in-memory Excel double (bundled by
 * scripts/bench.js). Times are the double's, not Excel's: the figures that carry over are the sync
 * counts, the rows per sync and the request and response sizes; the pure checking rate is the domain's own.
 */
import { checkActuals, type ActualsRow } from '../src/domain/actuals';
import { REGION_CODES } from '../src/domain/planSchema';
import { appendActuals, checkActualsInWorkbook, loadPlanIntoWorkbook, PAYLOAD_BUDGET_BYTES } from '../src/excel';
import { badActualsRows, createExcelDouble, rowsWithLongNotes, sampleActualsRows, type ExcelDouble } from '../tests/excelDouble';

const TODAY = { year: 2025, month: 1 };
const ROWS = 100_000;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The largest request and response of the syncs since the last reset, against the layer's budget and Excel on the web's 5 MB. */
function payloadLine(what: string, double: ExcelDouble): string {
  const log = double.syncLog();
  const request = Math.max(...log.map((s) => s.requestBytes));
  const response = Math.max(...log.map((s) => s.responseBytes));
  const within = request <= PAYLOAD_BUDGET_BYTES && response <= PAYLOAD_BUDGET_BYTES ? 'both within' : 'NOT within';
  return `${what}: ${log.length} syncs, largest request ${megabytes(request)}, largest response ${megabytes(response)} (${within} the ${megabytes(PAYLOAD_BUDGET_BYTES)} budget; Excel on the web refuses over 5 MB)`;
}

/** A fresh double with every region's plan loaded; `run` measured from a reset. */
async function payloadCase(what: string, prepare: (double: ExcelDouble) => void, run: () => Promise<unknown>): Promise<string> {
  const double = createExcelDouble();
  const restore = double.install();
  try {
    await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: 'latest' });
    prepare(double);
    double.resetStats();
    await run();
    return payloadLine(what, double);
  } finally {
    restore();
  }
}

export async function runExcelBench(): Promise<string[]> {
  const lines: string[] = [];
  const double = createExcelDouble();
  const restore = double.install();
  try {
    let start = process.hrtime.bigint();
    const report = await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: [2022, 2023] });
    lines.push(
      `Load of every region, both editions, into an empty workbook: ${double.syncCount} syncs, ${(seconds(start) * 1000).toFixed(1)} ms in the double ` +
        `(${report.targetCount} targets, ${report.progressRowCount} progress rows)`,
    );

    const cells = sampleActualsRows(ROWS);
    const rows: ActualsRow[] = cells.map(([Region, Metric, Month, Value, Numerator, Denominator, Note]) => ({ Region, Metric, Month, Value, Numerator, Denominator, Note }));
    checkActuals(rows.slice(0, 5000), { today: TODAY }); // warm-up
    start = process.hrtime.bigint();
    const result = checkActuals(rows, { today: TODAY });
    const checkSeconds = seconds(start);
    lines.push(
      `Checking ${ROWS.toLocaleString('en-GB')} rows (domain): ${(checkSeconds * 1000).toFixed(0)} ms, ${Math.round(ROWS / checkSeconds).toLocaleString('en-GB')} rows/s ` +
        `(${result.counts.ok} OK, ${result.counts.warnings} warnings, ${result.counts.errors} errors, ${result.counts.missing} missing)`,
    );

    double.fillTable('RRPActuals', cells);
    double.resetStats();
    start = process.hrtime.bigint();
    await checkActualsInWorkbook(TODAY);
    const log = double.syncLog();
    const mostRead = Math.max(...log.map((r) => r.rowsRead));
    const mostWritten = Math.max(...log.map((r) => r.rowsWritten));
    lines.push(
      `Check of ${ROWS.toLocaleString('en-GB')} rows in the workbook: ${double.syncCount} syncs (at most ${mostRead.toLocaleString('en-GB')} rows read and ` +
        `${mostWritten.toLocaleString('en-GB')} rows written per sync), ${seconds(start).toFixed(2)} s in the double`,
    );
  } finally {
    restore();
  }
  lines.push(
    await payloadCase(
      `Check of ${ROWS.toLocaleString('en-GB')} rows, every one with a bad region and a bad month (about 350-character Check messages)`,
      (double) => double.fillTable('RRPActuals', badActualsRows(ROWS)),
      () => checkActualsInWorkbook(TODAY),
    ),
  );
  lines.push(
    await payloadCase(
      `Import of ${ROWS.toLocaleString('en-GB')} rows with 500-character notes`,
      () => undefined,
      () => appendActuals(rowsWithLongNotes(ROWS, 500), TODAY),
    ),
  );
  return lines;
}
