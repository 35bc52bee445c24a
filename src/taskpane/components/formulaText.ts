/**
 * The function builder's pure part: which arguments each RRP function takes, the formula text for a
 * choice, and a preview of the value the cell will show. The preview calls the same
 * src/domain/rrpAnswers functions as the custom functions, with the same arguments the formula gives
 * them, so it always agrees with the cell (including the error message).
 */
import { PlanError } from '../../domain/errors';
import { monthOfText } from '../../domain/months';
import type { Edition, MetricCode, RegionCode } from '../../domain/planSchema';
import {
  baselineLevel,
  changeInPoints,
  deadlineDate,
  gapToTarget,
  sourceOf,
  statusOf,
  targetLevel,
  trajectoryLevel,
} from '../../domain/rrpAnswers';
import { spcTable } from '../../domain/spcAnswer';
import { percent } from '../../domain/trajectory';

export const FUNCTION_NAMES = [
  'TARGET',
  'BASELINE',
  'CHANGE',
  'DEADLINE',
  'TRAJECTORY',
  'STATUS',
  'GAP',
  'SOURCE',
  'SPC',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** An argument as it goes into the formula: a number, a text literal, a cell or range reference, or a nested formula. */
export type FormulaArg =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'reference'; ref: string }
  | { kind: 'formula'; text: string };

/** The values an RRP function is given, as Excel passes them (null for a left-out optional). */
interface Arguments {
  region: string;
  metric: string;
  actual: number | string;
  month: number | string;
  plan: Edition | null;
  values: string;
  target: number | null;
}

type ResultKind = 'percent' | 'date' | 'text';

export interface FunctionSpec {
  name: FunctionName;
  /** What it gives, in a few words, for the picker and the help line. */
  summary: string;
  takesActual: boolean;
  takesMonth: boolean;
  /** A range of values first, and the chosen target (RRP.TARGET) after it, in place of region and metric (RRP.SPC). */
  takesValues: boolean;
  result: ResultKind;
  compute(args: Arguments): number | string;
}

/** A function's spec; `takes` says which of the actual and the month it takes besides region, metric and plan. */
const spec = (
  name: FunctionName,
  summary: string,
  result: ResultKind,
  takes: { actual?: true; month?: true; values?: true },
  compute: FunctionSpec['compute'],
): FunctionSpec => ({
  name,
  summary,
  takesActual: takes.actual ?? false,
  takesMonth: takes.month ?? false,
  takesValues: takes.values ?? false,
  result,
  compute,
});

/** A function of the region, metric and plan alone. */
const ofTarget = (
  name: FunctionName,
  summary: string,
  result: ResultKind,
  answer: (region: string, metric: string, plan: Edition | null) => number | string,
): FunctionSpec => spec(name, summary, result, {}, (a) => answer(a.region, a.metric, a.plan));

export const FUNCTION_SPECS: Readonly<Record<FunctionName, FunctionSpec>> = {
  TARGET: ofTarget('TARGET', 'Target level', 'percent', targetLevel),
  BASELINE: ofTarget('BASELINE', 'Baseline the target starts from', 'percent', baselineLevel),
  CHANGE: ofTarget('CHANGE', 'Planned change in percentage points', 'percent', changeInPoints),
  DEADLINE: ofTarget('DEADLINE', 'Deadline date (last day of the month)', 'date', deadlineDate),
  TRAJECTORY: spec('TRAJECTORY', 'Where the plan should be in a month', 'percent', { month: true }, (a) =>
    trajectoryLevel(a.region, a.metric, a.month, a.plan),
  ),
  STATUS: spec('STATUS', 'Progress status of an actual in a month', 'text', { actual: true, month: true }, (a) =>
    statusOf(a.region, a.metric, a.actual, a.month, a.plan, null),
  ),
  GAP: spec('GAP', 'Target minus actual, in percentage points', 'percent', { actual: true }, (a) =>
    gapToTarget(a.region, a.metric, a.actual, a.plan),
  ),
  SOURCE: ofTarget('SOURCE', 'Plan sentence the target comes from', 'text', sourceOf),
  // Its preview is worked out here only when the values are not a range (and so fail as the cell will).
  SPC: spec('SPC', 'Signal and noise (XmR) of a range of actuals, against the target', 'text', { values: true }, (a) =>
    String(spcTable(a.values, a.target, null).at(-2)?.[1] ?? ''),
  ),
};

/** Everything the builder's form holds. Actual and month are the text as typed. */
export interface FormulaChoice {
  fn: FunctionName;
  region: RegionCode;
  metric: MetricCode;
  edition: Edition | 'latest';
  actual: string;
  month: string;
  /** RRP.SPC's range of values, as typed ("B2:B25"). */
  values: string;
}

const COLUMN_LIMIT = 16384; // XFD
const ROW_LIMIT = 1048576;
const CELL = /^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

const columnNumber = (letters: string): number =>
  [...letters.toUpperCase()].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0);

/** The reference as Excel would read it ("b2" → "B2", "Sheet1!$c$3"), or undefined when it is not one. */
export function cellReference(text: string): string | undefined {
  const m = CELL.exec(text.trim());
  if (!m) return undefined;
  const [, sheet, colAbs, col, rowAbs, row] = m;
  const rowNumber = Number(row);
  if (columnNumber(col) > COLUMN_LIMIT || rowNumber < 1 || rowNumber > ROW_LIMIT || row.startsWith('0'))
    return undefined;
  return `${sheet ? `${sheet}!` : ''}${colAbs}${col.toUpperCase()}${rowAbs}${row}`;
}

const SHEET_PREFIX = /^((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(.*)$/;

/** A range reference as Excel would read it ("b2:b25" → "B2:B25", "Sheet1!$B$2:$B$25"), a single cell too, or undefined. */
export function rangeReference(text: string): string | undefined {
  const [, sheet = '', cells] = SHEET_PREFIX.exec(text.trim()) as RegExpExecArray;
  const ends = cells.split(':');
  if (ends.length > 2) return undefined;
  const read = ends.map((end) => cellReference(end));
  if (read.some((r) => r === undefined)) return undefined;
  return `${sheet}${read.join(':')}`;
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Drops floating-point dust from a decimal divided by 100 (14.3 / 100 is 0.14300000000000002). */
const tidy = (x: number): number => Number(x.toPrecision(15));

/**
 * The actual as the formula gives it: "17.5%" and 0.175 both become the number 0.175, "B2" a cell
 * reference; anything else stays text, which the function rejects with its own message.
 */
export function actualArgument(raw: string): FormulaArg {
  const text = raw.trim();
  if (NUMBER.test(text)) return { kind: 'number', value: tidy(Number(text)) };
  if (text.endsWith('%') && NUMBER.test(text.slice(0, -1).trim()))
    return { kind: 'number', value: tidy(Number(text.slice(0, -1).trim()) / 100) };
  const ref = cellReference(text);
  return ref === undefined ? { kind: 'text', value: text } : { kind: 'reference', ref };
}

/**
 * The month as the formula gives it: text the functions read as a month ("Oct 2023", "2023-10") stays
 * text, even where it could also be a cell ("Oct23"); otherwise a cell reference such as C2; otherwise
 * text, which the function rejects with its own message.
 */
export function monthArgument(raw: string): FormulaArg {
  const text = raw.trim();
  if (monthOfText(text) !== undefined) return { kind: 'text', value: text };
  const ref = cellReference(text);
  return ref === undefined ? { kind: 'text', value: text } : { kind: 'reference', ref };
}

/** A text literal for a formula: quoted, with quotes doubled. */
export const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

function argumentText(arg: FormulaArg): string {
  switch (arg.kind) {
    case 'number':
      return String(arg.value);
    case 'text':
      return quoted(arg.value);
    case 'reference':
      return arg.ref;
    case 'formula':
      return arg.text;
  }
}

/** RRP.SPC's values as the formula gives them: a range (or cell) reference, else text the function refuses with its own message. */
export function valuesArgument(raw: string): FormulaArg {
  const ref = rangeReference(raw);
  return ref === undefined ? { kind: 'text', value: raw.trim() } : { kind: 'reference', ref };
}

/** The chosen target's level, or null where the plan states none (a direction, a commitment in words, no plan data). */
function targetOf(choice: FormulaChoice): number | null {
  try {
    return targetLevel(choice.region, choice.metric, choice.edition === 'latest' ? null : choice.edition);
  } catch {
    return null;
  }
}

/** RRP.SPC's arguments: the values, then RRP.TARGET of the choice where the plan has a target level. */
function spcArguments(choice: FormulaChoice): FormulaArg[] {
  const args = [valuesArgument(choice.values)];
  if (targetOf(choice) !== null)
    args.push({ kind: 'formula', text: formulaText({ ...choice, fn: 'TARGET' }).slice(1) });
  return args;
}

/** The arguments of a choice in the order the function takes them, with the plan left out for the latest. */
function formulaArguments(choice: FormulaChoice): FormulaArg[] {
  const spec = FUNCTION_SPECS[choice.fn];
  if (spec.takesValues) return spcArguments(choice);
  const args: FormulaArg[] = [
    { kind: 'text', value: choice.region },
    { kind: 'text', value: choice.metric },
  ];
  if (spec.takesActual) args.push(actualArgument(choice.actual));
  if (spec.takesMonth) args.push(monthArgument(choice.month));
  if (choice.edition !== 'latest') args.push({ kind: 'number', value: choice.edition });
  return args;
}

/** The formula for a choice: =RRP.STATUS("YH","EMP_6W",0.175,"Oct 2023"). */
export function formulaText(choice: FormulaChoice): string {
  return `=RRP.${choice.fn}(${formulaArguments(choice).map(argumentText).join(',')})`;
}

/** What the cell will show: a value, an Excel error with its message, or "worked out in Excel". */
export type Preview =
  | { kind: 'value'; text: string }
  | { kind: 'error'; code: '#VALUE!' | '#N/A'; message: string; text: string }
  | { kind: 'inExcel'; text: string };

const EXCEL_EPOCH_OFFSET = 25569; // serial of 1 Jan 1970
const DAY_MS = 86_400_000;

/** An Excel date serial as dd/mm/yyyy (serials from 61, 1 March 1900, on). */
export function formatSerialDate(serial: number): string {
  const date = new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * DAY_MS);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

export function formatResult(kind: ResultKind, value: number | string): string {
  if (typeof value === 'string') return value;
  if (kind === 'percent') return percent(value);
  if (kind === 'date') return formatSerialDate(value);
  return String(value);
}

/**
 * The Excel error a custom function shows for what it threw. It repeats the mapping and wording of
 * src/functions/functionErrors.ts, which builds CustomFunctions.Error objects and so needs Excel's
 * runtime; tests/taskpane/formulaText.test.tsx holds the two equal.
 */
export function errorPreview(error: unknown): Preview {
  if (error instanceof PlanError) {
    const code = error.kind === 'invalid' ? '#VALUE!' : '#N/A';
    return { kind: 'error', code, message: error.message, text: `${code}: ${error.message}` };
  }
  // The same words the custom functions use for a failure that is not a PlanError.
  const detail = error instanceof Error ? error.message : String(error);
  const message = `RRP could not work this out (${detail}). Please report it with the formula used.`;
  return { kind: 'error', code: '#VALUE!', message, text: `#VALUE!: ${message}` };
}

const valueOf = (arg: FormulaArg): number | string =>
  arg.kind === 'number' || arg.kind === 'text' ? arg.value : arg.kind === 'reference' ? arg.ref : arg.text;

/** RRP.SPC's preview: the values come from cells, so Excel works it out; say against which target. */
function spcPreview(choice: FormulaChoice, ref: string): Preview {
  const target = targetOf(choice);
  const against =
    target === null
      ? 'with no target (the plan states no target level for this metric), so no assurance'
      : `against the target ${percent(target)}`;
  return { kind: 'inExcel', text: `Worked out in Excel from the values in ${ref}, ${against}.` };
}

/** The value the formula for a choice will give, worked out here unless it reads a cell. */
export function previewOf(choice: FormulaChoice): Preview {
  const spec = FUNCTION_SPECS[choice.fn];
  const values = spec.takesValues ? valuesArgument(choice.values) : undefined;
  if (values?.kind === 'reference') return spcPreview(choice, values.ref);
  const actual = spec.takesActual ? actualArgument(choice.actual) : undefined;
  const month = spec.takesMonth ? monthArgument(choice.month) : undefined;
  const refs = [actual, month].flatMap((arg) => (arg?.kind === 'reference' ? [arg.ref] : []));
  if (refs.length > 0) {
    const cells = refs.length === 1 ? `the value in ${refs[0]}` : `the values in ${refs.join(' and ')}`;
    return { kind: 'inExcel', text: `Worked out in Excel from ${cells}.` };
  }
  try {
    const value = spec.compute({
      region: choice.region,
      metric: choice.metric,
      actual: actual ? valueOf(actual) : '',
      month: month ? valueOf(month) : '',
      plan: choice.edition === 'latest' ? null : choice.edition,
      values: values ? String(valueOf(values)) : '',
      target: targetOf(choice),
    });
    return { kind: 'value', text: formatResult(spec.result, value) };
  } catch (error) {
    return errorPreview(error);
  }
}
