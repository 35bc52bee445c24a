/** RRP Plan's columns and lists as plain data (no Excel, no double). */
import { PLAN_COLUMNS } from '../../../src/domain/planColumns';
import { PLAN_LISTS, PLAN_TABLE_COLUMNS } from '../../../src/domain/layout/planTable';

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
