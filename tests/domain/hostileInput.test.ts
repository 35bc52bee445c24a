/**
 * Issue 9, hostile input: one catalogue per class of what was found, with the examples and
 * others of the same kind. Each case goes through the readers the custom functions and the actuals
 * check share, and through checkActuals or parseActualsCsv where a cell or file is the way in.
 */
import fc from 'fast-check';
import {
  checkActuals,
  looksLikeFormula,
  parseActualsCsv,
  rowsFromBlock,
  type ActualsRow,
  type CellValue,
} from '../../src/domain/actuals';
import { decodeFile } from '../../src/domain/actuals/csv';
import { readMonth, readPercentage, readTolerance } from '../../src/domain/arguments';
import { cellText } from '../../src/domain/cellText';
import { parseEdition } from '../../src/domain/editions';
import { shown } from '../../src/domain/givenValues';
import { readMetricName, resolveMetric, suggestMetrics } from '../../src/domain/metrics';
import { isoOfMonth, monthOfText } from '../../src/domain/months';
import { editDistanceWithin, SUGGESTION_SEARCHES_PER_CHECK } from '../../src/domain/nameMatching';
import { readRegionName, resolveRegion, suggestRegions } from '../../src/domain/regions';
import {
  baselineLevel,
  gapToTarget,
  planTable,
  sourceOf,
  statusOf,
  targetLevel,
  trajectoryLevel,
} from '../../src/domain/rrpAnswers';
import { CLEAN_ROW } from '../fixtures/actualsCatalogue';
import { failure } from '../support/planError';

const TODAY = { year: 2025, month: 7 };
const checkOne = (row: Partial<ActualsRow>) => checkActuals([{ ...CLEAN_ROW, ...row }], { today: TODAY }).rows[0];

/** JavaScript's own names, which a plain object would answer to. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype', 'then'];

describe("1. lookups that see JavaScript's own names", () => {
  const spellings = PROTOTYPE_NAMES.flatMap((name) => [
    name,
    name.toLowerCase(),
    name.toUpperCase(),
    ` ${name} `,
    `${name} 6 weeks`,
    `employed ${name} 6 weeks`,
    `housed ${name} night`,
  ]);

  it.each(PROTOTYPE_NAMES)('refuses %p as a region, metric or plan edition, with the usual message', (name) => {
    expect(resolveRegion(name)).toBeUndefined();
    expect(resolveMetric(name)).toBeUndefined();
    expect(readRegionName(name).error).toMatch(/^Region ".*" is not recognised\./);
    expect(readMetricName(name).error).toMatch(/^Metric ".*" is not recognised\./);
    expect(failure(() => parseEdition(name)).kind).toBe('invalid');
    expect(monthOfText(name)).toBeUndefined();
  });

  it('answers the issue\'s example, RRP.TARGET("KSS", "constructor"), with #VALUE! and the accepted names', () => {
    const error = failure(() => targetLevel('KSS', 'constructor', null));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/^Metric "constructor" is not recognised\..*Use a metric code \(EMP_6W, EMP_6M/);
  });

  it('checks a table whose Metric, Region and every other cell say such names, row by row', () => {
    const rows: ActualsRow[] = spellings.map((name) => ({
      Region: name,
      Metric: name,
      Month: name,
      Value: name,
      Numerator: name,
      Denominator: name,
      Note: name,
    }));
    const result = checkActuals([{ ...CLEAN_ROW, Metric: 'constructor' }, ...rows, CLEAN_ROW], { today: TODAY });
    expect(result.rows[0].message).toMatch(/^Metric "constructor" is not recognised\./);
    expect(result.rows.slice(1, -1).every((r) => r.status === 'error')).toBe(true);
    expect(result.rows[result.rows.length - 1].status).toBe('ok');
    for (const name of PROTOTYPE_NAMES)
      expect(checkOne({ Value: name }).message).toContain(`Value ${shown(name)} is not a number.`);
    for (const name of PROTOTYPE_NAMES)
      expect(checkOne({ Numerator: name, Denominator: 200 }).message).toContain(
        `Numerator ${shown(name)} is not a number.`,
      );
  });

  it('reads a CSV with such a header and such names, ignoring the column and refusing the names', () => {
    const csv = [
      'Region,Metric,Month,Value,constructor,__proto__,toString',
      'KSS,constructor,2023-10,0.2,1,2,3',
      'LDN,EMP_6W,2023-10,0.2,,,',
    ].join('\n');
    const { preview, check } = parseActualsCsv(csv, { today: TODAY });
    expect(preview.ignoredColumns).toEqual(['constructor', '__proto__', 'toString']);
    expect(check.rows.map((r) => r.status)).toEqual(['error', 'ok']);
    const block = rowsFromBlock([
      ['constructor', 'hasOwnProperty', 'valueOf'],
      ['KSS', 'EMP_6W', '2023-10'],
    ]);
    expect(block.rows).toEqual([]);
    expect(block.missingColumns).toContain('Region');
  });
});

describe('2. did-you-mean that costs seconds', () => {
  const MAX = 32767;

  it.each([
    ['x', 'x'.repeat(MAX)],
    ['a name repeated', 'Kent, Surrey and Sussex '.repeat(1400).slice(0, MAX)],
    ['a misspelling spread out', `Lon${' '.repeat(MAX - 5)}dn`],
    ['words', 'ab '.repeat(11000).slice(0, MAX)],
  ])('answers a 32,767-character %s with no suggestion and a shortened quote', (_what, text) => {
    expect(suggestRegions(text)).toEqual([]);
    expect(suggestMetrics(text)).toEqual([]);
    const message = failure(() => targetLevel('KSS', text, null)).message;
    expect(message.length).toBeLessThan(400);
    expect(message).not.toContain('Did you mean');
  });

  it('reads a name padded with spaces up to 32,767 characters as the name', () => {
    const padded = `  Londn${' '.repeat(MAX - 7)}`;
    expect(suggestRegions(padded)).toEqual(['London (LDN)']);
    expect(resolveRegion(`${' '.repeat(MAX - 3)}KSS`)).toBe('KSS');
  });

  it('gives no suggestion for text more than twice as long as the longest name, and still suggests for near misses', () => {
    expect(suggestRegions('kentsurreysussex'.repeat(3))).toEqual([]);
    expect(suggestRegions('Londn')).toEqual(['London (LDN)']);
    expect(suggestRegions('Manchster')).toEqual(['Greater Manchester (GM)']);
    expect(suggestRegions('Yorkshire and the Humbr')[0]).toBe('Yorkshire and The Humber (YH)');
    expect(suggestMetrics('SETLED_3M')[0]).toBe('Settled accommodation three months after release (SETTLED_3M)');
  });

  it('suggests nothing for a number or a code-sized word that shares no letter with a name', () => {
    expect(suggestRegions('Region 5')).toEqual([]);
    expect(suggestRegions('12345')).toEqual([]);
    expect(suggestRegions('Zq9vex')).toEqual([]);
  });

  it('checks a table of distinct unknown regions row by row, each with its own message', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ ...CLEAN_ROW, Region: `Londn ${i}` }));
    const result = checkActuals(rows, { today: TODAY });
    expect(result.counts.errors).toBe(2000);
    expect(result.rows[1234].message).toMatch(/^Region "Londn 1234" is not recognised\./);
  });

  // The full table, as the textbook gives it: the oracle for the bounded measure.
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) =>
      Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++)
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  const within = (a: string, b: string, limit: number): number | undefined => {
    const exact = reference(a, b);
    return exact <= limit ? exact : undefined;
  };

  it('measures edit distance exactly: the distance when within the limit, undefined beyond it', () => {
    const words = [
      '',
      'a',
      'ab',
      'ba',
      'london',
      'londn',
      'lndon',
      'manchester',
      'manchster',
      'greatermanchester',
      'kss',
      'ksss',
      'yh',
      'abcdef',
      'fedcba',
      'kitten',
      'sitting',
      // Longer than 32 letters, and letters beyond ASCII.
      'settledaccommodationthreemonthsafterrelease',
      'settledaccomodationthreemonthafterrelease',
      'yorkshireandthehumberyorkshireandthehumber',
      'kentsurreyandsussexkentsurreyandsussex',
      'ｌｏｎｄｏｎ',
      'lóndon',
      'mänchester',
    ];
    for (const a of words)
      for (const b of words)
        for (let limit = 0; limit <= 6; limit++)
          expect([a, b, limit, editDistanceWithin(a, b, limit)]).toEqual([a, b, limit, within(a, b, limit)]);
  });

  it('agrees with the full table on any two texts, whichever is longer, ASCII or not', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', 'n', 'o', 's', '6', 'é'), maxLength: 45 });
    fc.assert(
      fc.property(letters, letters, fc.integer({ min: 0, max: 12 }), (a, b, limit) => {
        expect(editDistanceWithin(a, b, limit)).toBe(within(a, b, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('searches for suggestions for the first 1,000 unknown names of a check, and refuses the rest without the search', () => {
    const rows = Array.from({ length: SUGGESTION_SEARCHES_PER_CHECK + 500 }, (_, i) => ({
      ...CLEAN_ROW,
      Region: `Londn budget ${i}`,
    }));
    const messages = checkActuals(rows, { today: TODAY }).rows.map((r) => r.message);
    const suggested = messages.filter((m) => m.includes('Did you mean London (LDN)?'));
    expect(suggested).toHaveLength(SUGGESTION_SEARCHES_PER_CHECK);
    expect(messages[0]).toMatch(
      /^Region "Londn budget 0" is not recognised\. Did you mean London \(LDN\)\? Use a region code/,
    );
    // Past the budget: the same clear refusal and list of what is accepted, without the guess.
    expect(messages[SUGGESTION_SEARCHES_PER_CHECK + 10]).toMatch(
      /^Region "Londn budget 1010" is not recognised\. Use a region code \(KSS, .*\) or a region name/,
    );
    // A name refused without the search is not remembered that way: a function, and the next check, still suggest.
    expect(failure(() => targetLevel('Londn budget 1010', 'EMP_6W', null)).message).toContain(
      'Did you mean London (LDN)?',
    );
    expect(checkActuals([rows[1200]], { today: TODAY }).rows[0].message).toContain('Did you mean London (LDN)?');
    // A misspelling seen before the budget ran out keeps its suggestion on every row.
    const repeated = [...rows, ...rows.slice(0, 3)];
    const again = checkActuals(repeated, { today: TODAY }).rows.map((r) => r.message);
    expect(again.slice(-3).every((m) => m.includes('Did you mean London (LDN)?'))).toBe(true);
  });
});

describe('3. editions that are not editions', () => {
  it.each([
    ['２０２２', 2022],
    ['２０２３', 2023],
    ['２０２２－２５', 2022],
    ['２０２３ update', 2023],
    ['Ｌａｔｅｓｔ', undefined],
    ['2022', 2022],
    ['2023 annual update', 2023],
    ['latest', undefined],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
  ])('reads %p as %p', (value, edition) => {
    expect(parseEdition(value)).toBe(edition);
  });

  it('reads a later annual update ("2024", "２０２４ update") as that edition, which KSS does not have: #N/A, not the latest', () => {
    expect(parseEdition('2024')).toBe(2024);
    expect(parseEdition('２０２４ update')).toBe(2024);
    expect(failure(() => targetLevel('KSS', 'EMP_6W', '2024')).kind).toBe('unavailable');
  });

  it('gives the issue\'s example, RRP.BASELINE("KSS","EMP_6W","２０２２"), the 2022 baseline', () => {
    expect(baselineLevel('KSS', 'EMP_6W', '２０２２')).toBe(baselineLevel('KSS', 'EMP_6W', 2022));
    expect(baselineLevel('KSS', 'EMP_6W', '２０２２')).not.toBe(baselineLevel('KSS', 'EMP_6W', null));
  });

  it.each([
    'the plan',
    'plan',
    'edition',
    '-',
    '\u200b',
    '2022年',
    '٢٠٢٢ plan',
    'lastest',
    'newest',
    '2021',
    '1999 update',
    'update',
    '2023 draft',
    'original 2023',
    '2022 2023',
    'Ⅻ',
    '𝟐𝟎𝟐𝟐x',
  ])('refuses %p with the editions that exist, never as the latest', (value) => {
    const error = failure(() => parseEdition(value));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(
      /^Plan edition ".*"(?: \(an invisible character \(U\+200B\) and nothing else\))? is not known\. Use 2022 \(the 2022-25 plan\) or the year of an annual update, such as 2023 or "2024 update", or leave it out for the latest\.$/,
    );
    expect(failure(() => targetLevel('KSS', 'EMP_6W', value)).kind).toBe('invalid');
  });
});

describe('4. numbers that are not months', () => {
  const FORMS = /Give an Excel date \(any day in the month\) or text such as "2023-10"/;

  it('refuses the issue\'s example, RRP.STATUS("KSS","EMP_6W",0.175,2023), saying a date or "2023-10" is expected', () => {
    const error = failure(() => statusOf('KSS', 'EMP_6W', 0.175, 2023, null, null));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/^Month 2023 is a year on its own, not an Excel date/);
    expect(error.message).toMatch(FORMS);
  });

  it.each([
    2023,
    2024,
    1900,
    2100,
    5,
    12,
    100,
    1999.5,
    36525,
    0.5,
    -1,
    0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    3e6,
    '2023',
    '1999-12',
    'Dec 1999',
    true,
  ])('refuses %p in functions and in the check, with the same message', (value) => {
    const error = failure(() => readMonth(value));
    expect(error.message).toMatch(FORMS);
    expect(failure(() => trajectoryLevel('KSS', 'EMP_6W', value, null)).message).toBe(error.message);
    const row = checkOne({ Month: value as CellValue });
    expect(row.status).toBe('error');
    expect(row.message).toBe(error.message);
  });

  it.each([
    [36526, '2000-01'],
    [45200, '2023-10'],
    [45231.75, '2023-11'],
    ['2023-10', '2023-10'],
  ])('reads %p as %s in both', (value, iso) => {
    expect(isoOfMonth(readMonth(value))).toBe(iso);
    expect(checkOne({ Month: value }).status).toBe('ok');
  });
});

describe('5. names of other measures', () => {
  it.each([
    ['not employed 6 weeks'],
    ['not employed six weeks after release'],
    ['non-employment at 6 weeks'],
    ['unemployed 6 weeks'],
    ['no job at 6 weeks'],
    ['without work 6 months'],
    ['monthly employment'],
    ['weekly employment'],
    ['employment'],
    ['employed'],
    ['employment 6'],
    ['employed 6 weeks and 6 months'],
    ['night'],
    ['nights'],
    ['first night'],
    ['housed'],
    ['housing'],
    ['sexting'],
    ['sex'],
    ['sexual'],
    ['SOI referrals'],
    ['sexual offence'],
    ['settled'],
    ['settled accommodation'],
    ['settled 6 months'],
    ['unsettled 3 months'],
    ['treatment'],
    ['requirements'],
    ['treatmentsXYZ requirementsABC'],
    ["didn't complete SOI"],
    ['accommodation'],
    ['6 weeks'],
    ['6 months'],
  ])('refuses %p with the accepted names', (name) => {
    expect(resolveMetric(name)).toBeUndefined();
    const error = failure(() => targetLevel('KSS', name, null));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(
      'Use a metric code (EMP_6W, EMP_6M, HOUSED_NIGHT1, SETTLED_3M, SOI_COMPLETED, CSTR)',
    );
    expect(checkOne({ Metric: name }).status).toBe('error');
  });

  it.each([
    ['employed 6 weeks', 'EMP_6W'],
    ['employment at six weeks after release', 'EMP_6W'],
    ['6 weeks employment', 'EMP_6W'],
    ['jobs 6wks', 'EMP_6W'],
    ['employed 6 months', 'EMP_6M'],
    ['in work six months after release', 'EMP_6M'],
    ['housed night 1', 'HOUSED_NIGHT1'],
    ['accommodation on the first night', 'HOUSED_NIGHT1'],
    ['settled accommodation 3 months', 'SETTLED_3M'],
    ['sex offender programmes completed', 'SOI_COMPLETED'],
    ['SOI completed', 'SOI_COMPLETED'],
    ['treatment requirements', 'CSTR'],
    ['ＥＭＰ＿６Ｗ', 'EMP_6W'],
  ])('reads %p, which names one measure in full, as %s', (name, code) => {
    expect(resolveMetric(name)).toBe(code);
  });
});

describe('6. float dust at 100%', () => {
  const dustyOne = (0.1 + 0.2) / 0.3;

  it("has the issue's example really carry dust", () => {
    expect(dustyOne).toBe(1.0000000000000002);
  });

  it.each([
    [dustyOne, 1],
    [1 + 1e-12, 1],
    [0.3 - 0.1 - 0.2, 0],
    [-1e-12, 0],
  ])('reads the Value %p as %p, with no note', (value, fraction) => {
    const row = checkOne({ Value: value });
    expect(row.status).toBe('ok');
    expect(row.parsed?.value).toBe(fraction);
  });

  it('reads 100 with dust, and "100.0000000000001%", as 100%', () => {
    expect(checkOne({ Value: ((0.1 + 0.2) * 1000) / 3 }).parsed?.value).toBe(1);
    expect(checkOne({ Value: '100.0000000000001%' }).parsed?.value).toBe(1);
    expect(checkOne({ Value: String(dustyOne) }).parsed?.value).toBe(1);
  });

  it('still refuses what is more than dust above 100% or below 0%', () => {
    expect(checkOne({ Value: 100.001 }).status).toBe('error');
    expect(checkOne({ Value: -0.0001 }).status).toBe('error');
    expect(() => readPercentage(1.0001, 'actual')).toThrow(/above 100%/);
  });

  it('gives functions the same reading: actual, and tolerance', () => {
    expect(readPercentage(dustyOne, 'actual')).toBe(1);
    expect(readPercentage(0.3 - 0.1 - 0.2, 'actual')).toBe(0);
    expect(gapToTarget('KSS', 'EMP_6W', dustyOne, null)).toBe(gapToTarget('KSS', 'EMP_6W', 1, null));
    expect(statusOf('KSS', 'EMP_6W', dustyOne, '2023-10', null, null)).toBe('Met');
    expect(readTolerance(dustyOne, 0.01)).toBe(1);
  });

  it('reads counts with dust as the whole number', () => {
    const row = checkOne({ Value: '', Numerator: 0.1 * 3 * 100, Denominator: 200 });
    expect(0.1 * 3 * 100).not.toBe(30);
    expect(row.status).toBe('ok');
    expect(row.parsed?.numerator).toBe(30);
  });
});

describe('7. messages', () => {
  const LONG = `2022\n\t${'x'.repeat(32767 - 6)}`;
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

  it("shortens the issue's example (a 32,767-character plan edition) and replaces its newline and tab", () => {
    const message = failure(() => targetLevel('KSS', 'EMP_6W', LONG)).message;
    expect(message).toMatch(/^Plan edition "2022 {2}x{53}…" is not known\./);
    expect(message.length).toBeLessThan(250);
    expect(message).not.toMatch(CONTROL);
  });

  const ASKS: [string, (v: unknown) => unknown][] = [
    ['region', (v) => targetLevel(v, 'EMP_6W', null)],
    ['metric', (v) => targetLevel('KSS', v, null)],
    ['plan', (v) => targetLevel('KSS', 'EMP_6W', v)],
    ['month', (v) => trajectoryLevel('KSS', 'EMP_6W', v, null)],
    ['actual', (v) => statusOf('KSS', 'EMP_6W', v, '2023-10', null, null)],
    ['tolerance', (v) => statusOf('KSS', 'EMP_6W', 0.17, '2023-10', null, v)],
    ['PLAN region', (v) => planTable(v, null)],
    ['SOURCE plan', (v) => sourceOf('KSS', 'EMP_6W', v)],
  ];
  const TEXTS = [
    LONG,
    'Line one\r\nline two',
    'bidi \u202eevil\u202c text',
    'next line\u0085here',
    'para\u2029graph',
    '🙂'.repeat(100),
  ];

  it.each(ASKS)('keeps every %s message short and on one line', (_what, ask) => {
    for (const text of TEXTS) {
      const message = failure(() => ask(text)).message;
      expect(message).not.toMatch(CONTROL);
      expect(message.length).toBeLessThan(500);
    }
  });

  it('keeps CHECK messages and CSV problems short and on one line too', () => {
    for (const text of TEXTS) {
      const row = checkOne({
        Region: text,
        Metric: text,
        Month: text,
        Value: text,
        Numerator: text,
        Denominator: text,
      });
      expect(row.message).not.toMatch(CONTROL);
      expect(row.message.length).toBeLessThan(2000);
    }
    const csv = parseActualsCsv(`Region,Metric,"${'h\n'.repeat(200)}"\nKSS,EMP_6W,1\n`, { today: TODAY });
    for (const problem of csv.preview.problems) {
      expect(problem).not.toMatch(CONTROL);
      expect(problem.length).toBeLessThan(500);
    }
  });

  it('shortens by whole characters: an emoji is never cut in half', () => {
    const quoted = shown('🙂'.repeat(100));
    expect(Array.from(quoted)).toHaveLength(62);
    expect(quoted.endsWith('🙂…"')).toBe(true);
    expect(shown('🙂'.repeat(60))).toBe(`"${'🙂'.repeat(60)}"`);
    expect(shown('🙂'.repeat(61))).toBe(`"${'🙂'.repeat(59)}…"`);
  });
});

describe('8. CSV files as Excel saves them', () => {
  const LINES = ['Region;Metric;Month;Value', 'KSS;EMP_6W;2023-10;0,5', 'LDN;EMP_6W;2023-10;0.2'];
  const utf16 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
    }
    return new Uint8Array(bytes);
  };

  it.each([['sep=;'], ['SEP=;'], ['"sep=;"'], ['sep=;  ']])('honours the first line %p', (first) => {
    const { rows, preview } = parseActualsCsv([first, ...LINES].join('\r\n'), { today: TODAY });
    expect(rows.map((r) => [r.Region, r.Value])).toEqual([
      ['KSS', '0,5'],
      ['LDN', '0.2'],
    ]);
    expect(preview.ignoredColumns).toEqual([]);
  });

  it('honours sep= with a tab, and sep= after a byte-order mark', () => {
    expect(
      parseActualsCsv(`sep=\t\nRegion\tMetric\tMonth\tValue\nKSS\tEMP_6W\t2023-10\t0.2\n`, { today: TODAY }).check
        .counts.ok,
    ).toBe(1);
    expect(
      parseActualsCsv(`\uFEFFsep=|\nRegion|Metric|Month|Value\nKSS|EMP_6W|2023-10|0.2\n`, { today: TODAY }).check.counts
        .ok,
    ).toBe(1);
  });

  const UNICODE_TEXT = 'Region\tMetric\tMonth\tValue\tNote\r\nKSS\tEMP_6W\t2023-10\t0.2\tcafé £5 🙂\r\n';

  it.each([
    ['UTF-16 little-endian with its mark (Excel\'s "Unicode Text")', utf16(UNICODE_TEXT, false, true)],
    ['UTF-16 big-endian with its mark', utf16(UNICODE_TEXT, true, true)],
    ['UTF-16 little-endian without a mark', utf16(UNICODE_TEXT, false, false)],
    [
      'UTF-8 with its mark ("CSV UTF-8")',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(UNICODE_TEXT)]),
    ],
    ['UTF-8 without a mark', new TextEncoder().encode(UNICODE_TEXT)],
  ])('decodes %s', (_what, bytes) => {
    expect(decodeFile(bytes).text.replace(/^\uFEFF/, '')).toBe(UNICODE_TEXT);
    const { rows, check } = parseActualsCsv(bytes, { today: TODAY });
    expect(rows).toEqual([
      {
        Region: 'KSS',
        Metric: 'EMP_6W',
        Month: '2023-10',
        Value: '0.2',
        Numerator: '',
        Denominator: '',
        Note: 'café £5 🙂',
      },
    ]);
    expect(check.counts.ok).toBe(1);
  });

  it('decodes a Windows-1252 file (plain "CSV" from Excel on Windows)', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Region,Metric,Month,Value,Note\nKSS,EMP_6W,2023-10,0.2,caf'),
      0xe9,
      0x20,
      0xa3,
      0x35,
      0x0a,
    ]);
    expect(parseActualsCsv(bytes, { today: TODAY }).rows[0].Note).toBe('café £5');
  });

  it.each([
    ['a long header only', 'Region,Metric,Month,Value\n'],
    ['a long header only, no line end', 'Region,Metric,Month,Value'],
    ['a wide header only', 'Region,Metric,Apr-23,May-23\r\n'],
    ['a header then blank lines', 'Region,Metric,Month,Value\n\n,,,\n'],
    ['sep= then a header only', 'sep=;\nRegion;Metric;Month;Value\n'],
  ])('says %s has no rows', (_what, csv) => {
    const { preview } = parseActualsCsv(csv, { today: TODAY });
    expect(preview.rowCount).toBe(0);
    expect(preview.problems).toContain('There is only the header row: no rows of actuals under it.');
  });

  it('says the same of a selection that is only a header row', () => {
    expect(rowsFromBlock([['Region', 'Metric', 'Month', 'Value']]).problems).toContain(
      'There is only the header row: no rows of actuals under it.',
    );
    expect(
      rowsFromBlock([
        ['Region', 'Metric', 'Month', 'Value'],
        ['KSS', 'EMP_6W', '2023-10', 0.2],
      ]).problems,
    ).toEqual([]);
  });
});

describe('9. counts and dates', () => {
  it.each([
    [33.5, 200],
    [33, 200.5],
    ['33.5', '200'],
    [0.5, 1],
  ])('refuses Numerator %p with Denominator %p: counts are whole numbers', (numerator, denominator) => {
    const row = checkOne({ Value: '', Numerator: numerator, Denominator: denominator });
    expect(row.status).toBe('error');
    expect(row.message).toMatch(/is not a whole number: it counts people\./);
  });

  it.each([
    ['31/02/2023', 'is not a date: February 2023 has 28 days'],
    ['29/02/2023', 'is not a date: February 2023 has 28 days'],
    ['31/04/2023', 'is not a date: April 2023 has 30 days'],
    ['2023-04-31', 'is not a date: April 2023 has 30 days'],
    ['2023-10-32', 'is not a date: October 2023 has 31 days'],
    ['31 Apr 2023', 'is not a date: April 2023 has 30 days'],
    ['00/10/2023', 'is not a date: October 2023 has 31 days'],
    ['2023-10-31T25:99', 'is not a date: its time of day does not exist'],
    ['2023-10-01T23:60', 'is not a date: its time of day does not exist'],
    ['01/10/2023 24:00', 'is not a date: its time of day does not exist'],
    ['2023-10-01T12:00:61', 'is not a date: its time of day does not exist'],
  ])('refuses the impossible date %p: it %s', (text, why) => {
    expect(checkOne({ Month: text }).message).toMatch(new RegExp(`^Month "${text}" ${why}\\. Give an Excel date`));
    expect(failure(() => readMonth(text)).message).toBe(checkOne({ Month: text }).message);
  });

  it.each([
    ['29/02/2024', '2024-02'],
    ['31/12/2023', '2023-12'],
    ['05/10/2023', '2023-10'],
    ['12/01/2024', '2024-01'],
    ['2023-10-31T23:59:59', '2023-10'],
  ])('reads %p day first as %s', (text, iso) => {
    expect(isoOfMonth(readMonth(text))).toBe(iso);
  });

  it.each([
    ['10/31/2023', 'For 31 October 2023 write 31/10/2023 or "2023-10"'],
    ['2/13/2024', 'For 13 February 2024 write 13/2/2024 or "2024-02"'],
    ['12/25/23', 'For 25 December 2023 write 25/12/2023 or "2023-12"'],
  ])('tells a month-first date %p that the UK order is used', (text, advice) => {
    const message = checkOne({ Month: text }).message;
    expect(message).toContain('is not a date in UK order (day/month/year)');
    expect(message).toContain(advice);
  });

  it('reads two-digit years as 20yy, and still refuses a month after the current one, saying how it read the year', () => {
    expect(isoOfMonth(readMonth('01/10/23'))).toBe('2023-10');
    expect(isoOfMonth(readMonth('Oct-99'))).toBe('2099-10');
    const row = checkOne({ Month: 'Oct-99' });
    expect(row.status).toBe('error');
    expect(row.message).toBe(
      'October 2099 is in the future: actuals can be given up to the current month, July 2025. A two-digit year is read as 20yy, so "Oct-99" is October 2099.',
    );
    expect(checkOne({ Month: 'Aug 2025' }).message).toBe(
      'August 2025 is in the future: actuals can be given up to the current month, July 2025.',
    );
  });
});

describe('10. formula guard', () => {
  const SPACES = [
    '\u00a0',
    '\u3000',
    '\u200b',
    '\ufeff',
    '\u2007',
    '\u202f',
    '\u205f',
    '\u2060',
    '\u200c',
    '\u200d',
    '\u180e',
    '\u2028',
    ' \u00a0 ',
    '\u200b\u3000',
  ];
  const SIGNS = ['=', '+', '-', '@', '＝', '﹦', '﹢', '﹣', '﹫'];

  it.each(SPACES.flatMap((space) => SIGNS.map((sign) => [space, sign])))('guards %j followed by %j', (space, sign) => {
    const text = `${space}${sign}1+1`;
    expect(looksLikeFormula(text)).toBe(true);
    expect(cellText(text)).toBe(`'${text}`);
  });

  it.each(SPACES.map((space) => [`${space}text`]).concat([['\u00a0'], ['a\u00a0=1']]))('leaves %j alone', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(cellText(text)).toBe(text);
  });
});
