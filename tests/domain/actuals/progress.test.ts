import { checkActuals, progressFrom } from '../../../src/domain/actuals';
import { monthFromIso } from '../../../src/domain/months';
import { statusOf, trajectoryLevel } from '../../../src/domain/rrpAnswers';
import { roundFraction } from '../../../src/domain/status';
import { actualsRow } from '../../support/actualsRow';

describe('progress from checked actuals', () => {
  const loaded = [
    { region: 'YH', metric: 'EMP_6W', edition: 2023 },
    { region: 'KSS', metric: 'EMP_6M', edition: 2023 },
    { region: 'SC', metric: 'SETTLED_3M', edition: 2023 },
    { region: 'YH', metric: 'CSTR', edition: 2023 },
  ] as const;

  it('uses the latest usable actual and the same status as RRP.STATUS', () => {
    const rows = [
      actualsRow('Y&H', 'EMP_6W', 'Aug 2023', '17.2%'),
      actualsRow('Yorkshire and The Humber', '6 week employment', '2023-09', 17.5),
      actualsRow('KSS', 'EMP_6M', 'Sep 2023', 0.25),
      actualsRow('SC', 'SETTLED_3M', 'Oct 2023', 0.7),
      actualsRow('SC', 'SETTLED_3M', 'Oct 2023', 0.9),
    ];
    const check = checkActuals(rows, { today: { year: 2024, month: 1 } });
    const lines = progressFrom(loaded, check.actuals);
    const yh = lines[0];
    expect(yh.status).toBe('At risk');
    expect(yh.latestMonth).toBe(monthFromIso('2023-09'));
    expect(yh.latestActual).toBeCloseTo(0.175, 12);
    expect(yh.trajectory).toBeCloseTo(0.17 + (0.02 * 6) / 13, 12);
    expect(yh.gapToTarget).toBe(0.015);
    expect(lines[1]).toMatchObject({ status: 'Improving', latestActual: 0.25 });
    expect(lines[1].gapToTarget).toBeUndefined();
    // Two different values for the same month conflict, so neither is used.
    expect(lines[2].status).toBe('No actual yet');
    expect(lines[3].status).toBe('Qualitative');
  });

  it('leaves out a loaded target the plan data does not hold: it is not a plan target', () => {
    // Yorkshire and The Humber has only the 2023 annual update; a row for its 2022 edition was edited in by hand.
    const rows = [actualsRow('YH', 'EMP_6W', 'Sep 2023', 0.175)];
    const lines = progressFrom(
      [
        { region: 'YH', metric: 'EMP_6W', edition: 2022 },
        { region: 'YH', metric: 'EMP_6W', edition: 2023 },
        { region: 'YH', metric: 'CSTR', edition: 2022 },
        { region: 'WAL', metric: 'EMP_6W', edition: 2023 },
      ],
      checkActuals(rows, { today: { year: 2024, month: 1 } }).actuals,
    );
    expect(lines.map((l) => [l.region, l.metric, l.edition, l.status])).toEqual([['YH', 'EMP_6W', 2023, 'At risk']]);
  });

  it('gives performance-year-to-date from counts, not an average of percentages', () => {
    // 10% of 100 leavers, then 20% of 300: the year so far is 70 / 400 = 17.5%, not the 15% an average gives.
    const rows = [
      actualsRow('YH', 'EMP_6W', 'Apr 2023', '', { Numerator: 10, Denominator: 100 }),
      actualsRow('YH', 'EMP_6W', 'May 2023', '', { Numerator: 60, Denominator: 300 }),
    ];
    const [yh] = progressFrom(loaded.slice(0, 1), checkActuals(rows, { today: { year: 2024, month: 1 } }).actuals);
    expect(yh.yearToDate?.value).toBeCloseTo(0.175, 12);
    expect(yh.yearToDate?.months).toBe(2);
  });

  it('keeps each target to its own actuals when many regions and metrics are mixed', () => {
    const rows = [
      actualsRow('YH', 'EMP_6W', 'Apr 2023', '', { Numerator: 10, Denominator: 100 }),
      actualsRow('KSS', 'EMP_6W', 'Apr 2023', '', { Numerator: 50, Denominator: 100 }),
      actualsRow('YH', 'EMP_6M', 'May 2023', '', { Numerator: 90, Denominator: 100 }),
      actualsRow('YH', 'EMP_6W', 'May 2023', '', { Numerator: 30, Denominator: 100 }),
      actualsRow('KSS', 'EMP_6W', 'Jun 2023', '', { Numerator: 70, Denominator: 100 }),
    ];
    const actuals = checkActuals(rows, { today: { year: 2024, month: 1 } }).actuals;
    const lines = progressFrom(
      [
        { region: 'YH', metric: 'EMP_6W', edition: 2023 },
        { region: 'KSS', metric: 'EMP_6W', edition: 2023 },
        { region: 'YH', metric: 'EMP_6M', edition: 2023 },
      ],
      actuals,
    );
    expect(lines.map((l) => [l.region, l.metric, l.latestActual, l.yearToDate?.value, l.yearToDate?.months])).toEqual([
      ['YH', 'EMP_6W', 0.3, 0.2, 2],
      ['KSS', 'EMP_6W', 0.7, 0.6, 2],
      ['YH', 'EMP_6M', 0.9, 0.9, 1],
    ]);
    expect(lines[1]).toMatchObject({ latestMonth: monthFromIso('2023-06'), gapToTarget: roundFraction(0.19 - 0.7) });
    expect(lines[1].trajectory).toBe(trajectoryLevel('KSS', 'EMP_6W', '2023-06', 2023));
    expect(lines[1].status).toBe(statusOf('KSS', 'EMP_6W', 0.7, '2023-06', 2023, null));
  });
});
