/**
 * The check of RRP Plan rows. Figures for North West, North East and Wales are invented for these
 * tests (those regions have no built-in plan); KSS rows are the built-in data's own, used to show
 * that built-in targets cannot be repeated.
 */
import { planData } from '../../src/domain/planData';
import { serialOfDate } from '../../src/domain/months';
import type { PlanRecord } from '../../src/domain/planSchema';
import { checkPlanRows, planRowOf, planSummaryOf, PLAN_COLUMNS, type PlanRow } from '../../src/domain/workbookPlan';
import { NW_EMP } from '../fixtures/inventedPlans';

/** NW_EMP as an analyst types it in RRP Plan: region, metric and kind as codes, months as Excel dates. */
const row = (change: Partial<PlanRow> = {}): PlanRow => ({
  Region: 'NW',
  Edition: 2024,
  Metric: 'EMP_6W',
  Kind: 'increase',
  Baseline: 0.2,
  'Baseline month': serialOfDate(2024, 3, 1),
  Change: 0.03,
  Target: 0.23,
  Deadline: serialOfDate(2025, 3, 1),
  'Source document': NW_EMP.source.document,
  Section: NW_EMP.source.section,
  Sentence: NW_EMP.source.sentence,
  ...change,
});

const blankRow = (): PlanRow => Object.fromEntries(PLAN_COLUMNS.map((c) => [c, ''])) as PlanRow;
const messageOf = (r: PlanRow): string => checkPlanRows([r]).rows[0].message;

describe('checking RRP Plan rows', () => {
  it('uses a complete increase row as a plan record, months as "YYYY-MM"', () => {
    const result = checkPlanRows([row()]);
    expect(result.rows).toEqual([{ status: 'ok', message: 'OK' }]);
    expect(result.used).toEqual([{ row: 0, record: NW_EMP }]);
  });

  it('reads names, edition text, percentage text and month text as the functions do', () => {
    const result = checkPlanRows([
      row({
        Region: 'North West',
        Edition: '2024 update',
        Metric: 'employed six weeks after release',
        Kind: 'Increase',
        Baseline: '20%',
        Change: '3%',
        Target: '23%',
        'Baseline month': 'Mar 2024',
        Deadline: '2025-03',
      }),
    ]);
    expect(result.rows[0].message).toBe('OK');
    expect(result.used[0].record).toMatchObject({
      region: 'NW',
      edition: 2024,
      metric: 'EMP_6W',
      baseline: 0.2,
      change: 0.03,
      target: 0.23,
      baselineMonth: '2024-03',
      deadlineMonth: '2025-03',
    });
  });

  it('holds target = baseline + change exactly, not within a rounding of the display', () => {
    expect(messageOf(row({ Baseline: 0.16, Change: 0.03, Target: 0.19 }))).toBe('OK'); // 0.16 + 0.03 is 0.19000000000000003 in floating point
    expect(messageOf(row({ Target: 0.231 }))).toBe(
      "Target 23.1% is not Baseline 20% + Change 3 percentage points (23%): the plan's target is its baseline plus the change. Correct one of them.",
    );
  });

  it('refuses a deadline before (or in) the baseline month', () => {
    expect(messageOf(row({ Deadline: serialOfDate(2023, 6, 30) }))).toBe(
      'Deadline June 2023 is not after the baseline month March 2024.',
    );
    expect(messageOf(row({ Deadline: serialOfDate(2024, 3, 31) }))).toBe(
      'Deadline March 2024 is not after the baseline month March 2024.',
    );
  });

  it.each([
    [
      { Kind: 'maintain', Target: 0.8 },
      'A maintain target has no baseline, baseline month and change: a target to maintain states only the level to keep and its deadline. Leave them blank, or choose another kind.',
    ],
    [
      { Kind: 'direction' },
      'A direction target has no change, target and deadline: a direction-only target states only where it starts from. Leave them blank, or choose another kind.',
    ],
    [
      { Kind: 'qualitative', Baseline: '', 'Baseline month': '', Change: '', Deadline: '' },
      'A qualitative target has no target: a commitment in words has no numbers. Leave it blank, or choose another kind.',
    ],
  ])('refuses numbers a kind does not have: %p', (change, message) => {
    expect(messageOf(row(change as Partial<PlanRow>))).toBe(message);
  });

  it('accepts each kind with just its own numbers (a maintain row may say 0 for the change)', () => {
    const maintain = row({ Kind: 'maintain', Baseline: '', 'Baseline month': '', Change: 0, Target: 0.85 });
    const direction = row({ Kind: 'direction', Change: '', Target: '', Deadline: '', Metric: 'EMP_6M' });
    const qualitative = row({
      Kind: 'qualitative',
      Baseline: '',
      'Baseline month': '',
      Change: '',
      Target: '',
      Deadline: '',
      Metric: 'CSTR',
    });
    const result = checkPlanRows([maintain, direction, qualitative]);
    expect(result.rows.map((r) => r.message)).toEqual(['OK', 'OK', 'OK']);
    expect(
      result.used.map((u) => [
        u.record.kind,
        u.record.baseline,
        u.record.change,
        u.record.target,
        u.record.deadlineMonth,
      ]),
    ).toEqual([
      ['maintain', null, 0, 0.85, '2025-03'],
      ['direction', 0.2, null, null, null],
      ['qualitative', null, null, null, null],
    ]);
  });

  it('says which numbers a kind needs', () => {
    expect(messageOf(row({ Target: '', Deadline: '' }))).toBe('An increase target needs target and deadline.');
  });

  it('refuses a row repeating a built-in region, edition and metric, whatever its figures', () => {
    const builtIn = planData.targets.find(
      (t) => t.region === 'KSS' && t.edition === 2023 && t.metric === 'EMP_6W',
    ) as PlanRecord;
    const same = checkPlanRows([planRowOf(builtIn)]);
    expect(same.used).toEqual([]);
    expect(same.rows[0].message).toBe(
      "Kent, Surrey and Sussex's 2023 annual update target for employed six weeks after release is built into the add-in and cannot be changed from the workbook, so this row is not used. Remove it (RRP.SOURCE shows the built-in target's sentence).",
    );
    // The same region and metric in an edition the add-in does not have is the workbook's to add.
    expect(
      checkPlanRows([
        planRowOf({ ...builtIn, edition: 2024, baselineMonth: '2024-03', deadlineMonth: '2025-03' } as PlanRecord),
      ]).rows[0],
    ).toMatchObject({ status: 'ok', message: expect.stringMatching(/^Note: used\. /) });
  });

  it('uses the first of rows that repeat one another with the same figures, and none of rows that differ', () => {
    const same = checkPlanRows([row(), row({ Section: 'Another section' }), row({ Metric: 'EMP_6M' })]);
    expect(same.rows.map((r) => r.message)).toEqual([
      'OK',
      "Repeats row 1's region, edition and metric with the same figures: row 1 is used and this row is not. Remove this row.",
      'OK',
    ]);
    expect(same.used.map((u) => u.row)).toEqual([0, 2]);

    const differ = checkPlanRows([row(), row({ Metric: 'EMP_6M' }), row({ Baseline: 0.21, Target: 0.24 })]);
    expect(differ.rows.map((r) => r.message)).toEqual([
      'row 3 has the same region, edition and metric with different figures: none of them is used until one is corrected or removed.',
      'OK',
      'row 1 has the same region, edition and metric with different figures: none of them is used until one is corrected or removed.',
    ]);
    expect(differ.used.map((u) => u.row)).toEqual([1]);
  });

  it('lists every problem of a row: unknown region, metric, kind and edition, bad months, percentages, source', () => {
    const message = messageOf(
      row({
        Region: 'Atlantis',
        Edition: 'draft',
        Metric: 'reoffending',
        Kind: 'grow',
        Baseline: 20,
        'Baseline month': 'soon',
        Sentence: 'Too short',
        'Source document': '',
      }),
    );
    expect(message).toMatch(/^Region "Atlantis" is not recognised\./);
    expect(message).toContain('Plan edition "draft" is not known.');
    expect(message).toContain('Metric "reoffending" is not recognised.');
    expect(message).toContain('Kind "grow" is not known. Use one of increase, maintain, direction, qualitative.');
    expect(message).toContain('No source document given');
    expect(message).toContain('Sentence "Too short" is too short');
    // The numbers are not read without a kind: what they mean depends on it.
    expect(checkPlanRows([row({ Baseline: 20, 'Baseline month': 'soon' })]).rows[0].message).toBe(
      'The baseline 20 is above 100%. Percentages are fractions in Excel: 17.5% is 0.175. If you meant 20%, enter 20% or 0.2. Baseline month "soon" cannot be read as a month.',
    );
    expect(messageOf(row({ Edition: '' }))).toBe(
      'No edition given. Use 2022 (the 2022-25 plan) or the year of an annual update, such as 2024.',
    );
  });

  it('marks a row with nothing in it as empty, and keeps text that looks like a formula from becoming one', () => {
    const result = checkPlanRows([blankRow(), row({ Region: '=HYPERLINK("x")' })]);
    expect(result.rows[0]).toEqual({ status: 'empty', message: 'Empty row: nothing to check.' });
    expect(result.rows[1].message.startsWith('Region "=HYPERLINK')).toBe(true);
  });

  it('gives back every built-in record, moved to a region without built-in data, as the record it was', () => {
    // North East has no built-in plan: the records' figures stand in for a plan of its own.
    const moved = planData.targets.filter((t) => t.region === 'KSS').map((t): PlanRecord => ({ ...t, region: 'NE' }));
    const result = checkPlanRows(moved.map(planRowOf));
    expect(result.rows.every((r) => r.message === 'OK')).toBe(true);
    expect(result.used.map((u) => u.record)).toEqual(moved);
  });

  it('summarises in counts and the first problems', () => {
    const summary = planSummaryOf(checkPlanRows([row(), blankRow(), row({ Region: 'WAL', Target: 0.3 })]));
    expect(summary).toEqual({
      rows: 3,
      used: 1,
      errors: 1,
      empty: 1,
      regions: ['NW'],
      problems: [{ row: 3, message: expect.stringMatching(/^Target 30% is not Baseline 20%/) }],
    });
  });
});

describe('RRP Plan rows that would quietly replace a built-in plan, or hold no value (issue 17)', () => {
  const DEC_2026 = 2026 * 12 + 11;
  const kss = (change: Partial<PlanRow> = {}): PlanRow =>
    row({ Region: 'KSS', Edition: 2024, 'Baseline month': serialOfDate(2024, 3, 1), ...change });
  const checkOne = (r: PlanRow): string => checkPlanRows([r], DEC_2026).rows[0].message;

  it('refuses an edition far in the future and a baseline month long before its edition', () => {
    expect(checkOne(kss({ Edition: 2099, 'Baseline month': serialOfDate(2000, 1, 1) }))).toBe(
      "Baseline month January 2000 is long before the 2099 annual update: an edition's baselines are from its own year or the one before. Check the baseline month and the edition. Edition 2099 is 73 years from now (2026): an annual update is written in its own year. Check the edition.",
    );
    expect(
      checkOne(kss({ Edition: 2027, 'Baseline month': serialOfDate(2027, 3, 1), Deadline: serialOfDate(2028, 3, 1) })),
    ).toMatch(/^Note: used\./);
  });

  it('refuses an increase with no change', () => {
    expect(checkOne(row({ Change: 0, Target: 0.2 }))).toBe(
      'An increase of 0 percentage points changes nothing. For a level to keep, choose the kind maintain.',
    );
  });

  it('says a cell holds an Excel error, or only invisible or control characters, rather than an unknown value', () => {
    expect(checkOne(row({ Baseline: '#N/A' }))).toBe(
      'Baseline: the cell holds #N/A, an Excel error, not a value. Correct the formula or type the value.',
    );
    expect(checkOne(row({ Region: '\u200b\u200b', Sentence: '\u00a0\u2060'.repeat(20) }))).toBe(
      'Region: the cell holds only invisible or control characters (U+200B). Clear it and type the value. Sentence: the cell holds only invisible or control characters (U+00A0, U+2060). Clear it and type the value.',
    );
  });

  it('uses a partial edition, noting that the edition before stays in force for the other metrics', () => {
    const result = checkPlanRows([kss()], DEC_2026);
    expect(result.used).toHaveLength(1);
    expect(result.rows).toEqual([
      {
        status: 'ok',
        message:
          "Note: used. Kent, Surrey and Sussex's 2024 annual update on RRP Plan sets no target for employed six months after release, housed on the night after release, settled accommodation three months after release, sexual offence interventions completed and community sentence treatment requirements: for them, the edition before (the 2023 annual update) stays in force.",
      },
    ]);
  });

  it('checks many rows repeating one region, edition and metric, naming only the first few', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) =>
      row({ Baseline: 0.2, Target: 0.23 + (i % 2) / 100, Change: 0.03 + (i % 2) / 100 }),
    );
    const result = checkPlanRows(rows, DEC_2026);
    expect(result.used).toEqual([]);
    expect(result.rows[0].message).toBe(
      'row 2, row 3 and row 4 and 19996 more have the same region, edition and metric with different figures: none of them is used until one is corrected or removed.',
    );
  });
});
