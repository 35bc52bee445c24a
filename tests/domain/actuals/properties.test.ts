import fc from 'fast-check';
import {
  ACTUALS_COLUMNS,
  checkActuals,
  CheckResultSchema,
  looksLikeFormula,
  parseActualsCsv,
  rowsFromBlock,
  widenToRows,
  type ActualsRow,
  type CellValue,
} from '../../../src/domain/actuals';
import { CLEAN_ROW } from '../../fixtures/actualsCatalogue';

const TODAY = { year: 2025, month: 7 };

const tricky = fc.constantFrom(
  "=cmd|' /C calc'!A0",
  '+1',
  '-',
  '@SUM(A1)',
  '\t=1',
  '\r\n',
  'TBC',
  'tbc',
  'n/a',
  'N/A',
  '',
  '   ',
  '16.5%',
  ' 16.5 % ',
  '16,5%',
  '0,165',
  '1,200',
  '100',
  '1',
  '0',
  '-0',
  '1e309',
  'NaN',
  'Infinity',
  'Oct-23',
  '2023-10',
  'October 2023',
  '10/2023',
  '2026-10',
  'London',
  'Londn',
  'LDN',
  'EMP_6W',
  '6 week employment',
  'Lōndon 🙂',
  '\u0000',
  '\uFEFF',
  '𝟙𝟚',
  '٣',
  'Ⅻ',
  '%',
  '%%',
  '.',
  ',',
  '"',
  "'",
  '\u2212 5%',
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  tricky,
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(), // includes NaN, ±Infinity and -0
  fc.integer({ min: -100, max: 100_000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const plausibleRow: fc.Arbitrary<ActualsRow> = fc.record({
  Region: fc.oneof(fc.constantFrom('LDN', 'London', 'KSS', 'Wales'), cell),
  Metric: fc.oneof(fc.constantFrom('EMP_6W', 'EMP_6M', '6 week employment'), cell),
  Month: fc.oneof(fc.constantFrom('2023-10', 'Oct-23', 45200, 45231, '2024-01'), cell),
  Value: cell,
  Numerator: fc.oneof(fc.constant(''), fc.nat(300), cell),
  Denominator: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 300 }), cell),
  Note: cell,
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('checkActuals properties', () => {
  it('never throws, never changes its input, and gives a consistent, schema-valid result', () => {
    fc.assert(
      fc.property(fc.array(plausibleRow, { maxLength: 40 }), (rows) => {
        const before = structuredClone(rows);
        const result = checkActuals(deepFreeze(rows), { today: TODAY });
        expect(rows).toEqual(before);
        expect(CheckResultSchema.safeParse(result).success).toBe(true);
        expect(result.rows).toHaveLength(rows.length);
        const { ok, warnings, errors, missing } = result.counts;
        expect(ok + warnings + errors + missing).toBe(rows.length);
        const keys = new Set<string>();
        for (const a of result.actuals) {
          const status = result.rows[a.row].status;
          expect(status === 'ok' || status === 'warning').toBe(true);
          expect(a.value).toBeGreaterThanOrEqual(0);
          expect(a.value).toBeLessThanOrEqual(1);
          const key = `${a.region}|${a.metric}|${a.month}`;
          expect(keys.has(key)).toBe(false); // never two usable actuals for the same month
          keys.add(key);
        }
        for (const r of result.rows) {
          expect(looksLikeFormula(r.message)).toBe(false);
          if (r.status === 'ok') expect(r.message).toBe('OK');
          if (r.status === 'warning') expect(r.message.startsWith('Note: ')).toBe(true);
        }
        // Deterministic.
        expect(checkActuals(rows, { today: TODAY })).toEqual(result);
      }),
    );
  });

  it('never throws on rows of any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 20 }), (rows) => {
        const result = checkActuals(rows as ActualsRow[], { today: TODAY });
        expect(result.rows).toHaveLength(rows.length);
      }),
    );
  });

  it('reads a number from 0 to 1 as a fraction, and above 1 up to 100 as a percentage with a note', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (v) => {
        const [row] = checkActuals([{ ...CLEAN_ROW, Value: v }], { today: TODAY }).rows;
        if (v <= 1) {
          expect(row.status).toBe('ok');
          expect(row.parsed?.value).toBe(v + 0);
        } else {
          expect(row.status).toBe('warning');
          expect(row.parsed?.value).toBeCloseTo(v / 100, 10);
        }
        const [asPercent] = checkActuals([{ ...CLEAN_ROW, Value: `${v}%` }], { today: TODAY }).rows;
        if (!String(v).includes('e')) {
          expect(asPercent.status).toBe('ok');
          expect(asPercent.parsed?.value).toBeCloseTo(v / 100, 10);
        }
      }),
    );
  });

  it('never reads a "no value" word as zero', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ' ', 'n/a', 'N/A', '-', 'TBC', 'tbc', null),
        fc.constantFrom('', ' ', '\t'),
        (word, pad) => {
          const value = word === null ? null : `${pad}${word}${pad}`;
          const result = checkActuals([{ ...CLEAN_ROW, Value: value }], { today: TODAY });
          expect(result.rows[0].status).toBe('missing');
          expect(result.actuals).toEqual([]);
        },
      ),
    );
  });

  it('agrees value and counts within 0.05 percentage points', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -0.002, max: 0.002, noNaN: true }),
        (den, share, delta) => {
          const num = Math.round(den * share);
          const value = Math.min(1, Math.max(0, num / den + delta));
          const [row] = checkActuals([{ ...CLEAN_ROW, Value: value, Numerator: num, Denominator: den }], {
            today: TODAY,
          }).rows;
          const gap = Math.abs(value - num / den);
          if (gap <= 0.0005 - 1e-9) expect(row.status).toBe('ok');
          if (gap > 0.0005 + 1e-8) expect(row.status).toBe('error');
        },
      ),
    );
  });
});

describe('block and CSV reading properties', () => {
  const block = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
  const headerFirst = fc.tuple(
    fc.shuffledSubarray([...ACTUALS_COLUMNS, 'Apr-23', 'May 2023', '2023-06', 'Total', 45200]),
    fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 10 }),
  );

  it('widenToRows and rowsFromBlock never throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          block,
          headerFirst.map(([h, rest]) => [h, ...rest]),
        ),
        (cells) => {
          const frozen = deepFreeze(cells);
          for (const read of [widenToRows(frozen), rowsFromBlock(frozen)]) {
            expect(read.rows).toHaveLength(read.origins.length);
            for (const p of read.problems) expect(looksLikeFormula(p)).toBe(false);
            checkActuals(read.rows, { today: TODAY });
          }
        },
      ),
    );
    fc.assert(fc.property(fc.anything(), (junk) => void widenToRows(junk as CellValue[][])));
  });

  it('parseActualsCsv never throws, on arbitrary text or on CSV made from arbitrary cells', () => {
    const toCsv = (rows: CellValue[][]): string =>
      rows.map((r) => r.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(',')).join('\n');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          headerFirst.map(([h, rest]) => toCsv([h, ...rest])),
        ),
        (text) => {
          const { rows, preview, check } = parseActualsCsv(text, { today: TODAY });
          expect(preview.rowCount).toBe(rows.length);
          expect(check.rows).toHaveLength(rows.length);
        },
      ),
    );
  });
});
