import { checkActuals, CheckResultSchema, type ActualsRow } from '../../../src/domain/actuals';

const TODAY = { year: 2025, month: 7 };
const row = (over: Partial<ActualsRow>): ActualsRow => ({
  Region: 'LDN',
  Metric: 'EMP_6W',
  Month: '2023-10',
  Value: 0.17,
  Numerator: '',
  Denominator: '',
  Note: '',
  ...over,
});

describe('duplicate rows (same region, metric and month)', () => {
  it('counts identical rows once, with a note on the later row', () => {
    const result = checkActuals([row({}), row({ Region: 'London', Month: 'Oct 2023', Value: '17%' })], {
      today: TODAY,
    });
    expect(result.rows.map((r) => r.status)).toEqual(['ok', 'warning']);
    expect(result.rows[1].message).toBe('Note: same as row 1; counted once.');
    expect(result.actuals.map((a) => a.row)).toEqual([0]);
    expect(result.counts).toEqual({ ok: 1, warnings: 1, errors: 0, missing: 0 });
    expect(CheckResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps the other notes of a repeated row after the "same as" note', () => {
    const result = checkActuals([row({}), row({ Value: 17 })], { today: TODAY });
    expect(result.rows[1].message).toBe(
      'Note: same as row 1; counted once. Read 17 as 17% (in Excel a percentage is a fraction: 17% is 0.17).',
    );
  });

  it('marks every row of a conflict as an error and uses none of them', () => {
    const result = checkActuals(
      [row({ Value: 0.17 }), row({ Value: 0.2 }), row({ Month: '2023-11' }), row({ Value: '18%' })],
      { today: TODAY },
    );
    expect(result.rows.map((r) => r.status)).toEqual(['error', 'error', 'ok', 'error']);
    expect(result.rows[0].message).toBe(
      'Conflicts with row 2 and row 4 (17% vs 20% and 18%): none of them is used until the duplicates are corrected or removed.',
    );
    expect(result.rows[3].message).toBe(
      'Conflicts with row 1 and row 2 (18% vs 17% and 20%): none of them is used until the duplicates are corrected or removed.',
    );
    expect(result.actuals.map((a) => a.row)).toEqual([2]);
    expect(result.counts.errors).toBe(3);
  });

  it('words a two-row conflict with "neither"', () => {
    const result = checkActuals([row({ Value: 0.17 }), row({ Value: 0.18 })], { today: TODAY });
    expect(result.rows[0].message).toBe(
      'Conflicts with row 2 (17% vs 18%): neither is used until one is corrected or removed.',
    );
    expect(result.rows[1].message).toBe(
      'Conflicts with row 1 (18% vs 17%): neither is used until one is corrected or removed.',
    );
    expect(result.actuals).toEqual([]);
    // The rows' own figures are still reported, for display.
    expect(result.rows[1].parsed?.value).toBe(0.18);
  });

  it('shows enough decimals, or the counts, to tell conflicting figures apart', () => {
    const close = checkActuals([row({ Value: 0.17 }), row({ Value: 0.17004 })], { today: TODAY });
    expect(close.rows[0].message).toContain('(17% vs 17.004%)');
    const counts = checkActuals(
      [row({ Value: '', Numerator: 33, Denominator: 200 }), row({ Value: '', Numerator: 66, Denominator: 400 })],
      { today: TODAY },
    );
    expect(counts.rows[0].message).toContain('(16.5% (33/200) vs 16.5% (66/400))');
  });

  it('treats a value-only row as the same as a row with agreeing counts, and uses the one with counts', () => {
    const result = checkActuals([row({ Value: '33.33%' }), row({ Value: '', Numerator: 1, Denominator: 3 })], {
      today: TODAY,
    });
    expect(result.rows.map((r) => r.status)).toEqual(['warning', 'ok']);
    expect(result.rows[0].message).toBe('Note: same as row 2; counted once.');
    expect(result.actuals).toHaveLength(1);
    expect(result.actuals[0]).toMatchObject({ row: 1, numerator: 1, denominator: 3 });
  });

  it('ignores rows with errors or no value when looking for duplicates', () => {
    const result = checkActuals([row({ Value: 'TBC' }), row({ Value: 'abc' }), row({ Value: 0.17 })], { today: TODAY });
    expect(result.rows.map((r) => r.status)).toEqual(['missing', 'error', 'ok']);
    expect(result.actuals.map((a) => a.row)).toEqual([2]);
  });

  it('does not treat different regions, metrics or months as duplicates', () => {
    const result = checkActuals(
      [
        row({}),
        row({ Region: 'KSS', Value: 0.2 }),
        row({ Metric: 'EMP_6M', Value: 0.2 }),
        row({ Month: 45231, Value: 0.2 }),
      ],
      { today: TODAY },
    );
    expect(result.counts.ok).toBe(4);
  });

  it('uses the row label function in messages', () => {
    const result = checkActuals([row({ Value: 0.17 }), row({ Value: 0.18 })], {
      today: TODAY,
      rowLabel: (i) => `sheet row ${i + 2}`,
    });
    expect(result.rows[0].message).toBe(
      'Conflicts with sheet row 3 (17% vs 18%): neither is used until one is corrected or removed.',
    );
  });

  it('keeps messages short when many rows conflict', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row({ Value: i / 1000 }));
    const result = checkActuals(rows, { today: TODAY });
    expect(result.counts.errors).toBe(500);
    expect(result.rows[10].message).toMatch(
      /^Conflicts with 499 other rows for the same region, metric and month, including row 1, row 2 and row 3 \(/,
    );
    expect(result.rows[10].message.length).toBeLessThan(300);
  });

  it('carries the Note column into the usable actuals', () => {
    const result = checkActuals([row({ Note: 'provisional' }), row({ Month: '2023-11', Note: 42 })], { today: TODAY });
    expect(result.actuals.map((a) => a.note)).toEqual(['provisional', '42']);
  });
});
