/**
 * The plan store: the built-in data plus the workbook's checked records, replaced whole, with its
 * version, listeners and the bounded wait for the first reading. North East figures are invented
 * for these tests (the region has no built-in plan).
 */
import {
  allEditions,
  answeredBeforeWorkbookPlan,
  awaitWorkbookPlan,
  editionsOf,
  expectWorkbookPlan,
  findTarget,
  planData,
  planVersion,
  regionsWithPlans,
  setWorkbookPlan,
  settleWorkbookPlan,
  subscribePlan,
  targetsOf,
} from '../../src/domain/planData';
import type { PlanRecord } from '../../src/domain/planSchema';
import { NW_EMP } from '../fixtures/inventedPlans';

/** Invented: North East's 2024 and 2025 updates, employment six weeks after release (North West's invented figures, moved). */
const NE_2024: PlanRecord = {
  ...NW_EMP,
  region: 'NE',
  source: { ...NW_EMP.source, document: 'North East plan 2024 (invented)' },
};
const NE_2025: PlanRecord = {
  ...NE_2024,
  edition: 2025,
  baseline: 0.22,
  baselineMonth: '2025-03',
  target: 0.25,
  deadlineMonth: '2026-03',
};

afterEach(() => setWorkbookPlan([]));

describe('the plan store', () => {
  it('adds workbook records to the built-in ones, indexed, with the latest edition of each region when none is asked for', () => {
    expect(regionsWithPlans()).toEqual(['KSS', 'SC', 'EOE', 'YH']);
    expect(setWorkbookPlan([NE_2025, NE_2024])).toBe(true);
    expect(regionsWithPlans()).toEqual(['KSS', 'SC', 'EOE', 'YH', 'NE']);
    expect(editionsOf('NE')).toEqual([2024, 2025]);
    expect(allEditions()).toEqual([2022, 2023, 2024, 2025]);
    expect(findTarget('NE', 'EMP_6W')?.edition).toBe(2025);
    expect(findTarget('NE', 'EMP_6W', 2024)).toMatchObject({
      origin: 'workbook',
      target: 0.23,
      baselineMonthIndex: 2024 * 12 + 2,
    });
    expect(findTarget('KSS', 'EMP_6W')?.origin).toBe('built-in');
    expect(targetsOf(['NE'], [2025, 2024]).map((t) => t.edition)).toEqual([2024, 2025]);
  });

  it('replaces the workbook part whole, says whether it changed, and tells its listeners', () => {
    const heard: number[] = [];
    const stop = subscribePlan(() => heard.push(planVersion()));
    const before = planVersion();
    expect(setWorkbookPlan([NE_2024])).toBe(true);
    expect(setWorkbookPlan([NE_2024])).toBe(false); // the same reading again
    expect(setWorkbookPlan([NE_2025])).toBe(true);
    expect(findTarget('NE', 'EMP_6W', 2024)).toBeUndefined();
    stop();
    setWorkbookPlan([]);
    expect(heard).toEqual([before + 1, before + 2]);
    expect(regionsWithPlans()).not.toContain('NE');
  });

  it('refuses a record that is not a plan record or repeats a built-in target', () => {
    expect(() => setWorkbookPlan([{ ...NE_2024, target: 0.3 }])).toThrow(TypeError);
    expect(() => setWorkbookPlan([planData.targets[0]])).toThrow(/is built in/);
    expect(regionsWithPlans()).toEqual(['KSS', 'SC', 'EOE', 'YH']);
  });
});

describe('waiting for the first reading of the workbook plan', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('waits until the reading is over, or for at most the time given', async () => {
    expect(await awaitWorkbookPlan(1000)).toBe(false); // nothing expected: at once
    expectWorkbookPlan();
    let waited: boolean | undefined;
    void awaitWorkbookPlan(1000).then((gaveUp) => (waited = gaveUp));
    await jest.advanceTimersByTimeAsync(999);
    expect(waited).toBeUndefined();
    setWorkbookPlan([NE_2024]); // the reading is over
    await jest.advanceTimersByTimeAsync(0);
    expect(waited).toBe(false);
    expect(answeredBeforeWorkbookPlan()).toBe(false);
    expect(await awaitWorkbookPlan(1000)).toBe(false); // over: at once
    settleWorkbookPlan();
  });
});
