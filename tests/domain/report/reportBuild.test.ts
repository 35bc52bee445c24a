/** What a build of the board report writes, decided in the domain from a snapshot (no Excel, no double). */
import type { UsableActual } from '../../../src/domain/actuals';
import { firstDaySerial, monthFromIso } from '../../../src/domain/months';
import {
  commentaryKey,
  decideReport,
  HISTORY_COL,
  HISTORY_COLUMNS,
  readOldReport,
  reportRegions,
  type ReportSnapshot,
} from '../../../src/domain/report';

const m = monthFromIso;
const actual = (iso: string, value: number, row: number): UsableActual => ({
  region: 'KSS',
  metric: 'EMP_6W',
  month: m(iso),
  value,
  row,
});
const snapshot = (over: Partial<ReportSnapshot> = {}): ReportSnapshot => ({
  actuals: [actual('2024-05', 0.17, 0), actual('2024-06', 0.18, 1)],
  log: [],
  ...over,
});
const decide = (s: ReportSnapshot) => decideReport({ month: m('2024-06') }, s, 45_000, 'RRP Report');

describe('decideReport', () => {
  it('refuses when there is nothing to report, or the report sheet is the analyst’s', () => {
    expect(decide(snapshot({ actuals: [] }))).toEqual({
      refused: { code: 'NothingToReport', message: expect.stringContaining('There is nothing to report yet') },
    });
    expect(decide(snapshot({ oldReport: { values: [['My notes']], row: 0, column: 0 } }))).toEqual({
      refused: {
        code: 'SheetNotOurs',
        message: expect.stringMatching(/^The sheet RRP Report is not the add-in's report/),
      },
    });
  });

  it('writes a history line per actual, and keeps commentary that has no row below the report', () => {
    const header = HISTORY_COLUMNS.map((c) => c.header);
    const line = (iso: string, text: string) =>
      header.map((h) =>
        h === 'Region'
          ? 'KSS'
          : h === 'Metric'
            ? 'EMP_6W'
            : h === 'Month'
              ? firstDaySerial(m(iso))
              : h === 'Commentary'
                ? text
                : '',
      );
    const decision = decide(
      snapshot({ history: { header, body: [line('2024-05', 'May dip'), line('2023-01', 'Old note')] } }),
    );
    if (!('writes' in decision)) throw new Error('refused');
    const { writes } = decision;
    expect(writes.rows.map((r) => r.metric)).toContain('EMP_6W');
    expect(writes.historyLines.map((l) => l[HISTORY_COL.commentary])).toEqual(['May dip', '']);
    const old = readOldReport(writes.grid.values);
    expect(old.commentary.get(commentaryKey('KSS', 'EMP_6W', m('2023-01')))).toBe('Old note');
    expect(writes.changes).toBeUndefined();
    expect(writes.summary.rows.map((r) => r.region)).toEqual(['KSS']);
  });

  it('says what changed since the last build of the month', () => {
    const first = decide(snapshot());
    if (!('writes' in first)) throw new Error('refused');
    const again = decide(
      snapshot({
        actuals: [actual('2024-05', 0.17, 0), actual('2024-06', 0.2, 1)],
        oldReport: { values: first.writes.grid.values, row: 0, column: 0 },
      }),
    );
    expect('writes' in again && again.writes.changes).toContain(
      'Kent, Surrey and Sussex, employed six weeks after release: status changed from Missed to Met.',
    );
  });
});

describe('reportRegions', () => {
  it('takes the regions on RRP Targets, else those with actuals, in the usual order', () => {
    expect(
      reportRegions({
        actuals: [actual('2024-06', 0.1, 0)],
        targets: { header: ['Region'], body: [['SC'], ['Nowhere']] },
      }),
    ).toEqual(['SC']);
    expect(reportRegions({ actuals: [actual('2024-06', 0.1, 0)] })).toEqual(['KSS']);
  });
});
