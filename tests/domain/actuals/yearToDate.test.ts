import {
  checkActuals,
  performanceYearStart,
  yearToDate,
  YearToDateSchema,
  type ActualsRow,
} from '../../../src/domain/actuals';
import { monthFromIso } from '../../../src/domain/months';

const TODAY = { year: 2025, month: 7 };
const row = (
  Month: string,
  Numerator: number | string,
  Denominator: number | string,
  over: Partial<ActualsRow> = {},
): ActualsRow => ({
  Region: 'LDN',
  Metric: 'EMP_6W',
  Month,
  Value: '',
  Numerator,
  Denominator,
  Note: '',
  ...over,
});

describe('performance year', () => {
  it('starts in April', () => {
    expect(performanceYearStart(monthFromIso('2024-02'))).toBe(monthFromIso('2023-04'));
    expect(performanceYearStart(monthFromIso('2023-04'))).toBe(monthFromIso('2023-04'));
    expect(performanceYearStart(monthFromIso('2024-03'))).toBe(monthFromIso('2023-04'));
    expect(performanceYearStart(monthFromIso('2023-12'))).toBe(monthFromIso('2023-04'));
    expect(performanceYearStart(monthFromIso('2024-01'))).toBe(monthFromIso('2023-04'));
  });
});

describe('yearToDate', () => {
  it('is Σ numerators / Σ denominators, not the average of monthly percentages', () => {
    const { actuals } = checkActuals([row('Apr-23', 1, 10), row('May-23', 50, 100)], { today: TODAY });
    const ytd = yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2023-05'));
    const averageOfMonths = (0.1 + 0.5) / 2;
    expect(ytd?.value).toBeCloseTo(51 / 110, 12);
    expect(ytd?.value).not.toBeCloseTo(averageOfMonths, 2);
    expect(ytd).toMatchObject({
      numerator: 51,
      denominator: 110,
      months: 2,
      monthsWithoutCounts: 0,
      from: monthFromIso('2023-04'),
      to: monthFromIso('2023-05'),
    });
    expect(YearToDateSchema.safeParse(ytd).success).toBe(true);
  });

  it('covers April to the month asked about, within one performance year', () => {
    const rows = [
      row('Mar-23', 100, 100),
      row('Apr-23', 10, 100),
      row('Jan-24', 20, 100),
      row('Mar-24', 30, 100),
      row('Apr-24', 100, 100),
    ];
    const { actuals } = checkActuals(rows, { today: TODAY });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2024-03'))).toMatchObject({
      numerator: 60,
      denominator: 300,
      months: 3,
    });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2024-01'))).toMatchObject({
      numerator: 30,
      denominator: 200,
      months: 2,
    });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2024-04'))).toMatchObject({
      numerator: 100,
      denominator: 100,
      months: 1,
    });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2023-03'))).toMatchObject({
      numerator: 100,
      denominator: 100,
      months: 1,
      from: monthFromIso('2022-04'),
    });
  });

  it('uses only rows with both counts, and says how many months lacked them', () => {
    const rows = [row('Apr-23', 10, 100), row('May-23', '', '', { Value: 0.9 }), row('Jun-23', 20, 100)];
    const { actuals } = checkActuals(rows, { today: TODAY });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2023-06'))).toMatchObject({
      value: 0.15,
      months: 2,
      monthsWithoutCounts: 1,
    });
  });

  it('is undefined when no month in range has counts', () => {
    const { actuals } = checkActuals([row('May-23', '', '', { Value: 0.9 }), row('Apr-23', 'TBC', 100)], {
      today: TODAY,
    });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2023-06'))).toBeUndefined();
    expect(yearToDate([], 'LDN', 'EMP_6W', monthFromIso('2023-06'))).toBeUndefined();
  });

  it('keeps regions and metrics apart, and leaves out conflicting duplicates', () => {
    const rows = [
      row('Apr-23', 10, 100),
      row('Apr-23', 90, 100, { Region: 'KSS' }),
      row('Apr-23', 90, 100, { Metric: 'EMP_6M' }),
      row('May-23', 10, 100),
      row('May-23', 20, 100),
      row('Jun-23', 30, 100),
      row('Jun-23', 30, 100),
    ];
    const { actuals } = checkActuals(rows, { today: TODAY });
    // May conflicts (neither used); June is repeated (counted once).
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2023-06'))).toMatchObject({
      numerator: 40,
      denominator: 200,
      months: 2,
    });
    expect(yearToDate(actuals, 'KSS', 'EMP_6W', monthFromIso('2023-06'))).toMatchObject({
      numerator: 90,
      denominator: 100,
      months: 1,
    });
  });

  it('ignores months after the month asked about', () => {
    const { actuals } = checkActuals([row('Apr-23', 10, 100), row('Jun-23', 90, 100)], { today: TODAY });
    expect(yearToDate(actuals, 'LDN', 'EMP_6W', monthFromIso('2023-05'))).toMatchObject({
      numerator: 10,
      denominator: 100,
      months: 1,
    });
  });
});
