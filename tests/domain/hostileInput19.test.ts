/**
 * Issue 19, hostile input round 3: files in mixed or cut-short encodings, invisible characters in
 * quoted values, previews of very wide headers. Each case goes through parseActualsCsv (or
 * rowsFromBlock and prepareImport, as the pane uses them), so what is tested is what the analyst sees.
 */
import { checkActuals, parseActualsCsv, rowsFromBlock, type CellValue } from '../../src/domain/actuals';
import { decodeFile } from '../../src/domain/actuals/csv';
import { invisibleCharacters, shown } from '../../src/domain/givenValues';
import { tooLongForCell } from '../../src/domain/cellText';
import { monthIndexOf } from '../../src/domain/months';
import { monthOutsidePlans, planMonthRange } from '../../src/domain/planMonths';
import { prepareImport } from '../../src/taskpane/components/actualsText';
import { CLEAN_ROW } from '../fixtures/actualsCatalogue';

const TODAY = { year: 2025, month: 7 };
const utf8 = (text: string): number[] => Array.from(new TextEncoder().encode(text));
const bytesOf = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? utf8(p) : p)));
const utf16le = (text: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
};
const HEADER = 'Region,Metric,Month,Value,Note\n';

describe('1. encodings decided per file, said in the preview', () => {
  it("reads the issue's file, UTF-8 but for one Windows-1252 byte, as UTF-8 and flags only that row", () => {
    const bytes = bytesOf(
      HEADER,
      'KSS,EMP_6W,2023-10,16.5 %,café – fine\n', // no-break space and en dash, in UTF-8
      'LDN,EMP_6W,2023-10,0.2,caf',
      [0xe9], // é in Windows-1252
      '\n',
    );
    const { rows, check, preview } = parseActualsCsv(bytes, { today: TODAY });
    expect(preview.encoding).toBe('UTF-8');
    expect(rows[0].Value).toBe('16.5 %');
    expect(rows[0].Note).toBe('café – fine');
    expect(check.rows[0].status).toBe('ok');
    // The row is kept as it came (the byte that is no character is U+FFFD), with its message beside it.
    expect(rows[1].Note).toBe('caf\uFFFD');
    expect(check.rows[1].status).toBe('error');
    expect(check.rows[1].message).toBe(
      'A character in Note "caf\uFFFD" could not be read (shown as \uFFFD); was the file saved in two encodings? Correct the cell, or save the file as "CSV UTF-8" and import it again.',
    );
    expect(check.actuals.map((a) => a.region)).toEqual(['KSS']);
    expect(preview.problems[0]).toMatch(
      /^A character could not be read as UTF-8 \(shown as �\); was the file saved in two encodings\?/,
    );
  });

  it('counts several unreadable characters in one sentence', () => {
    const bytes = bytesOf(HEADER, 'KSS,EMP_6W,2023-10,0.2,é\n', 'LDN,EMP_6W,2023-10,0.2,', [0x96, 0xa3], '\n');
    const { preview, check } = parseActualsCsv(bytes, { today: TODAY });
    expect(preview.problems[0]).toMatch(/^2 characters could not be read as UTF-8/);
    expect(check.counts).toEqual({ ok: 1, warnings: 0, errors: 1, missing: 0 });
  });

  it('reads a file with no UTF-8 character at all as Windows-1252, and says so', () => {
    const bytes = bytesOf(HEADER, 'KSS,EMP_6W,2023-10,0.2,caf', [0xe9, 0x20, 0x96, 0x20, 0xa3, 0x35], '\n');
    const { rows, preview, check } = parseActualsCsv(bytes, { today: TODAY });
    expect(preview.encoding).toBe('Windows-1252');
    expect(rows[0].Note).toBe('café – £5');
    expect(check.counts.ok).toBe(1);
    expect(preview.problems[0]).toMatch(/^The file is not UTF-8, so it was read as Windows-1252/);
  });

  it('reads plain ASCII as UTF-8, with nothing to say', () => {
    const { preview } = parseActualsCsv(bytesOf(HEADER, 'KSS,EMP_6W,2023-10,0.2,x\n'), { today: TODAY });
    expect(preview.encoding).toBe('UTF-8');
    expect(preview.problems).toEqual([]);
  });

  it('says a UTF-8 file ends mid-character, and adds no row for the half character on a line of its own', () => {
    const cut = utf8('é').slice(0, 1);
    const bytes = bytesOf(HEADER, 'KSS,EMP_6W,2023-10,0.2,é\n', cut);
    const { rows, preview } = parseActualsCsv(bytes, { today: TODAY });
    expect(rows).toHaveLength(1);
    expect(rows[0].Note).toBe('é');
    expect(preview.encoding).toBe('UTF-8');
    expect(preview.problems).toEqual([expect.stringMatching(/^The file ends in the middle of a character/)]);
  });

  it('keeps a last row cut mid-character as it came, flagged', () => {
    const bytes = bytesOf(HEADER, 'KSS,EMP_6W,2023-10,0.2,é\nLDN,EMP_6W,2023-10,0.2,caf', utf8('é').slice(0, 1));
    const { rows, check } = parseActualsCsv(bytes, { today: TODAY });
    expect(rows).toHaveLength(2);
    expect(rows[1].Note).toBe('caf\uFFFD');
    expect(check.rows[1].status).toBe('error');
  });

  const UNICODE = 'Region\tMetric\tMonth\tValue\tNote\r\nKSS\tEMP_6W\t2023-10\t0.2\tcafé\r\n';
  it.each([
    ['with its mark', [0xff, 0xfe, ...utf16le(UNICODE)]],
    ['without a mark', utf16le(UNICODE)],
  ])('reads UTF-16 %s, and an odd trailing byte adds no junk row (the issue\'s Region "�")', (_what, body) => {
    for (const bytes of [body, [...body, 0x41]]) {
      const { rows, preview, check } = parseActualsCsv(new Uint8Array(bytes), { today: TODAY });
      expect(preview.encoding).toBe('UTF-16');
      expect(rows.map((r) => r.Note)).toEqual(['café']);
      expect(check.counts.ok).toBe(1);
      expect(preview.problems).toEqual(
        bytes.length % 2 === 1 ? [expect.stringMatching(/^The file ends in the middle of a character/)] : [],
      );
    }
  });

  it('says a UTF-16 file cut between the halves of a surrogate pair ends mid-character', () => {
    const body = utf16le(`${UNICODE}🙂`).slice(0, -2);
    const decoded = decodeFile(new Uint8Array([0xff, 0xfe, ...body]));
    expect(decoded).toEqual({ text: UNICODE, encoding: 'UTF-16', unreadable: 0, endsMidCharacter: true });
  });

  it('says the encoding in the preview the pane shows', () => {
    const bytes = bytesOf(HEADER, 'KSS,EMP_6W,2023-10,0.2,caf', [0xe9], '\n');
    const csv = parseActualsCsv(bytes, { today: TODAY });
    const prepared = prepareImport({ ...csv.preview, rows: csv.rows }, monthIndexOf(2025, 7));
    expect(prepared.encoding).toBe('Windows-1252');
  });
});

describe('2. invisible characters named in every quoted value', () => {
  it.each([
    ['\uFEFF16.5%', '"16.5%" (an invisible character (U+FEFF) before 16.5%)'],
    ['16.5\u200B%', '"16.5%" (an invisible character (U+200B) between 16.5 and %)'],
    ['KSS\u200B\u200B', '"KSS" (2 invisible characters (U+200B) after KSS)'],
    ['\u2060', '"" (an invisible character (U+2060) and nothing else)'],
    ['a\u200Bb\u00ADc', '"abc" (2 invisible characters (U+200B, U+00AD) in it)'],
    ['bidi \u202Eevil\u202C', '"bidi evil" (2 invisible characters (U+202E, U+202C) in it)'],
    ['nul\u0000', '"nul" (an invisible character (U+0000) after nul)'],
  ])('quotes %p as %s', (value, quoted) => {
    expect(shown(value)).toBe(quoted);
  });

  it('leaves visible text, line breaks (as spaces) and emoji joined by a zero-width joiner alone', () => {
    expect(shown('café 🙂')).toBe('"café 🙂"');
    expect(shown('a\r\nb\tc')).toBe('"a  b c"');
    expect(shown('👩‍💻')).toBe('"👩‍💻"');
    expect(invisibleCharacters('plain')).toBeUndefined();
  });

  it('shortens the text around a character deep in a long value', () => {
    const named = invisibleCharacters(`${'a'.repeat(30)}\u200B${'b'.repeat(30)}`)?.named;
    expect(named).toBe(`an invisible character (U+200B) between …${'a'.repeat(20)} and ${'b'.repeat(20)}…`);
  });

  it('names them in CHECK messages of every column', () => {
    const row = checkActuals(
      [{ ...CLEAN_ROW, Region: 'K\u200BXX', Month: '2023-10\u200B', Value: '16.5\u200B%', Numerator: '\uFEFF3\u200B' }],
      { today: TODAY },
    ).rows[0];
    expect(row.message).toContain('Region "KXX" (an invisible character (U+200B) between K and XX) is not recognised');
    expect(row.message).toContain('Month "2023-10" (an invisible character (U+200B) after 2023-10)');
    expect(row.message).toContain('Value "16.5%" (an invisible character (U+200B) between 16.5 and %) is not a number');
    expect(row.message).toContain('Numerator "3" (2 invisible characters (U+FEFF, U+200B) in it)');
  });

  it('names them in header notes', () => {
    const read = rowsFromBlock([
      ['Region', 'Metric', 'Apr-23', 'Total\u200B'],
      ['KSS', 'EMP_6W', 0.2, 0.3],
    ]);
    expect(read.problems[0]).toContain('"Total" (an invisible character (U+200B) after Total) (column 4)');
  });
});

describe('3. previews that stay small', () => {
  const unknownHeaders = (n: number): string[] => Array.from({ length: n }, (_, i) => `Extra ${i + 1}`);

  it('says a wide block of thousands of unknown headers in one note, with a count and a few examples', () => {
    const header: CellValue[] = ['Region', 'Metric', 'Apr-23', ...unknownHeaders(16_381)];
    const row: CellValue[] = ['KSS', 'EMP_6W', 0.2, ...unknownHeaders(16_381).map(() => 0.1)];
    const read = rowsFromBlock([header, row]);
    expect(read.problems).toEqual([
      '16,381 headers are not months ("Extra 1" (column 4), "Extra 2" (column 5), "Extra 3" (column 6) and 16,378 more), so their 16,381 values were skipped. Month headers can be Excel dates or text such as "Apr-23", "2023-04" or "April 2023".',
    ]);
    const prepared = prepareImport(read, monthIndexOf(2025, 7));
    expect(prepared.notes).toEqual(read.problems);
    expect(prepared.rows).toHaveLength(1);
  });

  it('says a long CSV of thousands of unknown columns in one note', () => {
    const csv = parseActualsCsv(
      `Region,Metric,Month,Value,${unknownHeaders(20_000).join(',')}\nKSS,EMP_6W,2023-10,0.2\n`,
      {
        today: TODAY,
      },
    );
    const prepared = prepareImport({ ...csv.preview, rows: csv.rows }, monthIndexOf(2025, 7));
    expect(prepared.notes).toEqual([
      '20,000 columns were not recognised and will be ignored: "Extra 1", "Extra 2", "Extra 3" and 19,997 more.',
    ]);
  });

  it.each([
    ['semicolons, with commas inside quotes', '"Region";"Metric";"Month";"Value, as given"\nKSS;EMP_6W;2023-10;0,5\n'],
    ['tabs after a blank line', '\nRegion\tMetric\tMonth\tValue\nKSS\tEMP_6W\t2023-10\t0.5\n'],
    ['pipes', 'Region|Metric|Month|Value\nKSS|EMP_6W|2023-10|0.5\n'],
  ])('reads the delimiter from the header line: %s', (_what, text) => {
    const { rows } = parseActualsCsv(text, { today: TODAY });
    expect(rows.map((r) => [r.Region, r.Metric, r.Month])).toEqual([['KSS', 'EMP_6W', '2023-10']]);
  });

  it('groups repeated columns, repeated months, columns without a header and file errors', () => {
    const wide = rowsFromBlock([
      ['Region', 'Metric', 'Region', 'Apr-23', '2023-04', 'April 2023', '', '', 'Region'],
      ['KSS', 'EMP_6W', 'x', 0.1, 0.2, 0.3, 0.4, 0.5, 'y'],
    ]);
    expect(wide.problems).toEqual([
      'There are 3 Region columns ("Region" (column 1), then "Region" (column 3) and "Region" (column 9)); the first is used.',
      '2 month headers name the same month as an earlier one ("Apr-23" and "2023-04" (columns 4 and 5) are both April 2023; "Apr-23" and "April 2023" (columns 4 and 6) are both April 2023); their values are checked as duplicates.',
      '2 columns have no header (columns 7 and 8), so their 2 values were skipped. Month headers can be Excel dates or text such as "Apr-23", "2023-04" or "April 2023".',
    ]);
    // papaparse reports this file's one stray quote nine times, then the quote never closed.
    const quotes = parseActualsCsv(`Region,Metric,Month,Value\n${'KSS,EMP_6W,2023-10,"0.2"x\n'.repeat(5)}`, {
      today: TODAY,
    });
    expect(quotes.preview.problems.slice(0, 2)).toEqual([
      'Row 2 of the file has a stray quote mark ("). Values with quotes inside must be wrapped in quotes, with the inner quotes doubled ("").',
      'Row 2 of the file has a quote mark (") that is never closed, so the rest of the file may be read as one value. Check the quotes around that value.',
    ]);
  });
});

describe('5. cell limits', () => {
  it('counts text as it would be written, with the apostrophe that keeps a formula as text', () => {
    expect(tooLongForCell('Note', 'x'.repeat(32_767))).toBeUndefined();
    expect(tooLongForCell('Note', `=${'x'.repeat(32_766)}`)).toBe(
      'Note is 32,768 characters long, and an Excel cell holds at most 32,767: shorten it by 1.',
    );
  });

  it('refuses a whole import with a cell longer than a cell holds, before anything is written', () => {
    const csv = parseActualsCsv(`${HEADER}KSS,EMP_6W,2023-10,0.2,${'x'.repeat(40_000)}\nLDN,EMP_6W,2023-10,0.2,ok\n`, {
      today: TODAY,
    });
    const prepared = prepareImport({ ...csv.preview, rows: csv.rows }, monthIndexOf(2025, 7));
    expect(prepared.rows).toEqual([]);
    expect(prepared.notes).toEqual([
      "Row 1's Note is 40,000 characters long, and an Excel cell holds at most 32,767: shorten it by 7,233. Nothing will be appended until it is shortened.",
    ]);
    const many = prepareImport(
      { ...csv.preview, rows: [csv.rows[0], { ...csv.rows[1], Region: 'y'.repeat(32_768) }, csv.rows[0]] },
      monthIndexOf(2025, 7),
    );
    expect(many.notes).toEqual([
      "3 cells are longer than an Excel cell holds (32,767 characters): row 1's Note, row 2's Region and row 3's Note. Nothing will be appended until they are shortened.",
    ]);
  });
});

describe("6. months outside the plans' range", () => {
  it("gives the plans' range: the April before the earliest plan month to five performance years after the last deadline", () => {
    expect(planMonthRange()).toEqual({ first: monthIndexOf(2021, 4), last: monthIndexOf(2030, 3) });
  });

  it.each([
    [monthIndexOf(2021, 4), undefined],
    [monthIndexOf(2030, 3), undefined],
    [
      monthIndexOf(2021, 3),
      "The report month, March 2021, is outside the plans' range (April 2021 to March 2030). Choose a month within it.",
    ],
    [
      monthIndexOf(2099, 10),
      "The report month, October 2099, is outside the plans' range (April 2021 to March 2030). Choose a month within it.",
    ],
    [
      -5,
      "The report month is not a month the plans cover. Choose a month within the plans' range (April 2021 to March 2030).",
    ],
    [
      Number.NaN,
      "The report month is not a month the plans cover. Choose a month within the plans' range (April 2021 to March 2030).",
    ],
    [
      '2023-10',
      "The report month is not a month the plans cover. Choose a month within the plans' range (April 2021 to March 2030).",
    ],
  ])('answers %p with %p', (month, message) => {
    expect(monthOutsidePlans('The report month', month)).toBe(message);
  });
});
