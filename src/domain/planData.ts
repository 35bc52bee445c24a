/**
 * The plan: the built-in data (checked against its schema when loaded) and the plan kept in the
 * workbook (the RRP Plan rows that passed their check), as one store that every RRP function, the
 * pane and RRP Progress read. It is indexed once per change, so each lookup is two map reads, and
 * replaced whole when the workbook plan is read again: a lookup sees the old plan or the new one,
 * never half of each. Built-in targets cannot be replaced by workbook ones.
 */
import rawPlanData from '../../seeds/plan-targets.json';
import {
  PlanDataSchema,
  PlanRecordSchema,
  REGION_CODES,
  type Edition,
  type MetricCode,
  type PlanDocument,
  type PlanRecord,
  type RegionCode,
} from './planSchema';
import { monthFromIso, type MonthIndex } from './months';

/** Where a target comes from: the add-in's own data, or the RRP Plan table of this workbook. */
export type PlanOrigin = 'built-in' | 'workbook';

/** A plan record with its months as month indices, ready for trajectory arithmetic. */
export type PlanTarget = PlanRecord & {
  origin: PlanOrigin;
  baselineMonthIndex: MonthIndex | null;
  deadlineMonthIndex: MonthIndex | null;
};

interface MetricPlans {
  byEdition: Map<Edition, PlanTarget>;
  latest: PlanTarget;
}

interface PlanIndex {
  byRegion: Map<RegionCode, Map<MetricCode, MetricPlans>>;
  editionsByRegion: Map<RegionCode, Edition[]>;
  /** The workbook's records as given, for telling whether a new reading changes anything. */
  workbookKey: string;
}

export const planData = PlanDataSchema.parse(rawPlanData);

const documents = new Map<string, PlanDocument>(planData.documents.map((d) => [d.file, d]));

const keyOf = (region: RegionCode, edition: Edition, metric: MetricCode): string => `${region}|${edition}|${metric}`;

function targetOf(record: PlanRecord, origin: PlanOrigin): PlanTarget {
  return {
    ...record,
    origin,
    baselineMonthIndex: record.baselineMonth === null ? null : monthFromIso(record.baselineMonth),
    deadlineMonthIndex: record.deadlineMonth === null ? null : monthFromIso(record.deadlineMonth),
  };
}

const BUILT_IN: readonly PlanTarget[] = planData.targets.map((r) => targetOf(r, 'built-in'));
const BUILT_IN_KEYS = new Set(BUILT_IN.map((t) => keyOf(t.region, t.edition, t.metric)));

/** True when the add-in's own data has a target for this region, edition and metric. */
export const isBuiltIn = (region: RegionCode, edition: Edition, metric: MetricCode): boolean =>
  BUILT_IN_KEYS.has(keyOf(region, edition, metric));

function buildIndex(targets: readonly PlanTarget[], workbookKey: string): PlanIndex {
  const byRegion = new Map<RegionCode, Map<MetricCode, MetricPlans>>();
  const editionsByRegion = new Map<RegionCode, Edition[]>();
  for (const target of targets) {
    const byMetric = byRegion.get(target.region) ?? new Map<MetricCode, MetricPlans>();
    byRegion.set(target.region, byMetric);
    const plans = byMetric.get(target.metric);
    if (plans) {
      plans.byEdition.set(target.edition, target);
      if (target.edition > plans.latest.edition) plans.latest = target;
    } else byMetric.set(target.metric, { byEdition: new Map([[target.edition, target]]), latest: target });
    const editions = editionsByRegion.get(target.region) ?? [];
    if (!editions.includes(target.edition)) editions.push(target.edition);
    editionsByRegion.set(target.region, editions);
  }
  for (const editions of editionsByRegion.values()) editions.sort((a, b) => a - b);
  return { byRegion, editionsByRegion, workbookKey };
}

let index: PlanIndex = buildIndex(BUILT_IN, '[]');
let version = 0;
const listeners = new Set<() => void>();

/**
 * Replaces the workbook's part of the plan with `records` (the rows of RRP Plan that passed their
 * check). Returns true when the plan changed, so the caller knows whether formulas need recalculating.
 * Throws a TypeError for a record that fails the plan schema or repeats a built-in target: the check
 * refuses both, so either is a bug.
 */
export function setWorkbookPlan(records: readonly PlanRecord[]): boolean {
  const targets = records.map((record) => {
    const parsed = PlanRecordSchema.safeParse(record);
    if (!parsed.success)
      throw new TypeError(`setWorkbookPlan: not a plan record (${parsed.error.issues[0]?.message}).`);
    if (isBuiltIn(record.region, record.edition, record.metric))
      throw new TypeError(`setWorkbookPlan: ${keyOf(record.region, record.edition, record.metric)} is built in.`);
    return targetOf(parsed.data, 'workbook');
  });
  settleWorkbookPlan();
  const workbookKey = JSON.stringify(records);
  if (workbookKey === index.workbookKey) return false;
  index = buildIndex([...BUILT_IN, ...targets], workbookKey);
  version++;
  for (const listener of listeners) listener();
  return true;
}

/** The workbook's part of the plan as one text (its records as read), for telling one plan from another. */
export const workbookPlanText = (): string => index.workbookKey;

/** Counts changes of the plan: anything worked out from it for one version holds until the next. */
export const planVersion = (): number => version;

/** Calls `listener` after every change of the plan; returns the function that stops it. */
export function subscribePlan(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

// Waiting for the workbook plan. When the workbook opens, its plan is read once (retried when it
// fails); until then, answers that might depend on it wait, all for one shared deadline, rather than
// answer from the built-in data alone. Once the reading is over, or the deadline has passed, answers
// are given at once (a plain value, no promise).

/** How long answers wait, at most, from the moment the workbook opens, for the first reading of its plan. */
export const FIRST_READ_DEADLINE_MS = 10_000;

/** Whether the first reading has been announced (it is announced once). */
let expected = false;
/** True from expectWorkbookPlan until the reading is over, whether or not the deadline has passed. */
let readingUnderWay = false;
/** What answers wait for: resolves when the reading is over or the deadline passes; unset from then on. */
let firstReading: Promise<void> | undefined;
let finishReading = (): void => undefined;
/** Whether some answer waited for (or was given before) the end of the first reading. */
let askedBeforeRead = false;
let answeredBeforeRead = false;

/**
 * Says a first reading of the workbook plan is under way, and starts its one deadline: answers wait
 * for the reading (workbookPlanWait) until it is over or `deadlineMs` has passed. Only the first call counts.
 */
export function expectWorkbookPlan(deadlineMs = FIRST_READ_DEADLINE_MS): void {
  if (expected) return;
  expected = true;
  readingUnderWay = true;
  firstReading = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      // Answers waiting now are given from what is known: the reading that ends later must recalculate.
      answeredBeforeRead ||= askedBeforeRead;
      firstReading = undefined;
      resolve();
    }, deadlineMs);
    finishReading = () => {
      clearTimeout(timer);
      readingUnderWay = false;
      firstReading = undefined;
      resolve();
    };
  });
}

/** The reading is over, with a plan (setWorkbookPlan calls this) or without one (no Excel, no table, an error). */
export const settleWorkbookPlan = (): void => finishReading();

/**
 * What an answer waits for before it is worked out: the first reading of the workbook plan while it is
 * under way and its deadline has not passed; otherwise undefined (answer at once).
 */
export function workbookPlanWait(): Promise<void> | undefined {
  if (!readingUnderWay) return undefined;
  if (firstReading === undefined)
    answeredBeforeRead = true; // past the deadline: answered from the built-in plan
  else askedBeforeRead = true;
  return firstReading;
}

/** True when some answer was given before the first reading of the workbook plan was over. */
export const answeredBeforeWorkbookPlan = (): boolean => answeredBeforeRead;

/** The editions of the plan a region has data for, oldest first; empty for regions without data. */
export const editionsOf = (region: RegionCode): readonly Edition[] => index.editionsByRegion.get(region) ?? [];

/** Every edition some region has, oldest first. */
export function allEditions(): Edition[] {
  return [...new Set([...index.editionsByRegion.values()].flat())].sort((a, b) => a - b);
}

/** The regions with plan data, in the order of REGION_CODES. */
export const regionsWithPlans = (): RegionCode[] => REGION_CODES.filter((r) => index.byRegion.has(r));

/** The target for a region and metric in an edition (the region's latest when none is given). */
export function findTarget(region: RegionCode, metric: MetricCode, edition?: Edition): PlanTarget | undefined {
  const plans = index.byRegion.get(region)?.get(metric);
  if (!plans) return undefined;
  return edition === undefined ? plans.latest : plans.byEdition.get(edition);
}

/** All targets of the given regions, each in the requested editions (oldest first) or its latest. */
export function targetsOf(regions: readonly RegionCode[], editions: readonly Edition[] | 'latest'): PlanTarget[] {
  const wanted = editions === 'latest' ? [] : [...new Set(editions)].sort((a, b) => a - b);
  const out: PlanTarget[] = [];
  for (const region of regions) {
    for (const plans of index.byRegion.get(region)?.values() ?? []) {
      if (editions === 'latest') out.push(plans.latest);
      else for (const e of wanted) if (plans.byEdition.has(e)) out.push(plans.byEdition.get(e) as PlanTarget);
    }
  }
  return out;
}

export function documentOf(file: string): PlanDocument {
  const doc = documents.get(file);
  if (!doc) throw new Error(`Plan document ${file} is not listed`);
  return doc;
}

/** The title of the document a target comes from: the listed title, or the workbook row's own words. */
export const documentTitleOf = (t: PlanTarget): string =>
  t.origin === 'built-in' ? documentOf(t.source.document).title : t.source.document;
