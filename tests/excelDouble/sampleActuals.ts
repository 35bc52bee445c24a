/**
 * Generated actuals rows for volume tests and the bench: Region, Metric, Month, Value, Numerator,
 * Denominator, Note, as an analyst's table might hold them. Deterministic (row i is always the same).
 * Mostly clean rows with codes and Excel dates; every so often a name instead of a code, month text,
 * a value given as 16.5, counts instead of a value, "TBC", an unknown region, and a text Note.
 * Region, metric and month run through 12 × 6 × 300 combinations, so tables beyond 21,600 rows also
 * hold repeats (same figures) of earlier rows.
 */

const REGIONS = ['KSS', 'SC', 'EOE', 'YH', 'NE', 'NW', 'GM', 'WM', 'EM', 'SW', 'LDN', 'WAL'];
const METRICS = ['EMP_6W', 'EMP_6M', 'HOUSED_NIGHT1', 'SETTLED_3M', 'SOI_COMPLETED', 'CSTR'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Excel serial of 1 January 2000. */
const JAN_2000 = 36526;

/** Excel date serial of the 1st of the month `k` months after January 2000. */
function firstOfMonth(k: number): number {
  const date = Date.UTC(2000 + Math.floor(k / 12), k % 12, 1);
  return JAN_2000 + Math.round((date - Date.UTC(2000, 0, 1)) / 86_400_000);
}

export function sampleActualsRows(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const key = i % 21_600;
    const region = REGIONS[key % 12];
    const metric = METRICS[Math.floor(key / 12) % 6];
    const monthIndex = Math.floor(key / 72); // 0…299: Jan 2000 to Dec 2024
    const value = 0.1 + (key % 50) / 100;
    const row: (string | number)[] = [region, metric, firstOfMonth(monthIndex), value, '', '', ''];
    switch (key % 20) {
      case 1:
        row[0] = 'Kent, Surrey and Sussex';
        break;
      case 3:
        row[2] = `${MONTH_NAMES[monthIndex % 12]} ${2000 + Math.floor(monthIndex / 12)}`;
        break;
      case 5:
        row[3] = Number((value * 100).toFixed(2));
        break;
      case 7:
        row[3] = '';
        row[4] = 30 + (key % 7);
        row[5] = 200;
        break;
      case 11:
        row[3] = 'TBC';
        break;
      case 13:
        row[0] = 'Atlantis';
        break;
      case 17:
        row[6] = '=cmd|" /C calc"!A0';
        break;
      default:
        break;
    }
    rows.push(row);
  }
  return rows;
}

/** The columns of RRP Actuals, in table order, as the check and an import take a row. */
type ActualsRecord = Record<
  'Region' | 'Metric' | 'Month' | 'Value' | 'Numerator' | 'Denominator' | 'Note',
  string | number
>;

/** Rows of cells in table order (Region … Note, as sampleActualsRows gives them) as records keyed by column. */
export function actualsRecords(rows: readonly (string | number)[][]): ActualsRecord[] {
  return rows.map(([Region, Metric, Month, Value, Numerator, Denominator, Note]) => ({
    Region,
    Metric,
    Month,
    Value,
    Numerator,
    Denominator,
    Note,
  }));
}

const MISSPELT_REGIONS = ['Londn', 'Kent and Sussex', 'North East England', 'Yorks'];

/**
 * n rows that each have a region and a month the check cannot read: the longest Check messages
 * (about 350 characters each), for the payload bench and tests.
 */
export function badActualsRows(n: number): (string | number)[][] {
  return Array.from({ length: n }, (_, i) => [
    MISSPELT_REGIONS[i % MISSPELT_REGIONS.length],
    METRICS[i % 5],
    `Smarch ${2020 + (i % 4)}`,
    0.17,
    '',
    '',
    '',
  ]);
}

/** n clean rows, each with a Note of exactly `noteLength` characters: the longest imports. */
export function rowsWithLongNotes(
  n: number,
  noteLength = 500,
): {
  Region: string;
  Metric: string;
  Month: number;
  Value: number;
  Numerator: string;
  Denominator: string;
  Note: string;
}[] {
  const text = 'Figure confirmed with the regional lead; the September return was late because of the system change. ';
  return Array.from({ length: n }, (_, i) => {
    const note = `${i}: ${text.repeat(Math.ceil(noteLength / text.length))}`.slice(0, noteLength);
    return {
      Region: REGIONS[i % 12],
      Metric: METRICS[i % 5],
      Month: firstOfMonth(270 + (i % 36)),
      Value: 0.17,
      Numerator: '',
      Denominator: '',
      Note: note,
    };
  });
}
