/**
 * The plan store: the built-in data plus the workbook's checked records, replaced whole, with its
 * version, listeners and the one deadline of the wait for the first reading. North East figures are invented
 * for these tests (the region has no built-in plan).
 */
import {
  allEditions,
  editionsOf,
  findTarget,
  planData,
  planVersion,
  regionsWithPlans,
  setWorkbookPlan,
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
  type Store = typeof import('../../src/domain/planData');
  /** A plan store of its own, as a page that has just loaded has. */
  const freshStore = async (): Promise<Store> => {
    let store: Store | undefined;
    await jest.isolateModulesAsync(async () => {
      store = await import('../../src/domain/planData');
    });
    return store as Store;
  };

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('has nothing to wait for when no reading is under way (workbook open, or outside the pane)', async () => {
    const store = await freshStore();
    expect(store.workbookPlanWait()).toBeUndefined();
    expect(store.answeredBeforeWorkbookPlan()).toBe(false);
  });

  it('every answer waits for the same reading, and none once it is over', async () => {
    const store = await freshStore();
    store.expectWorkbookPlan(1000);
    const first = store.workbookPlanWait();
    await jest.advanceTimersByTimeAsync(600);
    expect(store.workbookPlanWait()).toBe(first); // one promise, one deadline: not a timer per answer
    let over = false;
    void first?.then(() => (over = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(over).toBe(false);
    store.setWorkbookPlan([NE_2024]); // the reading is over
    await jest.advanceTimersByTimeAsync(0);
    expect(over).toBe(true);
    expect(store.workbookPlanWait()).toBeUndefined();
    expect(store.answeredBeforeWorkbookPlan()).toBe(false);
    expect(jest.getTimerCount()).toBe(0); // the deadline is cleared with the reading
  });

  it('the deadline is counted from the opening: an answer asked late waits only what is left', async () => {
    const store = await freshStore();
    store.expectWorkbookPlan(1000);
    await jest.advanceTimersByTimeAsync(900);
    let over = false;
    void store.workbookPlanWait()?.then(() => (over = true));
    await jest.advanceTimersByTimeAsync(99);
    expect(over).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(over).toBe(true);
    // Past the deadline: answers are given at once, and the reading that ends later knows they were.
    expect(store.workbookPlanWait()).toBeUndefined();
    expect(store.answeredBeforeWorkbookPlan()).toBe(true);
    store.settleWorkbookPlan();
    expect(store.workbookPlanWait()).toBeUndefined();
  });

  it('a deadline that passes with nobody waiting leaves answers unmarked until one is given', async () => {
    const store = await freshStore();
    store.expectWorkbookPlan(1000);
    await jest.advanceTimersByTimeAsync(1000);
    expect(store.answeredBeforeWorkbookPlan()).toBe(false);
    expect(store.workbookPlanWait()).toBeUndefined(); // an answer now, before the reading is over
    expect(store.answeredBeforeWorkbookPlan()).toBe(true);
  });

  it('counts only the first announcement of a reading', async () => {
    const store = await freshStore();
    store.expectWorkbookPlan(1000);
    store.settleWorkbookPlan();
    store.expectWorkbookPlan(1000);
    expect(store.workbookPlanWait()).toBeUndefined();
  });
});
