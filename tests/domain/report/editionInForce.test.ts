/**
 * Issue 17 point 8: a workbook edition (RRP Plan) never quietly replaces a built-in plan. Which edition
 * is in force is decided per metric from the editions' own dates, never before an edition's own year.
 */
import { monthFromIso } from '../../../src/domain/months';
import { setWorkbookPlan } from '../../../src/domain/planData';
import type { PlanRecord } from '../../../src/domain/planSchema';
import { editionInForce, editionStart, historyRows, reportRows } from '../../../src/domain/report';

const m = monthFromIso;
const source = { document: 'KSS update.pdf', section: 'Training', sentence: 'A sentence of the plan, long enough.' };

/** A realistic partial KSS 2024 update: employment six weeks only. */
const KSS_2024_EMPLOYMENT: PlanRecord = {
  region: 'KSS',
  edition: 2024,
  metric: 'EMP_6W',
  kind: 'increase',
  baseline: 0.2,
  baselineMonth: '2024-03',
  change: 0.02,
  target: 0.22,
  deadlineMonth: '2025-03',
  source,
};

/** The row Check once passed: edition 2099 with a baseline in January 2000. */
const KSS_2099: PlanRecord = {
  ...KSS_2024_EMPLOYMENT,
  edition: 2099,
  baselineMonth: '2000-01',
  deadlineMonth: '2100-01',
};

afterEach(() => setWorkbookPlan([]));

describe('the edition in force, per metric', () => {
  it('never starts an edition before January of its own year, whatever its baseline month', () => {
    setWorkbookPlan([KSS_2099]);
    expect(editionStart('KSS', 2099)).toBe(m('2099-01'));
    expect(editionInForce('KSS', m('2023-03'))).toBe(2023);
    expect(editionInForce('KSS', m('2023-03'), 'EMP_6W')).toBe(2023);
    const rows = reportRows({ month: m('2023-03'), regions: ['KSS'] }, []);
    expect(rows.map((r) => [r.metric, r.edition])).toEqual([
      ['EMP_6W', 2023],
      ['EMP_6M', 2023],
      ['HOUSED_NIGHT1', 2023],
      ['SETTLED_3M', 2023],
      ['SOI_COMPLETED', 2023],
      ['CSTR', 2023],
    ]);
  });

  it('leaves the metrics a partial edition does not cover to the edition before it, and the report says so', () => {
    setWorkbookPlan([KSS_2024_EMPLOYMENT]);
    expect(editionInForce('KSS', m('2024-04'), 'EMP_6W')).toBe(2024);
    expect(editionInForce('KSS', m('2024-04'), 'HOUSED_NIGHT1')).toBe(2023);
    const rows = reportRows({ month: m('2024-04'), regions: ['KSS'] }, []);
    expect(rows.map((r) => [r.metric, r.edition])).toEqual([
      ['EMP_6W', 2024],
      ['EMP_6M', 2023],
      ['HOUSED_NIGHT1', 2023],
      ['SETTLED_3M', 2023],
      ['SOI_COMPLETED', 2023],
      ['CSTR', 2023],
    ]);
    expect(rows[0].notes).toEqual([]);
    expect(rows[2].notes).toContain(
      'Against the 2023 annual update: the 2024 annual update sets no target for this metric.',
    );
  });

  it('keeps the target of an actual for a metric the partial edition does not cover, in History', () => {
    setWorkbookPlan([KSS_2024_EMPLOYMENT]);
    const [housed] = historyRows([{ region: 'KSS', metric: 'HOUSED_NIGHT1', month: m('2024-04'), value: 0.5 }]);
    expect(housed).toMatchObject({ edition: 2023, target: expect.any(Number) });
  });

  it('takes, for an edition picked, the edition before it for the metrics the pick does not cover', () => {
    setWorkbookPlan([KSS_2024_EMPLOYMENT]);
    const rows = reportRows({ month: m('2023-06'), regions: ['KSS'], editions: { KSS: 2024 } }, []);
    expect(rows.map((r) => r.edition)).toEqual([2024, 2023, 2023, 2023, 2023, 2023]);
  });
});
