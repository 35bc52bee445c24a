/** The sheet columns an A1-style address covers, as Excel reports changed areas ("H2:L40", "'RRP Actuals'!H2", "C:C"). */

export const LAST_COLUMN = 16383; // XFD

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** The 0-based column of one end of an area; undefined when it names no column (a whole row). */
function columnOfPart(part: string): number | undefined | null {
  const match = PART.exec(part.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  return match[1] === undefined ? undefined : columnNumber(match[1]);
}

/**
 * The column span of each area of the address (areas separated by commas), or undefined when the
 * address cannot be read. A whole-row area spans every column.
 */
export function columnSpans(address: string): { first: number; last: number }[] | undefined {
  const bang = address.lastIndexOf('!');
  const cells = bang >= 0 ? address.slice(bang + 1) : address;
  const spans: { first: number; last: number }[] = [];
  for (const area of cells.split(',')) {
    const [from, to = from] = area.split(':');
    const a = columnOfPart(from);
    const b = columnOfPart(to);
    if (a === null || b === null) return undefined;
    if (a === undefined || b === undefined) spans.push({ first: 0, last: LAST_COLUMN });
    else spans.push({ first: Math.min(a, b), last: Math.max(a, b) });
  }
  return spans;
}

/** True when every cell of the address lies in the given columns. An address that cannot be read is not. */
export function withinColumns(address: string, columns: ReadonlySet<number>): boolean {
  const spans = columnSpans(address);
  if (spans === undefined || spans.length === 0) return false;
  return spans.every(({ first, last }) => {
    for (let c = first; c <= last; c++) if (!columns.has(c)) return false;
    return true;
  });
}
