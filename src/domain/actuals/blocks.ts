/**
 * Turning a block of cells (an Excel selection or a parsed CSV) into actuals rows.
 *
 * Long layout: a header row naming the table's columns (Region, Metric, Month, Value, Numerator,
 * Denominator, Note; any case, spaces around ignored) and one actual per row.
 * Wide layout: a header row of Region, Metric (and optionally Note) then one column per month, the
 * month in any form a Month cell accepts (Excel dates too): "Apr-23", "2023-04", "April 2023", 45017.
 * Each non-blank cell under a month becomes one long row; blank cells are skipped.
 * Neither function throws: what cannot be read is reported in `problems`, in plain words.
 */
import { monthLabel, type MonthIndex } from '../months';
import { cellText } from '../cellText';
import { isBlank, shown } from '../givenValues';
import { cellOf, monthOfHeader } from './cells';
import { examplesText, listText, NoteGroups, type NoteGroup } from './format';
import { ACTUALS_COLUMNS, type ActualsColumn, type ActualsRow, type CellValue } from './schema';

/** Where a row came from in the block (0-based row and column; the header is row 0). */
export interface CellOrigin {
  row: number;
  column: number;
}

export interface BlockRows {
  layout: 'long' | 'wide';
  rows: ActualsRow[];
  /** One per row: the block row (long) or the cell (wide) it came from. */
  origins: CellOrigin[];
  /** Plain-words reports of what could not be read; empty when all is well. */
  problems: string[];
  /** Header texts of columns that were not used. */
  ignoredColumns: string[];
  /** Table columns the block has no header for. */
  missingColumns: ActualsColumn[];
}

const COLUMN_BY_KEY = new Map<string, ActualsColumn>([
  ...ACTUALS_COLUMNS.map((c) => [c.toLowerCase(), c] as const),
  ['notes', 'Note'],
]);
const EXPECTED_HEADERS = `Region, Metric, Month, Value, Numerator, Denominator, Note`;
const WIDE_EXAMPLE = 'Region, Metric, Apr-23, May-23, …';
const MONTH_HEADER_FORMS = 'Month headers can be Excel dates or text such as "Apr-23", "2023-04" or "April 2023".';

const columnOfHeader = (cell: CellValue): ActualsColumn | undefined =>
  typeof cell === 'string' ? COLUMN_BY_KEY.get(cell.trim().toLowerCase()) : undefined;
const rowCells = (row: unknown): readonly unknown[] => (Array.isArray(row) ? row : []);
const headerName = (cell: CellValue, column: number): string =>
  isBlank(cell) ? `column ${column + 1}` : `${shown(cell)} (column ${column + 1})`;
const ONLY_HEADER = 'There is only the header row: no rows of actuals under it.';
const valuesWere = (n: number, its: 'its' | 'their'): string =>
  n === 1 ? `${its} value was` : `${its} ${n.toLocaleString('en-GB')} values were`;
const headerText = (cell: CellValue): string => (typeof cell === 'string' ? cell.trim() : String(cell));

/** What a header row can say more than once: one note per kind, however many columns (see NoteGroups). */
type HeaderNote = `two ${ActualsColumn}` | 'same month' | 'no header' | 'not a month';

/** The sentence for one kind of header note; `first` names the column a repeated one repeats. */
function headerSentence(kind: HeaderNote, group: NoteGroup, first: (column: ActualsColumn) => string): string {
  const one = group.count === 1;
  const skipped = (its: 'its' | 'their'): string =>
    group.total > 0 ? `, so ${valuesWere(group.total, its)} skipped` : one ? '; it was skipped' : '; they were skipped';
  switch (kind) {
    case 'same month':
      return one
        ? `Headers ${group.examples[0]}; their values are checked as duplicates.`
        : `${group.count.toLocaleString('en-GB')} month headers name the same month as an earlier one (${examplesText(group, '; ')}); their values are checked as duplicates.`;
    case 'no header':
      return one
        ? `Column ${group.examples[0]} has no header${skipped('its')}. ${MONTH_HEADER_FORMS}`
        : `${group.count.toLocaleString('en-GB')} columns have no header (columns ${examplesText(group)})${skipped('their')}. ${MONTH_HEADER_FORMS}`;
    case 'not a month':
      return one
        ? `Header ${group.examples[0]} is not a month${skipped('its')}. ${MONTH_HEADER_FORMS}`
        : `${group.count.toLocaleString('en-GB')} headers are not months (${examplesText(group)})${skipped('their')}. ${MONTH_HEADER_FORMS}`;
    default: {
      const column = kind.slice(4) as ActualsColumn;
      return one
        ? `There are two ${column} columns (${listText([first(column), group.examples[0]])}); the first is used.`
        : `There are ${(group.count + 1).toLocaleString('en-GB')} ${column} columns (${first(column)}, then ${examplesText(group)}); the first is used.`;
    }
  }
}

function emptyResult(layout: 'long' | 'wide', problem: string): BlockRows {
  return { layout, rows: [], origins: [], problems: [cellText(problem)], ignoredColumns: [], missingColumns: [] };
}

function blockRows(block: unknown): readonly unknown[] | undefined {
  return Array.isArray(block) && block.length > 0 ? block : undefined;
}

function nonBlankBelow(rows: readonly unknown[], column: number): number {
  let count = 0;
  for (let r = 1; r < rows.length; r++) if (!isBlank(cellOf(rowCells(rows[r])[column]))) count++;
  return count;
}

/** A wide block (months across) as long actuals rows. */
export function widenToRows(block: readonly (readonly CellValue[])[]): BlockRows {
  const rows = blockRows(block);
  if (rows === undefined)
    return emptyResult('wide', `The selection is empty. Its first row should hold headers such as ${WIDE_EXAMPLE}`);
  return widen(rows, rowCells(rows[0]).map(cellOf));
}

/** The rows of a wide block whose header cells have been read; every header problem is reported here. */
function widen(rows: readonly unknown[], header: readonly CellValue[]): BlockRows {
  const notes = new NoteGroups<HeaderNote>();
  const ignoredColumns: string[] = [];
  const found = new Map<ActualsColumn, number>();
  const monthColumns: { column: number; month: MonthIndex; header: CellValue }[] = [];
  const firstOfMonth = new Map<MonthIndex, number>();

  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    const column = columnOfHeader(cell);
    if (column === 'Region' || column === 'Metric' || column === 'Note') {
      const earlier = found.get(column);
      if (earlier !== undefined) {
        notes.add(`two ${column}`, () => headerName(cell, c));
        ignoredColumns.push(headerText(cell));
      } else found.set(column, c);
      continue;
    }
    const month = isBlank(cell) ? undefined : monthOfHeader(cell);
    if (month !== undefined) {
      const earlier = firstOfMonth.get(month);
      if (earlier !== undefined)
        notes.add(
          'same month',
          () =>
            `${shown(header[earlier])} and ${shown(cell)} (columns ${earlier + 1} and ${c + 1}) are both ${monthLabel(month)}`,
        );
      else firstOfMonth.set(month, c);
      monthColumns.push({ column: c, month, header: cell });
      continue;
    }
    const values = nonBlankBelow(rows, c);
    if (isBlank(cell)) {
      if (values > 0) notes.add('no header', String(c + 1), values);
      continue;
    }
    ignoredColumns.push(headerText(cell));
    notes.add('not a month', () => headerName(cell, c), values);
  }
  const problems = notes.sentences((kind, group) =>
    headerSentence(kind, group, (column) => {
      const c = found.get(column) ?? 0;
      return headerName(header[c], c);
    }),
  );

  const missingColumns = (['Region', 'Metric'] as const).filter((c) => !found.has(c));
  if (missingColumns.length > 0) {
    problems.unshift(
      `No ${listText(missingColumns)} column: the first row should hold headers such as ${WIDE_EXAMPLE}`,
    );
    return { layout: 'wide', rows: [], origins: [], problems: problems.map(cellText), ignoredColumns, missingColumns };
  }
  if (monthColumns.length === 0)
    problems.unshift(
      `No month columns: after Region and Metric, the headers should be months such as "Apr-23", "May-23". ${MONTH_HEADER_FORMS}`,
    );
  if (rows.length === 1) problems.push(ONLY_HEADER);

  const regionColumn = found.get('Region') ?? 0;
  const metricColumn = found.get('Metric') ?? 0;
  const noteColumn = found.get('Note');
  const out: ActualsRow[] = [];
  const origins: CellOrigin[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rowCells(rows[r]);
    const region = cellOf(cells[regionColumn]);
    const metric = cellOf(cells[metricColumn]);
    const note = noteColumn === undefined ? '' : (cellOf(cells[noteColumn]) ?? '');
    for (const m of monthColumns) {
      const value = cellOf(cells[m.column]);
      if (isBlank(value)) continue;
      out.push({
        Region: region ?? '',
        Metric: metric ?? '',
        Month: m.header,
        Value: value,
        Numerator: '',
        Denominator: '',
        Note: note,
      });
      origins.push({ row: r, column: m.column });
    }
  }
  return { layout: 'wide', rows: out, origins, problems: problems.map(cellText), ignoredColumns, missingColumns: [] };
}

/**
 * A block in either layout as actuals rows. Long when the header has a Month column; wide when it has
 * no Month column but Region, Metric and at least one month header. Long rows keep blank rows (so
 * row numbers match the block); checking reports them as empty.
 */
export function rowsFromBlock(block: readonly (readonly CellValue[])[]): BlockRows {
  const rows = blockRows(block);
  if (rows === undefined)
    return emptyResult('long', `There is nothing to read. The first row should hold the headers ${EXPECTED_HEADERS}.`);
  const header = rowCells(rows[0]).map(cellOf);
  const found = new Map<ActualsColumn, number>();
  const notes = new NoteGroups<HeaderNote>();
  const ignoredColumns: string[] = [];
  let monthHeaders = 0;
  for (let c = 0; c < header.length; c++) {
    const cell = header[c];
    const column = columnOfHeader(cell);
    if (column === undefined) {
      if (!isBlank(cell)) {
        if (monthOfHeader(cell) !== undefined) monthHeaders++;
        ignoredColumns.push(headerText(cell));
      }
      continue;
    }
    const earlier = found.get(column);
    if (earlier !== undefined) {
      notes.add(`two ${column}`, `column ${c + 1}`);
      ignoredColumns.push(headerText(cell));
    } else found.set(column, c);
  }
  // Wide: its own reading of the header reports every header problem (a second Region column too), once.
  if (!found.has('Month') && found.has('Region') && found.has('Metric') && monthHeaders > 0) return widen(rows, header);

  const problems = notes.sentences((kind, group) =>
    headerSentence(kind, group, (column) => `column ${(found.get(column) ?? 0) + 1}`),
  );
  const missingColumns = ACTUALS_COLUMNS.filter((c) => !found.has(c));
  const required = (['Region', 'Metric', 'Month'] as const).filter((c) => !found.has(c));
  if (required.length > 0)
    problems.push(
      `No ${listText(required)} column. The first row should hold the headers ${EXPECTED_HEADERS} (or Region, Metric and one column per month).`,
    );
  if (!found.has('Value') && !(found.has('Numerator') && found.has('Denominator'))) {
    problems.push(
      'No Value column, and no Numerator and Denominator columns: every row will be reported as having no value.',
    );
  }
  if (found.size === 0)
    return { layout: 'long', rows: [], origins: [], problems: problems.map(cellText), ignoredColumns, missingColumns };
  if (rows.length === 1) problems.push(ONLY_HEADER);

  const columnIndex = ACTUALS_COLUMNS.map((c) => found.get(c));
  const out: ActualsRow[] = [];
  const origins: CellOrigin[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rowCells(rows[r]);
    const get = (k: number): CellValue => {
      const index = columnIndex[k];
      return index === undefined ? '' : (cellOf(cells[index]) ?? '');
    };
    out.push({
      Region: get(0),
      Metric: get(1),
      Month: get(2),
      Value: get(3),
      Numerator: get(4),
      Denominator: get(5),
      Note: get(6),
    });
    origins.push({ row: r, column: 0 });
  }
  return { layout: 'long', rows: out, origins, problems: problems.map(cellText), ignoredColumns, missingColumns };
}
