import { monthFromIso, type MonthIndex } from '../../../src/domain/months';
import {
  assuranceText,
  historyRows,
  historySpc,
  periodKey,
  readingOf,
  readingTexts,
  readPeriodMark,
  rebaseIndices,
  reportRows,
  signalText,
  spcReading,
  summaryTable,
  tooFewText,
} from '../../../src/domain/report';
import type { ParsedActual } from '../../../src/domain/actuals';

const months = (from: string, count: number): MonthIndex[] =>
  Array.from({ length: count }, (_, i) => (monthFromIso(from) + i) as MonthIndex);

const actual = (metric: ParsedActual['metric'], month: MonthIndex, value: number): ParsedActual => ({
  region: 'KSS',
  metric,
  month,
  value,
});

/** 12 months from May 2023 around 16%, then 12 from May 2024 around 21%: a real shift at the series break. */
const shifted = (): ParsedActual[] =>
  months('2023-05', 24).map((month, i) =>
    actual('EMP_6W', month, (i < 12 ? 0.16 : 0.21) + (i % 2 === 0 ? 0.005 : -0.005)),
  );

describe('where a period starts', () => {
  it('at the series break by default, where the analyst marks one, and not where they say No', () => {
    const series = months('2024-01', 8); // January to August 2024: May is index 4
    expect(rebaseIndices('KSS', 'EMP_6W', series)).toEqual([4]);
    const marks = new Map([
      [periodKey('KSS', 'EMP_6W', series[2]), 'Yes'],
      [periodKey('KSS', 'EMP_6W', series[4]), ' no '],
      [periodKey('KSS', 'EMP_6M', series[6]), 'Yes'], // another metric's mark
    ]);
    expect(rebaseIndices('KSS', 'EMP_6W', series, marks)).toEqual([2]);
    expect(rebaseIndices('KSS', 'EMP_6W', months('2024-05', 5))).toEqual([]); // all after the break: one period
  });

  it('reads an entry as yes, no or the default', () => {
    expect(readPeriodMark('')).toBeUndefined();
    expect(readPeriodMark('   ')).toBeUndefined();
    expect(readPeriodMark('No')).toBe('no');
    expect(readPeriodMark('n')).toBe('no');
    expect(readPeriodMark('Yes')).toBe('yes');
    expect(readPeriodMark('x')).toBe('yes');
    expect(readPeriodMark('new contract from here')).toBe('yes');
  });
});

describe('the reading of a series', () => {
  it('says too few points for a last period under 12, counting only that period', () => {
    expect(spcReading([0.1, 0.2, 0.3], [], 0.2)).toEqual({ kind: 'too few', points: 3 });
    const values = Array.from({ length: 20 }, (_, i) => 0.1 + (i % 2) * 0.01);
    expect(spcReading(values, [12], 0.2)).toEqual({ kind: 'too few', points: 8 });
    expect(spcReading(values, [8], 0.2)).toEqual({ kind: 'read', points: 12, variation: 'common', assurance: 'fail' });
    expect(readingTexts({ kind: 'too few', points: 8 })).toEqual({
      variation: 'too few points (8 of 12)',
      assurance: 'too few points (8 of 12)',
    });
    expect(tooFewText(0)).toBe('too few points (0 of 12)');
  });

  it('rebases a shifted series at the break: without it the shift is a run of improvement', () => {
    const rows = shifted();
    const upTo = monthFromIso('2025-04');
    // The last period: mean 21%, limits 21% ± 2.66 pp.
    expect(readingOf(rows, upTo, 0.18)).toEqual({
      kind: 'read',
      points: 12,
      variation: 'common',
      assurance: 'pass',
    });
    expect(readingOf(rows, upTo, 0.19)).toMatchObject({ assurance: 'hit and miss' });
    const noBreak = new Map([[periodKey('KSS', 'EMP_6W', monthFromIso('2024-05')), 'No']]);
    expect(readingOf(rows, upTo, 0.19, noBreak)).toMatchObject({
      points: 24,
      variation: 'improvement',
    });
    // Up to April 2025 only: the months after are not read.
    expect(readingOf(rows, monthFromIso('2025-03'), 0.19)).toEqual({ kind: 'too few', points: 11 });
    expect(readingOf(rows, monthFromIso('2023-04'), 0.19)).toEqual({ kind: 'too few', points: 0 });
  });

  it('puts every reading in words with a symbol', () => {
    expect(signalText('common')).toBe('○ Common cause: no signal');
    expect(signalText('improvement')).toBe('↑ Special cause: improvement');
    expect(signalText('concern')).toBe('↓ Special cause: concern');
    expect(signalText('improvement', 'decrease')).toBe('↓ Special cause: improvement');
    expect(assuranceText('pass')).toBe('✓ Passes the target consistently');
    expect(assuranceText('fail')).toBe('✗ Fails the target consistently');
    expect(assuranceText('hit and miss')).toBe('± Hit and miss: the target is within the limits');
    expect(assuranceText(null)).toBe('– No target to assure against');
  });
});

describe('History with signals', () => {
  it("gives each row its period's mean and limits, the break's New period cell, and its signal", () => {
    const history = historyRows(shifted(), { KSS: 2023 });
    const spc = historySpc(history);
    expect(spc).toHaveLength(24);
    expect(spc[11]).toMatchObject({ newPeriod: '', mean: expect.closeTo(0.16, 10), text: '○ Common cause: no signal' });
    expect(spc[12]).toMatchObject({ newPeriod: 'Series break', mean: expect.closeTo(0.21, 10) });
    expect(spc[12].upper).toBeCloseTo(0.21 + 2.66 * 0.01, 10);
    const marked = historySpc(history, new Map([[periodKey('KSS', 'EMP_6W', monthFromIso('2024-05')), 'No']]));
    expect(marked[12].newPeriod).toBe('No');
    expect(marked.map((s) => s.text).filter((t) => t.includes('improvement'))).toHaveLength(12);
    expect(marked[12].signal).toBe('improvement');
  });

  it('says too few points on each row of a short period and gives no signal', () => {
    const [first] = historySpc(historyRows([actual('EMP_6W', monthFromIso('2023-03'), 0.16)]));
    expect(first).toEqual({ newPeriod: '', mean: 0.16, lower: null, upper: null, text: 'too few points (1 of 12)' });
  });
});

describe('report rows and the summary', () => {
  it("give each region and metric's variation and assurance, or why there is none", () => {
    const month = monthFromIso('2025-04');
    const rows = reportRows({ month, regions: ['KSS'], editions: { KSS: 2023 } }, [
      ...shifted(),
      actual('EMP_6M', month, 0.3),
    ]);
    const emp = rows.find((r) => r.metric === 'EMP_6W');
    // Against the 2023 update's target (19%), inside the last period's limits.
    expect(emp?.spc).toEqual({ kind: 'read', points: 12, variation: 'common', assurance: 'hit and miss' });
    const summary = summaryTable(month, rows, ['KSS', 'SC']);
    expect(summary.header.slice(0, 4)).toEqual([
      'Region',
      'Month',
      'Employed six weeks after release: variation',
      'Employed six weeks after release: assurance',
    ]);
    expect(summary.header).toHaveLength(2 + 2 * 6);
    expect(summary.rows).toHaveLength(1); // SC has no rows in this report
    expect(summary.rows[0].name).toBe('Kent, Surrey and Sussex');
    expect(summary.rows[0].cells).toEqual([
      '○ Common cause: no signal',
      '± Hit and miss: the target is within the limits',
      'too few points (1 of 12)',
      'too few points (1 of 12)',
      'No actual yet',
      'No actual yet',
      'No actual yet',
      'No actual yet',
      'No actual yet',
      'No actual yet',
      'A commitment in words',
      'A commitment in words',
    ]);
  });
});
