/**
 * The bench's Excel-layer measurements, run in node against the in-memory Excel double (bundled by
 * scripts/bench.js). Times are the double's, not Excel's: the figures that carry over are the sync
 * counts and the rows per sync; the pure checking rate is the domain's own.
 */
import { checkActuals, type ActualsRow } from '../src/domain/actuals';
import { REGION_CODES } from '../src/domain/planSchema';
import { checkActualsInWorkbook, loadPlanIntoWorkbook } from '../src/excel';
import { createExcelDouble, sampleActualsRows } from '../tests/excelDouble';

const TODAY = { year: 2025, month: 1 };
const ROWS = 100_000;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

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
  return lines;
}
