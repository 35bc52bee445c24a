/**
 * The answer of RRP.SPC: the Making Data Count XmR calculation (spc.ts) for any range an analyst has,
 * as a table to spill, with messages that say which cell could not be read. The custom function and
 * the function builder's preview both call this.
 */
import { invalid } from './errors';
import { isBlank, numberOfText, shown, tidy } from './givenValues';
import type { Cell } from './rrpAnswers';
import { assuranceText, signalText, tooFewText } from './report/variation';
import { spc, SPC_MIN_POINTS, type Improvement } from './spc';

export const SPC_HEADER: Cell[] = ['Value', 'Mean', 'Lower limit', 'Upper limit', 'Signal'];

const IMPROVEMENT_WORDS = new Map<string, Improvement>([
  ['increase', 'increase'],
  ['higher', 'increase'],
  ['up', 'increase'],
  ['decrease', 'decrease'],
  ['lower', 'decrease'],
  ['down', 'decrease'],
]);

/** Which way is better: "increase" (the default) or "decrease", and a few plain synonyms. */
export function readImprovement(value: unknown): Improvement {
  if (isBlank(value)) return 'increase';
  const word = typeof value === 'string' ? IMPROVEMENT_WORDS.get(value.trim().toLowerCase()) : undefined;
  if (word !== undefined) return word;
  throw invalid(
    `The improvement ${shown(value)} is not one RRP.SPC knows: give "increase" (higher is better, the default) or "decrease" (lower is better).`,
  );
}

/** The target to assure against: a number, or text such as "19%" or "0.19"; blank for none. */
export function readTarget(value: unknown): number | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const text = value.trim();
    const percent = text.endsWith('%');
    const n = numberOfText(percent ? text.slice(0, -1) : text);
    if (n !== undefined) return percent ? tidy(n / 100) : n;
  }
  throw invalid(`The target ${shown(value)} is not a number. Give a number such as 0.19 or 19%, or leave it out.`);
}

/**
 * The values of a one-column or one-row range, in order. Blank cells at the start and end are left
 * out (a column can run past the last month); a blank between values, text or TRUE/FALSE is refused
 * with the cell's place, since an XmR chart reads consecutive values.
 */
export function readSeries(values: unknown): number[] {
  const rows: unknown[][] = Array.isArray(values)
    ? values.map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]))
    : [[values]];
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  if (rows.length > 1 && width > 1)
    throw invalid(
      `RRP.SPC reads one column or one row of values; this range has ${rows.length} rows and ${width} columns.`,
    );
  const cells = rows.length > 1 ? rows.map((row) => row[0]) : (rows[0] ?? []);
  const across = rows.length === 1 && width > 1 ? 'column' : 'row';
  let first = 0;
  let end = cells.length;
  while (first < end && isBlank(cells[first])) first++;
  while (end > first && isBlank(cells[end - 1])) end--;
  if (first === end) throw invalid('RRP.SPC was given no values: give a column or row of numbers, such as B2:B25.');
  const series: number[] = [];
  for (let i = first; i < end; i++) {
    const cell = cells[i];
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      series.push(cell);
      continue;
    }
    const where = `${across} ${i + 1} of the range`;
    if (isBlank(cell))
      throw invalid(
        `The value in ${where} is blank: an XmR chart needs consecutive values. Fill it in, or start the range after it.`,
      );
    throw invalid(
      `The value in ${where} is ${typeof cell === 'string' ? 'text' : 'not a number'} (${shown(cell)}): RRP.SPC reads numbers only. Leave headings and notes out of the range.`,
    );
  }
  return series;
}

/**
 * The RRP.SPC table: a header, one row per value (value, mean, lower limit, upper limit, signal), then
 * Variation and Assurance rows. A series under 12 points gives its limits and says "too few points
 * (n of 12)" in place of signals, variation and assurance, as the board report does.
 */
export function spcTable(values: unknown, target: unknown, improvement: unknown): Cell[][] {
  const series = readSeries(values);
  const goal = readTarget(target);
  const better = readImprovement(improvement);
  const result = spc(series, { target: goal, improvement: better });
  if (!result.points.every((p) => [p.mean, p.lower ?? 0, p.upper ?? 0].every(Number.isFinite)))
    throw invalid(
      'The values are too large to work out a mean and limits (beyond about 1e307): scale them down, such as thousands instead of units.',
    );
  const enough = series.length >= SPC_MIN_POINTS;
  const tooFew = tooFewText(series.length);
  const rows: Cell[][] = result.points.map((p) => [
    p.value,
    p.mean,
    p.lower ?? '',
    p.upper ?? '',
    enough ? signalText(p.signal, better) : tooFew,
  ]);
  return [
    SPC_HEADER,
    ...rows,
    ['Variation', enough ? signalText(result.variation, better) : tooFew, '', '', ''],
    ['Assurance', enough ? assuranceText(result.assurance) : tooFew, '', '', ''],
  ];
}
