/**
 * The bench's Excel-layer measurements, run in node against the in-memory Excel double (bundled by
 * scripts/bench.js). Times are the double's, not Excel's: the figures that carry over are the sync
 * counts and the rows per sync; the pure checking rate is the domain's own.
 */
import { checkActuals, type ActualsRow } from '../src/domain/actuals';
import { REGION_CODES } from '../src/domain/planSchema';
import { firstDaySerial, monthIndexOf } from '../src/domain/months';
import { METRIC_CODES } from '../src/domain/planSchema';
import { checkActualsInWorkbook, loadPlanIntoWorkbook } from '../src/excel';
import { buildReportInWorkbook, readBoardPack } from '../src/excel/report';
import { boardPackBytes } from '../src/taskpane/export/boardPackFile';
import { createExcelDouble, sampleActualsRows } from '../tests/excelDouble';

const TODAY = { year: 2025, month: 1 };
const TODAY_REPORT = { year: 2025, month: 6 };
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
  lines.push(...(await benchBoardReport()));
  return lines;
}

const REPORT_MONTHS = 36;

/**
 * The board report for every region (plan data where a region has it) with 36 months of actuals for
 * each of its metrics, April 2022 to March 2025: the build (report, history, charts), the board pack
 * read back (every chart as a picture) and the .xlsx written by exceljs, as the pane does.
 */
async function benchBoardReport(): Promise<string[]> {
  const lines: string[] = [];
  const double = createExcelDouble();
  const restore = double.install();
  try {
    await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: [2022, 2023] });
    const first = monthIndexOf(2022, 4);
    const rows: (string | number)[][] = [];
    for (const region of REGION_CODES) {
      for (const [m, metric] of METRIC_CODES.entries()) {
        for (let k = 0; k < REPORT_MONTHS; k++) {
          const numerator = 20 + ((k * 7 + m * 3) % 120);
          rows.push([region, metric, firstDaySerial(first + k), numerator / 200, numerator, 200, '']);
        }
      }
    }
    double.fillTable('RRPActuals', rows);
    const checked = await checkActualsInWorkbook(TODAY_REPORT);
    if (checked.counts.errors > 0) throw new Error(`The bench's actuals should all pass: ${checked.problems[0]?.message}`);
    const month = first + REPORT_MONTHS - 1;

    double.resetStats();
    let start = process.hrtime.bigint();
    const built = await buildReportInWorkbook({ month }, new Date(), TODAY_REPORT);
    lines.push(
      `Board report for ${REGION_CODES.length} regions × ${METRIC_CODES.length} metrics × ${REPORT_MONTHS} months (${rows.length.toLocaleString('en-GB')} actuals): ` +
        `${double.syncCount} syncs, ${(seconds(start) * 1000).toFixed(0)} ms in the double (${built.lines} report lines, ${built.historyRows.toLocaleString('en-GB')} history rows, ${built.charts} charts)`,
    );
    double.resetStats();
    start = process.hrtime.bigint();
    const rebuilt = await buildReportInWorkbook({ month }, new Date(), TODAY_REPORT);
    lines.push(`Rebuild of the same month: ${double.syncCount} syncs, ${(seconds(start) * 1000).toFixed(0)} ms (${rebuilt.changes?.length ?? 0} changes)`);

    double.resetStats();
    start = process.hrtime.bigint();
    const pack = await readBoardPack();
    lines.push(`Board pack read (report, history, ${pack.charts.length} chart pictures): ${double.syncCount} syncs, ${(seconds(start) * 1000).toFixed(0)} ms in the double`);
    start = process.hrtime.bigint();
    const bytes = await boardPackBytes(pack);
    lines.push(`Board pack .xlsx written by exceljs: ${(bytes.length / 1024).toFixed(0)} KB in ${(seconds(start) * 1000).toFixed(0)} ms (chart pictures are the double's, uncompressed PNGs: Excel's are smaller)`);
  } finally {
    restore();
  }
  return lines;
}
