/**
 * Issue 9, properties: no lookup table answers to a name it does not list, whatever the text (every
 * name JavaScript gives objects included), and no cell of any kind or length makes a check throw.
 */
import fc from 'fast-check';
import {
  ACTUALS_COLUMNS,
  checkActuals,
  parseActualsCsv,
  rowsFromBlock,
  type ActualsRow,
  type CellValue,
} from '../../src/domain/actuals';
import { parseEdition } from '../../src/domain/editions';
import { PlanError } from '../../src/domain/errors';
import { isBlank } from '../../src/domain/givenValues';
import { readMetricName, resolveMetric } from '../../src/domain/metrics';
import { monthOfText } from '../../src/domain/months';
import { METRIC_CODES, REGION_CODES } from '../../src/domain/planSchema';
import { readRegionName, REGIONS, resolveRegion } from '../../src/domain/regions';

const TODAY = { year: 2025, month: 7 };
const PROTOTYPE_NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    '__proto__',
    'prototype',
    'then',
  ]),
];

/** A JavaScript name as someone might type it: any case, with spaces, punctuation or full-width letters around. */
const prototypeSpelling = fc
  .tuple(
    fc.constantFrom(...PROTOTYPE_NAMES),
    fc.constantFrom('', ' ', '  ', '_', '.', '-'),
    fc.constantFrom('lower', 'upper', 'as is', 'wide'),
  )
  .map(([name, pad, form]) => {
    const cased =
      form === 'lower'
        ? name.toLowerCase()
        : form === 'upper'
          ? name.toUpperCase()
          : form === 'wide'
            ? name.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
            : name;
    return `${pad}${cased}${pad}`;
  });

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('a', 'e', 'n', 's', 'w', 'c', 'k', 'y', 'h', ' ', '&', 'o', 'f', 't') }),
  prototypeSpelling,
);

// What the region list holds, spelt as resolveRegion compares it: lower-case letters and digits only,
// words that do not tell regions apart left out, "&" read as "and", number words as digits.
const FILLER = new Set(['the', 'and', 'of', 'region', 'probation', 'hmpps', 'area']);
const NUMBER_WORDS = new Map([
  ['one', '1'],
  ['first', '1'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['six', '6'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['twelve', '12'],
]);
const regionKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[&+]/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => NUMBER_WORDS.get(w) ?? w)
    .filter((w) => !FILLER.has(w))
    .join('');
const LISTED_REGIONS = new Map(
  REGIONS.flatMap((r) => [r.code, r.name, ...r.aliases].map((spelling) => [regionKey(spelling), r.code] as const)),
);

describe('no lookup table answers to a name it does not list', () => {
  it('refuses every JavaScript name, in any spelling, as region, metric, edition, month, value, count and CSV header', () => {
    fc.assert(
      fc.property(prototypeSpelling, (name) => {
        expect(resolveRegion(name)).toBeUndefined();
        expect(resolveMetric(name)).toBeUndefined();
        expect(readRegionName(name).code).toBeUndefined();
        expect(readMetricName(name).code).toBeUndefined();
        expect(() => parseEdition(name)).toThrow(PlanError);
        expect(monthOfText(name)).toBeUndefined();
        const row = checkActuals(
          [
            {
              Region: 'KSS',
              Metric: 'EMP_6W',
              Month: '2023-10',
              Value: name,
              Numerator: name,
              Denominator: name,
              Note: name,
            },
          ],
          { today: TODAY },
        ).rows[0];
        expect(row.status).toBe('error');
        expect(row.message).toContain('is not a number');
        const block = rowsFromBlock([
          ['Region', 'Metric', 'Month', 'Value', name],
          ['KSS', 'EMP_6W', '2023-10', 0.2, 1],
        ]);
        expect(block.ignoredColumns).toEqual([name.trim()]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('answers a region only for a spelling of one in its list', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(resolveRegion(text)).toBe(text.trim().length > 200 ? undefined : LISTED_REGIONS.get(regionKey(text)));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('answers a metric or region only with one of its codes, and a read only with a code or a message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const metric = resolveMetric(text);
        if (metric !== undefined) expect(METRIC_CODES).toContain(metric);
        const region = resolveRegion(text);
        if (region !== undefined) expect(REGION_CODES).toContain(region);
        for (const read of [readRegionName(text), readMetricName(text)]) {
          if (read.code === undefined) expect(typeof read.error).toBe('string');
          else expect(read.error).toBeUndefined();
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('reads a plan edition as 2022 or 2023, and as the latest only when blank or "latest"', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, fc.constantFrom('latest', ' Latest plan ', 'the latest edition', '２０２２', '2023 update')),
        (text) => {
          let edition: unknown;
          try {
            edition = parseEdition(text);
          } catch (error) {
            expect(error).toBeInstanceOf(PlanError);
            expect((error as PlanError).kind).toBe('invalid');
            return;
          }
          expect([2022, 2023, undefined]).toContain(edition);
          if (edition === undefined)
            expect(
              isBlank(text) ||
                /^latest$/.test(
                  text
                    .normalize('NFKC')
                    .toLowerCase()
                    .replace(/\b(the|plan|edition|rrp)\b/g, '')
                    .replace(/[^\p{L}\p{N}]+/gu, ''),
                ),
            ).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('maps a CSV or selection header to a table column only when it names one', () => {
    const NAMES = new Map([...ACTUALS_COLUMNS.map((c) => [c.toLowerCase(), c] as const), ['notes', 'Note']]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyText, fc.constantFrom(...ACTUALS_COLUMNS, ' region ', 'NOTES')), { maxLength: 7 }),
        (extra) => {
          const header = ['Month', ...extra];
          const block = rowsFromBlock([header, header.map(() => 'x')]);
          const named = new Set(header.map((h) => NAMES.get(h.trim().toLowerCase())).filter((c) => c !== undefined));
          expect(block.layout).toBe('long');
          expect(block.missingColumns).toEqual(ACTUALS_COLUMNS.filter((c) => !named.has(c)));
          for (const h of extra)
            if (!isBlank(h) && !NAMES.has(h.trim().toLowerCase())) expect(block.ignoredColumns).toContain(h.trim());
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('no cell of any kind or length makes the check or the CSV reader throw', () => {
  const longText = fc
    .tuple(
      fc.constantFrom('x', ' ', 'ab ', 'Londn ', '1 ', '\n', '２', '🙂', 'constructor '),
      fc.integer({ min: 200, max: 32767 }),
    )
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    anyText,
    longText,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  const row: fc.Arbitrary<ActualsRow> = fc.record({
    Region: cell,
    Metric: cell,
    Month: cell,
    Value: cell,
    Numerator: cell,
    Denominator: cell,
    Note: cell,
  });

  it('checks any rows, every message short', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const result = checkActuals(rows, { today: TODAY });
        expect(result.rows).toHaveLength(rows.length);
        for (const r of result.rows) expect(r.message.length).toBeLessThan(2500);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('reads any CSV text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(anyText, longText), { maxLength: 6 }), { maxLength: 6 }),
        fc.constantFrom(',', ';', '\t'),
        fc.boolean(),
        (lines, separator, hint) => {
          const text = `${hint ? `sep=${separator}\n` : ''}${lines.map((l) => l.join(separator)).join('\n')}`;
          const read = parseActualsCsv(text, { today: TODAY });
          expect(read.rows).toHaveLength(read.check.rows.length);
          const bytes = parseActualsCsv(new TextEncoder().encode(text), { today: TODAY });
          expect(bytes.rows).toEqual(read.rows);
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
