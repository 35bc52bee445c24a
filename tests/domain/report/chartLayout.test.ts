/** RRP Charts' layout, decided in the domain (no Excel, no double). */
import { monthFromIso } from '../../../src/domain/months';
import { chartLayouts, SIGNAL_MARKERS, type HistoryRow, type HistorySpc } from '../../../src/domain/report';

const row = (metric: HistoryRow['metric'], iso: string): HistoryRow => ({
  region: 'KSS',
  metric,
  month: monthFromIso(iso),
  actual: 0.2,
  status: 'On track',
  note: '',
});
const spc = (signal?: HistorySpc['signal']): HistorySpc => ({
  newPeriod: '',
  mean: 0.2,
  lower: 0.1,
  upper: 0.3,
  signal,
  text: '',
});

describe('chartLayouts', () => {
  const rows = [
    row('EMP_6W', '2024-03'),
    row('EMP_6W', '2024-04'),
    row('EMP_6W', '2024-05'),
    row('EMP_6M', '2024-04'),
    row('SETTLED_3M', '2024-04'),
  ];
  const layouts = chartLayouts(rows, [spc('improvement'), spc('concern'), spc('concern'), spc(), spc('common')]);

  it('makes one chart per region and metric, two to a band of 16 rows', () => {
    expect(layouts.map((l) => [l.name, l.start, l.count, l.from, l.to])).toEqual([
      ['RRP KSS EMP_6W', 0, 3, 'A1', 'H15'],
      ['RRP KSS EMP_6M', 3, 1, 'I1', 'P15'],
      ['RRP KSS SETTLED_3M', 4, 1, 'A17', 'H31'],
    ]);
    expect(layouts[0].title).toMatch(/^Kent, Surrey and Sussex: /);
  });

  it('marks special causes by shape, and the series break instead of a signal on its point', () => {
    expect(layouts[0].breakAt).toBe(2);
    expect(layouts[0].signals).toEqual([
      { at: 0, ...SIGNAL_MARKERS.improvement },
      { at: 1, ...SIGNAL_MARKERS.concern },
    ]);
    expect(layouts[1].signals).toEqual([]);
    expect(layouts[1].breakAt).toBeUndefined();
  });
});
