/** Which plan records a load writes, and what it says it did, decided in the domain (no Excel, no double). */
import { loadReportOf } from '../../../src/domain/layout/loadReport';
import { decidePlacement, type Placements } from '../../../src/domain/layout/placement';
import { decidePlanSelection, type PlanSelection } from '../../../src/domain/layout/planSelection';

const selectionOf = (regions: string[], editions: number[] | 'latest'): PlanSelection => {
  const decision = decidePlanSelection({ regions, editions } as Parameters<typeof decidePlanSelection>[0]);
  if ('refused' in decision) throw new Error(decision.refused.message);
  return decision.selection;
};

describe('decidePlanSelection', () => {
  it.each([
    [[], 'latest', 'NothingChosen'],
    [['XX'], 'latest', 'InvalidChoice'],
    [['KSS'], [], 'NothingChosen'],
    [['KSS'], [1999], 'InvalidChoice'],
  ])('refuses %j with editions %j (%s)', (regions, editions, code) => {
    const decision = decidePlanSelection({ regions, editions } as Parameters<typeof decidePlanSelection>[0]);
    expect('refused' in decision && decision.refused.code).toBe(code);
  });

  it('tracks on RRP Progress the latest edition of each metric with numbers, not a commitment in words', () => {
    const selection = selectionOf(['KSS'], [2022, 2023]);
    expect(selection.targets.length).toBeGreaterThan(selection.progress.length);
    expect(selection.progress.every((t) => t.kind !== 'qualitative')).toBe(true);
    expect(selection.superseded.length).toBeGreaterThan(0);
    for (const s of selection.superseded)
      expect(selection.targets.some((t) => t.metric === s.metric && t.edition > s.edition)).toBe(true);
  });
});

describe('loadReportOf', () => {
  it('says what was created, kept and why a sheet has another name', () => {
    const decision = decidePlacement({
      sheets: [{ name: 'RRP Targets', protected: false }],
      tables: [{ name: 'RRPActuals', sheetName: 'RRP Actuals' }],
      actualsColumns: [],
      structureProtected: false,
      room: {},
    });
    const placements = (decision as { placements: Placements }).placements;
    const report = loadReportOf(placements, selectionOf(['KSS'], 'latest'), 12);
    expect(report.changes.slice(0, 3)).toEqual([
      'A sheet named RRP Targets already exists and is not one of ours, so the targets were written to RRP Targets (2).',
      expect.stringMatching(/^Created sheet RRP Targets \(2\) with \d+ targets\.$/),
      'Kept RRP Actuals and its 12 rows as they were.',
    ]);
    expect(report.targets).toEqual({
      sheetName: 'RRP Targets (2)',
      action: 'created',
      avoidedUserSheet: 'RRP Targets',
    });
  });
});
