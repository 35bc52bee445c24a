/** The function builder's pure part: arguments, formula text and previews that match the custom functions. */
import { createCustomFunctionsRuntime, type StandInError } from '../../scripts/customFunctionsStandIn';
import { PlanError } from '../../src/domain/errors';
import { answer } from '../../src/functions/functionErrors';
import {
  actualArgument,
  cellReference,
  errorPreview,
  FUNCTION_NAMES,
  formatSerialDate,
  formulaText,
  monthArgument,
  previewOf,
  quoted,
  rangeReference,
  type FormulaChoice,
} from '../../src/taskpane/components/formulaText';

const choice = (change: Partial<FormulaChoice>): FormulaChoice => ({
  fn: 'TARGET',
  region: 'KSS',
  metric: 'EMP_6W',
  edition: 'latest',
  actual: '',
  month: '',
  values: '',
  ...change,
});

describe('formula text', () => {
  it.each<[Partial<FormulaChoice>, string]>([
    [{}, '=RRP.TARGET("KSS","EMP_6W")'],
    [{ fn: 'SOURCE', edition: 2022 }, '=RRP.SOURCE("KSS","EMP_6W",2022)'],
    [{ fn: 'TRAJECTORY', region: 'YH', month: ' Oct 2023 ' }, '=RRP.TRAJECTORY("YH","EMP_6W","Oct 2023")'],
    [{ fn: 'STATUS', region: 'YH', actual: '17.5%', month: 'Oct 2023' }, '=RRP.STATUS("YH","EMP_6W",0.175,"Oct 2023")'],
    [
      { fn: 'STATUS', region: 'YH', actual: '0.175', month: 'C2', edition: 2023 },
      '=RRP.STATUS("YH","EMP_6W",0.175,C2,2023)',
    ],
    [{ fn: 'GAP', actual: 'Sheet1!$B$2' }, '=RRP.GAP("KSS","EMP_6W",Sheet1!$B$2)'],
    [{ fn: 'GAP', actual: "'Monthly actuals'!b7" }, '=RRP.GAP("KSS","EMP_6W",\'Monthly actuals\'!B7)'],
    [{ fn: 'GAP', actual: 'about "a fifth"' }, '=RRP.GAP("KSS","EMP_6W","about ""a fifth""")'],
    [{ fn: 'GAP', actual: '' }, '=RRP.GAP("KSS","EMP_6W","")'],
  ])('%j gives %s', (change, expected) => {
    expect(formulaText(choice(change))).toBe(expected);
  });

  it('leaves out arguments a function does not take', () => {
    for (const fn of FUNCTION_NAMES) {
      const text = formulaText(choice({ fn, actual: '0.2', month: 'Oct 2023' }));
      expect(text.includes('0.2')).toBe(fn === 'STATUS' || fn === 'GAP');
      expect(text.includes('Oct 2023')).toBe(fn === 'STATUS' || fn === 'TRAJECTORY');
    }
  });

  it('doubles quotes in text literals', () => {
    expect(quoted('say "hi"')).toBe('"say ""hi"""');
    expect(quoted('')).toBe('""');
  });
});

describe('RRP.SPC in the builder', () => {
  it.each<[Partial<FormulaChoice>, string]>([
    [{ values: 'b2:b25' }, '=RRP.SPC(B2:B25,RRP.TARGET("KSS","EMP_6W"))'],
    [{ values: ' B2:B25 ', edition: 2022 }, '=RRP.SPC(B2:B25,RRP.TARGET("KSS","EMP_6W",2022))'],
    [{ values: "'Monthly actuals'!$d$2:$d$37" }, '=RRP.SPC(\'Monthly actuals\'!$D$2:$D$37,RRP.TARGET("KSS","EMP_6W"))'],
    // The plan gives only a direction: no target level to assure against, so none is passed.
    [{ values: 'B2:B25', metric: 'EMP_6M' }, '=RRP.SPC(B2:B25)'],
    [{ values: 'lots' }, '=RRP.SPC("lots",RRP.TARGET("KSS","EMP_6W"))'],
  ])('%j gives %s', (change, expected) => {
    expect(formulaText(choice({ fn: 'SPC', ...change }))).toBe(expected);
  });

  it('knows a range reference when it sees one', () => {
    expect(rangeReference('b2:c30')).toBe('B2:C30');
    expect(rangeReference('Sheet1!b2')).toBe('Sheet1!B2');
    expect(rangeReference('B2:B')).toBeUndefined();
    expect(rangeReference('B2:B5:B9')).toBeUndefined();
    expect(rangeReference('')).toBeUndefined();
  });

  it('leaves a range to Excel, saying against which target; other values fail as the cell will', () => {
    expect(previewOf(choice({ fn: 'SPC', values: 'B2:B25' }))).toEqual({
      kind: 'inExcel',
      text: 'Worked out in Excel from the values in B2:B25, against the target 19%.',
    });
    expect(previewOf(choice({ fn: 'SPC', values: 'B2:B25', metric: 'EMP_6M' })).text).toBe(
      'Worked out in Excel from the values in B2:B25, with no target (the plan states no target level for this metric), so no assurance.',
    );
    expect(previewOf(choice({ fn: 'SPC', values: 'lots' })).text).toMatch(
      /^#VALUE!: The value in row 1 of the range is text \("lots"\)/,
    );
    expect(previewOf(choice({ fn: 'SPC' })).text).toMatch(/^#VALUE!: RRP.SPC was given no values/);
  });
});

describe('arguments', () => {
  it('reads actuals as numbers, percentages, cell references or text', () => {
    expect(actualArgument('17.5%')).toEqual({ kind: 'number', value: 0.175 });
    expect(actualArgument(' 14.3 % ')).toEqual({ kind: 'number', value: 0.143 });
    expect(actualArgument('.175')).toEqual({ kind: 'number', value: 0.175 });
    expect(actualArgument('17.5')).toEqual({ kind: 'number', value: 17.5 });
    expect(actualArgument('$b$2')).toEqual({ kind: 'reference', ref: '$B$2' });
    expect(actualArgument('n/a')).toEqual({ kind: 'text', value: 'n/a' });
  });

  it('keeps month text the functions read, even when it could name a cell', () => {
    expect(monthArgument('Oct23')).toEqual({ kind: 'text', value: 'Oct23' });
    expect(monthArgument('2023-10')).toEqual({ kind: 'text', value: '2023-10' });
    expect(monthArgument('c2')).toEqual({ kind: 'reference', ref: 'C2' });
    expect(monthArgument('soon')).toEqual({ kind: 'text', value: 'soon' });
  });

  it('knows a cell reference when it sees one', () => {
    expect(cellReference('XFD1048576')).toBe('XFD1048576');
    expect(cellReference('XFE1')).toBeUndefined();
    expect(cellReference('A1048577')).toBeUndefined();
    expect(cellReference('A0')).toBeUndefined();
    expect(cellReference('A01')).toBeUndefined();
    expect(cellReference('B')).toBeUndefined();
    expect(cellReference("'It''s'!a1")).toBe("'It''s'!A1");
  });
});

describe('preview', () => {
  it.each<[Partial<FormulaChoice>, string]>([
    [{}, '19%'],
    [{ fn: 'BASELINE' }, '16%'],
    [{ fn: 'CHANGE' }, '3%'],
    [{ fn: 'DEADLINE' }, '30/04/2024'],
    [{ fn: 'DEADLINE', edition: 2022 }, '31/07/2023'],
    [{ fn: 'TRAJECTORY', region: 'YH', month: 'Sep 2023' }, '17.92%'],
    [{ fn: 'STATUS', region: 'YH', actual: '17.5%', month: 'Sep 2023' }, 'At risk'],
    [{ fn: 'STATUS', region: 'YH', actual: '0.19', month: 'May 2024' }, 'Met'],
    [{ fn: 'GAP', actual: '16%' }, '3%'],
    [{ fn: 'GAP', actual: '20%' }, '-1%'],
  ])('%j shows %s', (change, expected) => {
    expect(previewOf(choice(change))).toEqual({ kind: 'value', text: expected });
  });

  it('quotes the source sentence as it is', () => {
    const preview = previewOf(choice({ fn: 'SOURCE', metric: 'CSTR', edition: 2022 }));
    expect(preview.kind).toBe('value');
    expect(preview.text).toMatch(/^"We will drive up use of treatment requirements/);
  });

  // YH settled accommodation (2023 update): 69% in March 2023 to 80% by April 2024, 13 months, so
  // the trajectory rises 11 pp × n/13 a month; At risk is up to 1 pp below it, Missed after April 2024.
  it.each<[string, string, Record<string, string>]>([
    ['Mar 2023', '69%', { '0.7': 'On track', '72%': 'On track', '73.5%': 'On track', '0.8': 'Met' }],
    ['Sep 2023', '74.08%', { '0.7': 'Off track', '72%': 'Off track', '73.5%': 'At risk', '0.8': 'Met' }],
    ['2024-01', '77.46%', { '0.7': 'Off track', '72%': 'Off track', '73.5%': 'Off track', '0.8': 'Met' }],
    ['Apr 2024', '80%', { '0.7': 'Off track', '72%': 'Off track', '73.5%': 'Off track', '0.8': 'Met' }],
    ['May 2024', '80%', { '0.7': 'Missed', '72%': 'Missed', '73.5%': 'Missed', '0.8': 'Met' }],
  ])('YH settled accommodation in %s: trajectory %s, and the status of each actual', (month, trajectory, statuses) => {
    expect(previewOf(choice({ fn: 'TRAJECTORY', region: 'YH', metric: 'SETTLED_3M', month }))).toEqual({
      kind: 'value',
      text: trajectory,
    });
    for (const [actual, status] of Object.entries(statuses)) {
      expect(previewOf(choice({ fn: 'STATUS', region: 'YH', metric: 'SETTLED_3M', actual, month }))).toEqual({
        kind: 'value',
        text: status,
      });
    }
  });

  it('shows errors as Excel will: #VALUE! for what cannot be read, #N/A for what the plan does not say', () => {
    expect(previewOf(choice({ fn: 'TRAJECTORY', region: 'YH', month: 'soon' }))).toEqual({
      kind: 'error',
      code: '#VALUE!',
      message: expect.stringMatching(/^Month "soon" cannot be read as a month/),
      text: expect.stringMatching(/^#VALUE!: Month "soon" cannot be read as a month/),
    });
    expect(previewOf(choice({ fn: 'TRAJECTORY', region: 'YH' })).text).toMatch(/^#VALUE!: No month given/);
    expect(previewOf(choice({ fn: 'STATUS', region: 'YH', actual: '17.5', month: 'Sep 2023' })).text).toMatch(
      /^#VALUE!: The actual 17\.5 is above 100%/,
    );
    expect(previewOf(choice({ fn: 'TARGET', edition: 2022, region: 'SC' })).text).toMatch(
      /^#N\/A: South Central has no 2022-25 plan/,
    );
    expect(previewOf(choice({ fn: 'TARGET', metric: 'EMP_6M' })).text).toMatch(
      /^#N\/A: .*continue to increase from 23%/,
    );
    expect(previewOf(choice({ fn: 'TARGET', region: 'WAL' })).text).toMatch(
      /^#N\/A: Wales has no Reducing Reoffending Plan targets/,
    );
  });

  it('leaves values that come from cells to Excel', () => {
    expect(previewOf(choice({ fn: 'STATUS', actual: 'B2', month: 'Oct 2023' }))).toEqual({
      kind: 'inExcel',
      text: 'Worked out in Excel from the value in B2.',
    });
    expect(previewOf(choice({ fn: 'STATUS', actual: 'B2', month: 'A2' })).text).toBe(
      'Worked out in Excel from the values in B2 and A2.',
    );
  });

  it('formats Excel date serials as day/month/year', () => {
    expect(formatSerialDate(45412)).toBe('30/04/2024');
    expect(formatSerialDate(61)).toBe('01/03/1900');
    expect(formatSerialDate(45046.75)).toBe('30/04/2023');
  });
});

describe('error previews', () => {
  const global = globalThis as { CustomFunctions?: unknown };
  beforeAll(() => {
    global.CustomFunctions = createCustomFunctionsRuntime().CustomFunctions;
  });
  afterAll(() => {
    delete global.CustomFunctions;
  });

  /** The error the custom functions' wrapper (src/functions/functionErrors.ts) puts in the cell when `thrown` is thrown. */
  const cellError = (thrown: unknown): StandInError => {
    try {
      answer(() => {
        throw thrown;
      });
    } catch (error) {
      return error as StandInError;
    }
    throw new Error('answer() did not throw');
  };

  it.each<[string, unknown, '#VALUE!' | '#N/A']>([
    ['an unreadable argument', new PlanError('invalid', 'Month "soon" cannot be read as a month.'), '#VALUE!'],
    [
      'what the plan does not state',
      new PlanError('unavailable', 'Wales has no Reducing Reoffending Plan targets.'),
      '#N/A',
    ],
    ['an unexpected failure', new TypeError('x is undefined'), '#VALUE!'],
    ['something thrown that is not an Error', 'out of cheese', '#VALUE!'],
  ])('shows %s as the custom functions do', (_, thrown, code) => {
    const cell = cellError(thrown);
    expect(cell.code).toBe(code);
    expect(errorPreview(thrown)).toEqual({
      kind: 'error',
      code: cell.code,
      message: cell.message,
      text: `${cell.code}: ${cell.message}`,
    });
  });

  it('words an unexpected failure as a request to report it', () => {
    expect(errorPreview(new Error('boom')).text).toBe(
      '#VALUE!: RRP could not work this out (boom). Please report it with the formula used.',
    );
  });
});
