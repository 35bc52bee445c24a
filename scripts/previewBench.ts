/**
 * The bench's import preview measurements (issue 19): the file and selection readers and the preview
 * the pane makes of them, as the pane runs them, in node (bundled by scripts/bench.js). Aim: each under
 * a second.
 */
import { parseActualsCsv, rowsFromBlock, type CellValue } from '../src/domain/actuals';
import { monthIndexOf } from '../src/domain/months';
import { prepareImport } from '../src/taskpane/components/actualsText';

const TODAY = monthIndexOf(2025, 7);
/** Wall time, and the processor time of this process, which other work on the machine does not inflate. */
function timed<T>(work: () => T): { result: T; took: string } {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  const ms = (n: number): string => n.toFixed(0);
  return {
    result,
    took: `${ms(Number(process.hrtime.bigint() - wall) / 1e6)} ms (${ms((used.user + used.system) / 1000)} ms of processor time)`,
  };
}

export function runPreviewBench(): string[] {
  const lines: string[] = [];

  const headers = 1_000_000;
  const names = Array.from({ length: headers }, (_, i) => `Extra ${i + 1}`);
  const csv = new TextEncoder().encode(
    `Region,Metric,Month,Value,${names.join(',')}\nKSS,EMP_6W,2023-10,0.2,${names.map(() => 'x').join(',')}\n`,
  );
  const file = timed(() => {
    const read = parseActualsCsv(csv, { today: TODAY });
    return prepareImport({ ...read.preview, rows: read.rows }, TODAY);
  });
  lines.push(
    `CSV of ${headers.toLocaleString('en-GB')} unknown headers and one row (${(csv.length / 1e6).toFixed(1)} MB), read and previewed: ${file.took}, ${file.result.notes.length} note(s)`,
  );

  const columns = 16_384;
  const header: CellValue[] = ['Region', 'Metric', 'Apr-23', 'May-23'];
  for (let c = header.length; c < columns; c++) header.push(`Extra ${c + 1}`);
  const block: CellValue[][] = [header];
  for (let r = 0; r < 6; r++)
    block.push(Array.from({ length: columns }, (_, c) => (c === 0 ? 'KSS' : c === 1 ? 'EMP_6W' : 0.1)));
  const selection = timed(() => prepareImport(rowsFromBlock(block), TODAY));
  lines.push(
    `Selection of ${columns.toLocaleString('en-GB')} columns by 7 rows (wide, ${(columns - 4).toLocaleString('en-GB')} unknown headers), read and previewed: ${selection.took}, ${selection.result.notes.length} note(s)`,
  );
  return lines;
}
