/** RRP Plan's columns and lists as plain data (no Excel, no double). */
import { PLAN_COLUMNS } from '../../../src/domain/planColumns';
import { PLAN_LISTS, PLAN_TABLE_COLUMNS, planTableRow } from '../../../src/domain/layout/planTable';
import { planRowOf } from '../../../src/domain/workbookPlan';
import type { PlanRecord } from '../../../src/domain/planSchema';
import { NW_EMP } from '../../fixtures/inventedPlans';

describe('RRP Plan table', () => {
  it("has the analyst's columns, then Check as text", () => {
    expect(PLAN_TABLE_COLUMNS.map((c) => c.header)).toEqual([...PLAN_COLUMNS, 'Check']);
    expect(PLAN_TABLE_COLUMNS[PLAN_TABLE_COLUMNS.length - 1].format).toBe('@');
  });

  it('offers codes in its drop-downs', () => {
    expect(PLAN_LISTS.Region).toContain('KSS');
    expect(PLAN_LISTS.Metric).toContain('EMP_6W');
  });
});

describe('planTableRow', () => {
  it('puts each cell in its table column, text kept exact, blank in the others', () => {
    const record: PlanRecord = { ...NW_EMP, source: { ...NW_EMP.source, sentence: '=a sentence' } };
    const cells = planRowOf(record);
    const reversed = [...PLAN_COLUMNS].reverse();
    const row = planTableRow(record, (c) => reversed.indexOf(c) + 1, PLAN_COLUMNS.length + 1);
    expect(row[0]).toBe('');
    expect(row[reversed.indexOf('Sentence') + 1]).toBe("'=a sentence");
    expect(row[reversed.indexOf('Edition') + 1]).toBe(cells.Edition);
    expect(row[reversed.indexOf('Region') + 1]).toBe(`'${cells.Region}`);
  });
});
