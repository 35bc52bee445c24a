/**
 * The bench's Excel-layer measurements, run in node against the in-memory Excel double (bundled by
 * scripts/bench.js). Times are the double's, not Excel's: the figures that carry over are the sync
 * counts, the rows per sync and the request and response sizes; the pure checking rate is the domain's own.
 */
import { checkActuals, type ActualsRow } from '../src/domain/actuals';
import { REGION_CODES } from '../src/domain/planSchema';
import { firstDaySerial, monthIndexOf } from '../src/domain/months';
import { SUGGESTION_SEARCHES_PER_CHECK } from '../src/domain/nameMatching';
import { METRIC_CODES } from '../src/domain/planSchema';
import {
  appendActuals,
  checkActualsInWorkbook,
  loadPlanIntoWorkbook,
  PAYLOAD_BUDGET_BYTES,
  watchActuals,
} from '../src/excel';
import { buildReportInWorkbook, readBoardPack } from '../src/excel/report';
import { boardPackBytes } from '../src/taskpane/export/boardPackFile';
import {
  actualsRecords,
  badActualsRows,
  createExcelDouble,
  rowsWithLongNotes,
  sampleActualsRows,
  type ExcelDouble,
} from '../tests/excelDouble';

const TODAY = { year: 2025, month: 1 };
const TODAY_REPORT = { year: 2025, month: 6 };
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
async function payloadCase(
  what: string,
  prepare: (double: ExcelDouble) => void,
  run: () => Promise<unknown>,
): Promise<string> {
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

/**
 * The processor time of the fastest of a few checks, in seconds: processor time (this process's, its
 * garbage collection included) rather than elapsed time, so that other work on a shared machine
 * counts in neither figure of the pair.
 */
function fastestCheck(rowsOfRun: (run: number) => ActualsRow[]): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const rows = rowsOfRun(run);
    const start = process.cpuUsage();
    checkActuals(rows, { today: TODAY });
    const used = process.cpuUsage(start);
    fastest = Math.min(fastest, (used.user + used.system) / 1e6);
  }
  return fastest;
}

// Unknown names as a pasted export might hold them, every one different: near misses, names with
// numbers, made-up words. `n` runs through a different range in each run, so none is remembered.
const UNKNOWN_REGIONS = [
  (n: number) => `Region ${n}`,
  (n: number) => `Londn ${n}`,
  (n: number) => `Yorkshire & Humbr ${n}`,
  (n: number) => `Kent Sussex area ${n}`,
  (n: number) => `Zq${n.toString(36)}vex`,
];
const UNKNOWN_METRICS = [
  (n: number) => `metric ${n}`,
  (n: number) => `employed ${n} weeks`,
  (n: number) => `housing outcome ${n}`,
  (n: number) => `SOI starts ${n}`,
  (n: number) => `Kp${n.toString(36)}wz`,
];
const unknownName = (forms: ((n: number) => string)[], n: number): string => forms[n % forms.length](n);

/** A copy of a row with one cell replaced, built as a literal so every row has the same shape (as the Excel layer's do). */
const withCell = (row: ActualsRow, column: 'Region' | 'Metric', value: string): ActualsRow => ({
  Region: column === 'Region' ? value : row.Region,
  Metric: column === 'Metric' ? value : row.Metric,
  Month: row.Month,
  Value: row.Value,
  Numerator: row.Numerator,
  Denominator: row.Denominator,
  Note: row.Note,
});

/** Checking time of the valid rows against the same rows with a distinct unknown name in one column. */
function unknownNamesPair(
  valid: readonly ActualsRow[],
  column: 'Region' | 'Metric',
  forms: ((n: number) => string)[],
): string {
  const validSeconds = fastestCheck(() => [...valid]);
  const unknownSeconds = fastestCheck((run) =>
    valid.map((row, i) => withCell(row, column, unknownName(forms, run * valid.length + i))),
  );
  const ms = (s: number): string => `${(s * 1000).toFixed(0)} ms of processor time`;
  return (
    `Checking ${valid.length.toLocaleString('en-GB')} rows: valid ${column === 'Region' ? 'regions' : 'metrics'} ${ms(validSeconds)} | ` +
    `a distinct unknown ${column === 'Region' ? 'region' : 'metric'} on every row ${ms(unknownSeconds)} (${(unknownSeconds / validSeconds).toFixed(2)}× the valid time; aim at most 2×; ` +
    `"Did you mean" searched for the first ${SUGGESTION_SEARCHES_PER_CHECK.toLocaleString('en-GB')} of them)`
  );
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
    const rows: ActualsRow[] = actualsRecords(cells);
    checkActuals(rows.slice(0, 5000), { today: TODAY }); // warm-up
    start = process.hrtime.bigint();
    const result = checkActuals(rows, { today: TODAY });
    const checkSeconds = seconds(start);
    lines.push(
      `Checking ${ROWS.toLocaleString('en-GB')} rows (domain): ${(checkSeconds * 1000).toFixed(0)} ms, ${Math.round(ROWS / checkSeconds).toLocaleString('en-GB')} rows/s ` +
        `(${result.counts.ok} OK, ${result.counts.warnings} warnings, ${result.counts.errors} errors, ${result.counts.missing} missing)`,
    );

    // Point 2 of issue 9: did-you-mean suggestions must not make unknown names costly.
    const valid = rows.map((row, i) =>
      withCell(row, 'Region', row.Region === 'Atlantis' ? REGION_CODES[i % REGION_CODES.length] : String(row.Region)),
    );
    lines.push(unknownNamesPair(valid, 'Region', UNKNOWN_REGIONS));
    lines.push(unknownNamesPair(valid, 'Metric', UNKNOWN_METRICS));

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
  lines.push(await benchPastedRow());
  lines.push(...(await benchBoardReport()));
  return lines;
}

const PASTED_INTO = 10_000;

/**
 * What the automatic check writes after the analyst pastes one row below a checked RRP Actuals of
 * 10,000 rows: the cells (values, and number formats apart) and the bytes it sends. The aim is that
 * row's own add-in cells: Check and the four Used cells.
 */
export async function benchPastedRow(): Promise<string> {
  const double = createExcelDouble();
  const restore = double.install();
  try {
    await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: 'latest' });
    double.fillTable('RRPActuals', sampleActualsRows(PASTED_INTO));
    await checkActualsInWorkbook(TODAY);
    let checked: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (checked = resolve));
    const stop = await watchActuals(
      () => checked(),
      (message) => {
        throw new Error(message);
      },
      () => undefined,
      { debounceMs: 0, today: TODAY },
    );
    double.resetStats();
    double.pasteCells('RRP Actuals', `A${PASTED_INTO + 2}`, [['YH', 'EMP_6W', 'Sep 2024', 0.18, '', '', '']]);
    await done;
    const log = double.syncLog(); // before the sync that drops the watch's handlers
    await stop();
    const sum = (key: 'cellsWritten' | 'formatsWritten' | 'requestBytes') => log.reduce((n, s) => n + s[key], 0);
    return (
      `Automatic check after one row pasted into a checked ${PASTED_INTO.toLocaleString('en-GB')}-row RRP Actuals: ${log.length} syncs, ` +
      `${sum('cellsWritten').toLocaleString('en-GB')} cells written and ${sum('formatsWritten').toLocaleString('en-GB')} number formats, ` +
      `${sum('requestBytes').toLocaleString('en-GB')} bytes sent (aim: that row's own 5 add-in cells)`
    );
  } finally {
    restore();
  }
}

const REPORT_MONTHS = 36;

/**
 * The board report for every region (plan data where a region has it) with 36 months of actuals for
 * each of its metrics, April 2022 to March 2025: the build (report, history, charts), the board pack
 * read back and the .xlsx written by exceljs (summary page and charts drawn by the add-in), as the pane does.
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
    if (checked.counts.errors > 0)
      throw new Error(`The bench's actuals should all pass: ${checked.problems[0]?.message}`);
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
    lines.push(
      `Rebuild of the same month: ${double.syncCount} syncs, ${(seconds(start) * 1000).toFixed(0)} ms (${rebuilt.changes?.length ?? 0} changes)`,
    );

    double.resetStats();
    start = process.hrtime.bigint();
    const pack = await readBoardPack();
    lines.push(
      `Board pack read (report, history, ${pack.series.length} monthly series): ${double.syncCount} syncs, ${(seconds(start) * 1000).toFixed(0)} ms in the double`,
    );
    start = process.hrtime.bigint();
    const bytes = await boardPackBytes(pack);
    lines.push(
      `Board pack .xlsx written by exceljs, with its summary page and XmR charts drawn by the add-in: ${(bytes.length / 1024).toFixed(0)} KB in ${(seconds(start) * 1000).toFixed(0)} ms`,
    );
  } finally {
    restore();
  }
  return lines;
}
