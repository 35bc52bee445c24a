import fs from 'fs';
import path from 'path';
import { checkActuals, type ActualsRow, type ParsedActual } from '../../../src/domain/actuals';
import { monthFromIso, serialOfDate } from '../../../src/domain/months';
import {
  closingEntries,
  countsText,
  dayText,
  editionInForce,
  historyBlocks,
  historyRows,
  momentText,
  isPlanFigureRow,
  planFigureRow,
  planFigureTargets,
  reportChanges,
  reportRows,
  statusCounts,
  withClosingNotes,
  SERIES_BREAK_NOTE,
} from '../../../src/domain/report';

const m = monthFromIso;
const actual = (
  region: ParsedActual['region'],
  metric: ParsedActual['metric'],
  iso: string,
  value: number,
  counts?: [number, number],
): ParsedActual =>
  counts
    ? { region, metric, month: m(iso), value, numerator: counts[0], denominator: counts[1] }
    : { region, metric, month: m(iso), value };

describe('edition in force', () => {
  it('is the newest edition whose baseline month has come, else the oldest', () => {
    expect(editionInForce('KSS', m('2023-02'))).toBe(2022);
    expect(editionInForce('KSS', m('2023-03'))).toBe(2023);
    expect(editionInForce('KSS', m('2021-01'))).toBe(2022);
    expect(editionInForce('SC', m('2022-06'))).toBe(2023);
    expect(editionInForce('NE', m('2023-06'))).toBeUndefined();
  });
});

describe('report rows', () => {
  const actuals = [
    actual('KSS', 'EMP_6W', '2023-01', 0.15),
    actual('KSS', 'EMP_6W', '2023-03', 0.16),
    actual('KSS', 'SETTLED_3M', '2023-01', 0.7),
    actual('KSS', 'SOI_COMPLETED', '2023-04', 0.5, [50, 100]),
    actual('KSS', 'SOI_COMPLETED', '2023-05', 0.6, [120, 200]),
  ];

  it('reports each metric of the edition picked, with the month actual, trajectory, gaps, status and change', () => {
    const rows = reportRows({ month: m('2023-03'), regions: ['KSS'], editions: { KSS: 2022 } }, actuals);
    expect(rows.map((r) => r.metric)).toEqual([
      'EMP_6W',
      'EMP_6M',
      'HOUSED_NIGHT1',
      'SETTLED_3M',
      'SOI_COMPLETED',
      'CSTR',
    ]);
    expect(rows.every((r) => r.edition === 2022 && r.month === m('2023-03'))).toBe(true);
    const emp = rows[0];
    // 12% in March 2022 to 19% in July 2023: 16 months, so March 2023 is 12/16 of the way: 17.25%.
    expect(emp.trajectory).toBeCloseTo(0.1725, 12);
    expect(emp).toMatchObject({
      actual: 0.16,
      actualMonth: m('2023-03'),
      baseline: 0.12,
      target: 0.19,
      deadline: m('2023-07'),
      status: 'Off track',
    });
    expect(emp.gapToTrajectory).toBeCloseTo(0.0125, 12);
    expect(emp.gapToTarget).toBeCloseTo(0.03, 12);
    expect(emp.change).toEqual({ points: 0.01, direction: 'up', since: m('2023-01') });
    expect(rows[1]).toMatchObject({ status: 'No actual yet', notes: [] });
    expect(rows[5]).toMatchObject({ status: 'Qualitative', kind: 'qualitative' });
  });

  it('uses the latest actual before the month and says so', () => {
    const [settled] = reportRows({ month: m('2023-03'), regions: ['KSS'], editions: { KSS: 2022 } }, actuals).filter(
      (r) => r.metric === 'SETTLED_3M',
    );
    expect(settled).toMatchObject({ actual: 0.7, actualMonth: m('2023-01') });
    expect(settled.notes).toContain('No actual for March 2023: the latest before it, January 2023, is shown.');
    expect(settled.change).toBeUndefined();
  });

  it('takes the edition in force when none is picked, and gives year-to-date from counts', () => {
    const rows = reportRows({ month: m('2023-05'), regions: ['KSS'] }, actuals);
    expect(rows.every((r) => r.edition === 2023)).toBe(true);
    const soi = rows.find((r) => r.metric === 'SOI_COMPLETED');
    expect(soi?.yearToDate).toMatchObject({ numerator: 170, denominator: 300, months: 2 });
    expect(soi?.change).toEqual({ points: 0.1, direction: 'up', since: m('2023-04') });
    expect(rows.find((r) => r.metric === 'EMP_6M')?.trajectory).toBeUndefined();
  });

  it('notes the series break from May 2024 and shows no change across it', () => {
    const rows = reportRows({ month: m('2024-05'), regions: ['SC'] }, [
      actual('SC', 'EMP_6W', '2024-04', 0.2),
      actual('SC', 'EMP_6W', '2024-05', 0.1),
    ]);
    expect(rows.every((r) => r.notes.includes(SERIES_BREAK_NOTE))).toBe(true);
    expect(rows[0].change).toBeUndefined();
    expect(rows[0].notes).toContain('No change shown: April 2024 and May 2024 are either side of the series break.');
    expect(
      reportRows({ month: m('2024-04'), regions: ['SC'] }, []).some((r) => r.notes.includes(SERIES_BREAK_NOTE)),
    ).toBe(false);
  });

  it('counts statuses per region', () => {
    const rows = reportRows({ month: m('2023-03'), regions: ['KSS', 'SC'], editions: { KSS: 2022 } }, actuals);
    expect(countsText(statusCounts(rows, 'KSS'))).toBe('Off track 2, No actual yet 3, Qualitative 1');
    expect(statusCounts(rows, 'SC').reduce((n, c) => n + c.count, 0)).toBe(6);
  });
});

describe('closing a month', () => {
  const april5 = serialOfDate(2024, 4, 5) + 0.5;
  const rows: ActualsRow[] = [
    { Region: 'YH', Metric: 'EMP_6W', Month: 'Mar 2024', Value: 0.18, Numerator: '', Denominator: '', Note: '' },
    { Region: 'YH', Metric: 'SETTLED_3M', Month: 'Mar 2024', Value: 0.75, Numerator: '', Denominator: '', Note: '' },
  ];
  const closed = closingEntries(checkActuals(rows, { today: m('2024-06') }).actuals, {
    region: 'YH',
    month: m('2024-03'),
    closedAt: april5,
    analyst: 'A. Analyst',
    note: 'Submitted',
  });

  it('logs one entry per metric with the figure used, and how many rows were used', () => {
    expect(closed.map((e) => [e.metric, e.value, e.rowsUsed])).toEqual([
      ['EMP_6W', 0.18, 2],
      ['SETTLED_3M', 0.75, 2],
    ]);
    expect(closingEntries([], { region: 'YH', month: m('2024-03'), closedAt: april5, analyst: 'A', note: '' })).toEqual(
      [{ closedAt: april5, region: 'YH', month: m('2024-03'), rowsUsed: 0, analyst: 'A', note: '' }],
    );
  });

  it('notes a later change on the row, marks the report restated and keeps the earlier figure', () => {
    const changed = [{ ...rows[0], Value: 0.19 }, rows[1]];
    const result = withClosingNotes(checkActuals(changed, { today: m('2024-06') }), closed);
    expect(result.rows[0]).toMatchObject({
      status: 'warning',
      message: 'Note: changed after March 2024 was closed on 5 April 2024.',
    });
    expect(result.rows[1].message).toBe('OK');
    expect(result.counts).toMatchObject({ ok: 1, warnings: 1 });
    const [emp] = reportRows({ month: m('2024-03'), regions: ['YH'] }, result.actuals, closed);
    expect(emp.restated).toEqual({ closedAt: april5, was: 0.18 });
    expect(emp.notes).toContain('Restated: changed after March 2024 was closed on 5 April 2024 (was 18%).');
    expect(dayText(april5)).toBe('5 April 2024');
    expect(momentText(april5)).toBe('5 April 2024 at 12:00');
  });
});

describe('what changed between two builds', () => {
  it('lists restated figures and statuses', () => {
    const before = [
      {
        month: m('2023-03'),
        region: 'KSS' as const,
        metric: 'EMP_6W' as const,
        actual: 0.16,
        actualMonth: m('2023-03'),
        status: 'Off track',
      },
      { month: m('2023-03'), region: 'KSS' as const, metric: 'EMP_6M' as const, status: 'No actual yet' },
    ];
    const after = [{ ...before[0], actual: 0.18, status: 'On track' }, before[1]];
    expect(reportChanges(before, after)).toEqual([
      'Kent, Surrey and Sussex, employed six weeks after release: actual restated from 16% (March 2023) to 18% (March 2023).',
      'Kent, Surrey and Sussex, employed six weeks after release: status changed from Off track to On track.',
    ]);
    expect(reportChanges(before, before)).toEqual([]);
    expect(reportChanges([], after)).toEqual([]);
  });
});

describe('history', () => {
  it('has one row per region, metric and month, in blocks, against the edition in force each month', () => {
    const rows = historyRows([
      actual('KSS', 'EMP_6W', '2023-03', 0.16),
      actual('KSS', 'EMP_6W', '2023-02', 0.15),
      actual('EOE', 'EMP_6W', '2024-06', 0.2),
    ]);
    expect(rows.map((r) => [r.region, r.month, r.edition])).toEqual([
      ['KSS', m('2023-02'), 2022],
      ['KSS', m('2023-03'), 2023],
      ['EOE', m('2024-06'), 2023],
    ]);
    expect(rows[1]).toMatchObject({ target: 0.19, trajectory: 0.16, status: 'On track', note: '' });
    expect(rows[2].note).toBe(SERIES_BREAK_NOTE);
    expect(historyBlocks(rows)).toEqual([
      { region: 'KSS', metric: 'EMP_6W', start: 0, count: 2 },
      { region: 'EOE', metric: 'EMP_6W', start: 2, count: 1 },
    ]);
  });
});

describe("the plans' own figures", () => {
  const rows = planFigureTargets().map(planFigureRow);

  it('are the March 2023 levels the 2023 annual updates state: baselines, and levels they continue to maintain', () => {
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.Region === 'KSS').map((r) => r.Metric)).toEqual([
      'EMP_6W',
      'EMP_6M',
      'HOUSED_NIGHT1',
      'SETTLED_3M',
      'SOI_COMPLETED',
    ]);
    expect(rows.every((r) => r.Month === serialOfDate(2023, 3, 1))).toBe(true);
  });

  it('each trace to a sentence of the document its Note names, and the sentence states the figure', () => {
    for (const [i, t] of planFigureTargets().entries()) {
      const text = fs.readFileSync(path.join(__dirname, '../../../seeds/documents', t.source.document), 'utf8');
      expect(text).toContain(t.source.sentence);
      const row = rows[i];
      expect(row.Note).toContain(`"${t.source.sentence}"`);
      expect(row.Note).toContain(t.source.document);
      const stated = /(?:from|maintain .* at) (\d+(?:\.\d+)?) ?%/.exec(t.source.sentence);
      expect(Number(stated?.[1]) / 100).toBeCloseTo(row.Value as number, 12);
    }
  });

  it('pass the actuals check as they are', () => {
    const result = checkActuals(rows, { today: m('2024-01') });
    expect(result.counts).toEqual({ ok: 20, warnings: 0, errors: 0, missing: 0 });
  });

  it('are recognised by region, metric, month and source, however the Note was edited or the cells spelt', () => {
    const [kss] = planFigureTargets();
    const row = planFigureRow(kss);
    expect(isPlanFigureRow(row, kss)).toBe(true);
    const edited = {
      Region: 'Kent, Surrey and Sussex',
      Metric: 'employed six weeks after release',
      Month: 'Mar 2023',
      Note: `Checked with HQ. ${kss.source.document}`,
    };
    expect(isPlanFigureRow(edited, kss)).toBe(true);
    expect(isPlanFigureRow({ ...row, Note: "plan's own figure. (sentence trimmed)" }, kss)).toBe(true);
    // Another month, metric or source is another row: the analyst's own figure is never taken for the plan's.
    expect(isPlanFigureRow({ ...row, Month: 'Apr 2023' }, kss)).toBe(false);
    expect(isPlanFigureRow({ ...row, Metric: 'EMP_6M' }, kss)).toBe(false);
    expect(isPlanFigureRow({ ...row, Note: 'From our own case records' }, kss)).toBe(false);
  });
});
