/** RRP Targets' and RRP Progress's rows as plain data, decided in the domain (no Excel, no double). */
import { NOTE_PREFIX, OK_MESSAGE } from '../../../src/domain/actuals';
import { CHECK_RULE_FORMULAS } from '../../../src/domain/layout/checkColours';
import { findTarget, type PlanTarget } from '../../../src/domain/planData';
import {
  loadedTargetsFromValues,
  PROGRESS_COLUMNS,
  PROGRESS_FORMULAS,
  progressItems,
  progressRow,
} from '../../../src/domain/layout/progressTable';
import { TARGET_COLUMNS, targetRow } from '../../../src/domain/layout/targetsTable';

const target = findTarget('KSS', 'EMP_6W', 2023) as PlanTarget;

describe('RRP Targets rows', () => {
  it('has one entry per column, the plan sentence made formula-safe', () => {
    const odd: PlanTarget = { ...target, source: { ...target.source, sentence: '=1+1 is not a plan sentence' } };
    const row = targetRow(odd);
    expect(row).toHaveLength(TARGET_COLUMNS.length);
    expect(row.slice(0, 3)).toEqual(['KSS', 2023, 'EMP_6W']);
    expect(row[TARGET_COLUMNS.findIndex((c) => c.header === 'Source sentence')]).toBe(`'${odd.source.sentence}`);
  });
});

describe('RRP Progress rows', () => {
  it('gives the plan values, then the same formulas in every row', () => {
    const row = progressRow(target);
    expect(row).toHaveLength(PROGRESS_COLUMNS.length);
    expect(row.slice(0, 3)).toEqual(['KSS', 'EMP_6W', 2023]);
    expect(row.slice(6)).toEqual([
      PROGRESS_FORMULAS.latestMonth,
      PROGRESS_FORMULAS.latestActual,
      PROGRESS_FORMULAS.trajectory,
      PROGRESS_FORMULAS.gapToTrajectory,
      PROGRESS_FORMULAS.gapToTarget,
      PROGRESS_FORMULAS.status,
    ]);
  });
});

describe('RRP Progress read back', () => {
  it('finds the targets by header, whatever the case, leaving out rows edited into something unknown', () => {
    const header = ['Metric', ' region ', 'Edition'];
    const body = [
      ['emp_6w', 'kss', 2023],
      ['EMP_6W', 'Nowhere', 2023],
      ['EMP_6W', 'KSS', 'last year'],
    ];
    expect(loadedTargetsFromValues(header, body)).toEqual([{ region: 'KSS', metric: 'EMP_6W', edition: 2023 }]);
    expect(loadedTargetsFromValues(['Region'], body)).toEqual([]);
  });

  it('gives each row with no actual yet its status', () => {
    const items = progressItems({ header: ['Region', 'Metric', 'Edition'], body: [['KSS', 'EMP_6W', 2023]] }, []);
    expect(items).toEqual([expect.objectContaining({ region: 'KSS', metric: 'EMP_6W', status: 'No actual yet' })]);
  });
});

describe('Check colour rules', () => {
  it('read the beginnings the check writes, in R1C1 form, leaving OK plain', () => {
    expect(CHECK_RULE_FORMULAS.warning).toBe(`=LEFT(RC,${NOTE_PREFIX.length})="${NOTE_PREFIX.replace(/"/g, '""')}"`);
    expect(CHECK_RULE_FORMULAS.error).toContain(`RC<>"${OK_MESSAGE}"`);
  });
});
