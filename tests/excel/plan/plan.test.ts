/**
 * The plan kept in the workbook (RRP Plan) against the Excel double: made and formatted by an append,
 * checked in place, the analyst's cells never altered, the rows that pass used by the RRP answers (what
 * the functions return), by loading the plan and by progress, after a change too; full recalculation
 * asked for when the plan changes; sync counts.
 *
 * Every North West, North East and Wales figure here is invented for these tests: those regions have
 * no built-in plan. The Kent, Surrey and Sussex record is the built-in data's own.
 */
import { planData, setWorkbookPlan } from '../../../src/domain/planData';
import type { PlanRecord } from '../../../src/domain/planSchema';
import { serialOfDate } from '../../../src/domain/months';
import { sourceOf, statusOf, targetLevel, trajectoryLevel } from '../../../src/domain/rrpAnswers';
import { planRowOf, PLAN_COLUMNS } from '../../../src/domain/workbookPlan';
import { statusOfCheckText } from '../../../src/domain/actuals';
import {
  appendActuals,
  appendPlanRows,
  checkPlan,
  loadPlanIntoWorkbook,
  NO_PLAN_TABLE,
  PLAN_TABLE_COLUMNS,
  readProgress,
  stopWatchingPlan,
} from '../../../src/excel';
import type { ExcelDouble } from '../../excelDouble';
import { doubleForEachTest, installedDouble, layerError, settle } from '../../support/excelLayer';
import { createCustomFunctionsRuntime } from '../../../scripts/customFunctionsStandIn';
import { NW_CSTR, NW_DOCUMENT, NW_EMP, NW_PLAN, NW_SETTLED } from '../../fixtures/inventedPlans';

let double: ExcelDouble;
doubleForEachTest(
  (d) => (double = d),
  async () => {
    await stopWatchingPlan();
    setWorkbookPlan([]);
  },
);

const SHEET = 'RRP Plan';
const TABLE = 'RRPPlan';

/** Everything the analyst's columns (A:L) hold, exactly as stored. */
const analystCells = (rows: number): unknown => double.formulas(SHEET, `A1:L${rows + 1}`);
const checkColumn = (rows: number): unknown[] => double.values(SHEET, `M2:M${rows + 1}`).map((r) => r[0]);

describe('appending plan targets', () => {
  it('makes RRP Plan with its columns, formats, drop-downs and Check colours, and checks the rows, in 5 syncs', async () => {
    const summary = await appendPlanRows(NW_PLAN);
    expect(summary).toEqual({ rows: 3, used: 3, errors: 0, empty: 0, problems: [], regions: ['NW'], added: 3 });
    // What is there; the rows written; the rows read back; the plan is new to the workbook's formulas, so:
    // the calculation mode and sheets, where formulas are (none here); Check written; then the handlers
    // added (change, and the table or its sheet deleted).
    expect(double.runSyncCounts()).toEqual([6, 1]);

    expect(double.tables().find((t) => t.name === TABLE)).toMatchObject({
      sheet: SHEET,
      address: `'${SHEET}'!A1:M4`,
      headers: [...PLAN_COLUMNS, 'Check'],
    });
    expect(PLAN_TABLE_COLUMNS.map((c) => c.header)).toEqual([...PLAN_COLUMNS, 'Check']);
    expect(double.values(SHEET, 'A2:J2')).toEqual([
      [
        'NW',
        2024,
        'EMP_6W',
        'increase',
        0.2,
        serialOfDate(2024, 3, 1),
        0.03,
        0.23,
        serialOfDate(2025, 3, 1),
        NW_DOCUMENT,
      ],
    ]);
    expect(double.numberFormats(SHEET, 'B2:I2')).toEqual([
      ['0', 'General', 'General', '0.0%', 'mmm yyyy', '0.0%', '0.0%', 'mmm yyyy'],
    ]);
    // A sentence that begins with "=" stays text, as written, and is not a formula.
    expect(double.cell(SHEET, 'L4')).toMatchObject({ value: NW_CSTR.source.sentence });
    expect(double.cell(SHEET, 'L4')?.formula).toBeUndefined();
    expect(checkColumn(3)).toEqual(['OK', 'OK', 'OK']);

    const lists = Object.fromEntries(
      double
        .dataValidations(SHEET)
        .filter((v) => (v.rule as { list?: unknown }).list)
        .map((v) => [v.address, (v.rule as { list: { source: string } }).list.source]),
    );
    expect(lists).toEqual({
      [`'${SHEET}'!A2:A4`]: 'KSS,SC,EOE,YH,NE,NW,GM,WM,EM,SW,LDN,WAL',
      [`'${SHEET}'!C2:C4`]: 'EMP_6W,EMP_6M,HOUSED_NIGHT1,SETTLED_3M,SOI_COMPLETED,CSTR',
      [`'${SHEET}'!D2:D4`]: 'increase,maintain,direction,qualitative',
    });
    expect(double.conditionalFormats(SHEET).map((c) => c.address)).toEqual(Array(3).fill(`'${SHEET}'!M2:M4`));
  });

  it('gives a region without built-in data its targets, trajectories, statuses and sources', async () => {
    expect(() => targetLevel('NW', 'EMP_6W', null)).toThrow(/North West has no Reducing Reoffending Plan targets/);
    await appendPlanRows(NW_PLAN);
    expect(targetLevel('North West', 'EMP_6W', '2024 update')).toBe(0.23);
    expect(targetLevel('NW', 'SETTLED_3M', null)).toBe(0.85);
    // Six of twelve months from March 2024: 20% + 3 pp × 6/12.
    expect(trajectoryLevel('NW', 'EMP_6W', 'Sep 2024', null)).toBeCloseTo(0.215, 12);
    expect(statusOf('NW', 'EMP_6W', 0.216, 'Sep 2024', null, null)).toBe('On track');
    expect(statusOf('NW', 'EMP_6W', 0.21, 'Sep 2024', null, null)).toBe('At risk'); // within 1 pp of 21.5%
    expect(statusOf('NW', 'EMP_6W', 0.2, 'Sep 2024', null, null)).toBe('Off track');
    expect(sourceOf('NW', 'EMP_6W', 2024)).toBe(
      `"${NW_EMP.source.sentence}" (${NW_DOCUMENT}, section "Employment", on RRP Plan)`,
    );
  });

  it('adds below the rows already there, changing none of them, and checks the whole table', async () => {
    await appendPlanRows([NW_EMP]);
    double.setCells(SHEET, 'F2', [['Mar 2024']]); // the analyst retypes a month as text
    const before = double.formulas(SHEET, 'A2:L2');
    double.resetStats();
    const summary = await appendPlanRows([NW_SETTLED, NW_EMP]);
    // Whether RRP Plan exists; its layout; the rows written; the rows read back; the calculation mode
    // and sheets, and where formulas are (none), as the plan changed; Check written.
    expect(double.syncCount).toBe(7);
    expect(double.formulas(SHEET, 'A2:L2')).toEqual(before);
    expect(summary).toMatchObject({ rows: 3, used: 2, errors: 1, added: 2 });
    expect(checkColumn(3)).toEqual([
      'OK',
      'OK',
      "Repeats row 1's region, edition and metric with the same figures: row 1 is used and this row is not. Remove this row.",
    ]);
  });

  it('refuses to add to a protected sheet, or to make the sheet in a workbook whose structure is protected, changing nothing', async () => {
    double.protectWorkbookStructure();
    expect((await layerError(appendPlanRows(NW_PLAN))).code).toBe('WorkbookProtected');
    expect(double.sheetNames()).toEqual(['Sheet1']);
    double.protectWorkbookStructure(false);
    await appendPlanRows([NW_EMP]);
    double.protectSheet(SHEET);
    const error = await layerError(appendPlanRows([NW_SETTLED]));
    expect(error.code).toBe('SheetProtected');
    expect(double.tables().find((t) => t.name === TABLE)?.rowCount).toBe(1);
  });

  it("puts its sheet beside one of the analyst's that has the name", async () => {
    double.addSheet(SHEET);
    await appendPlanRows([NW_EMP]);
    expect(double.tables().find((t) => t.name === TABLE)?.sheet).toBe('RRP Plan (2)');
  });
});

describe('checking RRP Plan in place', () => {
  /** Rows an analyst typed: one good, four with mistakes, one repeating a built-in target, one empty. */
  const kss = planData.targets.find(
    (t) => t.region === 'KSS' && t.edition === 2023 && t.metric === 'EMP_6W',
  ) as PlanRecord;
  const typed = (): unknown[][] => [
    PLAN_COLUMNS.map((c) => planRowOf({ ...NW_EMP, region: 'NE' })[c]), // 1 OK (invented figures)
    PLAN_COLUMNS.map((c) => planRowOf({ ...NW_EMP, region: 'WAL', target: 0.25 } as PlanRecord)[c]), // 2 target is not baseline + change
    PLAN_COLUMNS.map((c) => planRowOf({ ...NW_EMP, region: 'NW', deadlineMonth: '2023-12' })[c]), // 3 deadline before baseline
    PLAN_COLUMNS.map((c) => planRowOf({ ...NW_SETTLED, baseline: 0.8 } as unknown as PlanRecord)[c]), // 4 a maintain row with a baseline
    PLAN_COLUMNS.map((c) => planRowOf(kss)[c]), // 5 a built-in target repeated
    PLAN_COLUMNS.map(() => ''), // 6 empty
    PLAN_COLUMNS.map((c) => planRowOf({ ...NW_EMP, region: 'GM' })[c]).map((v, i) => (i === 0 ? 'Manchesterr' : v)), // 7 unknown region
  ];

  async function typedTable(): Promise<void> {
    await appendPlanRows([{ ...NW_EMP, region: 'NE' }]);
    // An RRP formula, and one that is not, in the analyst's own sheet.
    double.setCells('Sheet1', 'B2', [['=RRP.TARGET("NE","EMP_6W")'], ['=SUM(1,2)']]);
    double.fillTable(TABLE, typed());
    setWorkbookPlan([]);
    double.resetStats();
  }

  it("writes each row's Check, uses only the rows that pass, and alters none of the analyst's cells", async () => {
    await typedTable();
    const before = analystCells(7);
    const summary = await checkPlan();
    // Whether RRP Plan exists, layout, rows; as the plan changed: the calculation mode and sheets, where
    // formulas are, their areas, their formulas, the RRP one marked dirty and calculated; Check written.
    expect(double.syncCount).toBe(9);
    expect(analystCells(7)).toEqual(before);
    const checks = checkColumn(7) as string[];
    expect(checks[0]).toBe('OK');
    expect(checks[1]).toMatch(/^Target 25% is not Baseline 20% \+ Change 3 percentage points \(23%\)/);
    expect(checks[2]).toBe('Deadline December 2023 is not after the baseline month March 2024.');
    expect(checks[3]).toMatch(/^A maintain target has no baseline: /);
    expect(checks[4]).toMatch(
      /^Kent, Surrey and Sussex's 2023 annual update target for employed six weeks after release is built into the add-in/,
    );
    expect(checks[5]).toBe('Empty row: nothing to check.');
    expect(checks[6]).toMatch(/^Region "Manchesterr" is not recognised\. Did you mean Greater Manchester \(GM\)\?/);
    // The Check colours (the rules RRP Actuals uses) read these as they are meant: plain, red, grey.
    expect(checks.map(statusOfCheckText)).toEqual(['ok', 'error', 'error', 'error', 'error', 'missing', 'error']);
    expect(summary).toMatchObject({ rows: 7, used: 1, errors: 5, empty: 1, regions: ['NE'] });
    expect(summary.problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 7]);

    expect(targetLevel('NE', 'EMP_6W', null)).toBe(0.23);
    expect(() => targetLevel('WAL', 'EMP_6W', null)).toThrow(/Wales has no Reducing Reoffending Plan targets/);
    expect(() => targetLevel('NW', 'EMP_6W', null)).toThrow(/North West has no/);
    // The built-in target stays as built in.
    expect(targetLevel('KSS', 'EMP_6W', 2023)).toBe(kss.target);
    // Only this workbook's RRP formula, never every open workbook (application.calculate).
    expect(double.rangeCalculations()).toEqual([
      { kind: 'setDirty', address: 'Sheet1!B2' },
      { kind: 'calculate', address: 'Sheet1!B2' },
    ]);
    expect(double.calculations()).toEqual([]);
  });

  it('writes nothing when every Check is up to date, and asks for no recalculation when the plan is unchanged', async () => {
    await typedTable();
    await checkPlan();
    double.resetStats();
    const recalculated = double.rangeCalculations().length;
    await checkPlan();
    expect(double.syncCount).toBe(3); // whether RRP Plan exists, layout, rows
    expect(double.rangeCalculations()).toHaveLength(recalculated);
  });

  it('says so when there is no RRP Plan table', async () => {
    const error = await layerError(checkPlan());
    expect(error.message).toBe(NO_PLAN_TABLE);
  });

  it('uses the rows that pass on a protected sheet, and says it could not write Check', async () => {
    await typedTable();
    double.protectSheet(SHEET);
    const error = await layerError(checkPlan());
    expect(error.code).toBe('SheetProtected');
    expect(targetLevel('NE', 'EMP_6W', null)).toBe(0.23);
  });
});

describe('one plan for loading, progress and the functions', () => {
  it('loads a workbook-plan region onto RRP Targets and RRP Progress, and gives its progress after a change of the plan', async () => {
    await appendPlanRows(NW_PLAN);
    const report = await loadPlanIntoWorkbook({ regions: ['NW'], editions: 'latest' });
    expect(report.targetCount).toBe(3);
    expect(report.progressRowCount).toBe(2); // the commitment in words is not tracked
    expect(double.values('RRP Targets', 'A2:D2')).toEqual([['NW', 2024, 'EMP_6W', 'Increase']]);
    expect(double.values('RRP Targets', 'K2:K2')).toEqual([[NW_DOCUMENT]]);

    await appendActuals(
      [{ Region: 'NW', Metric: 'EMP_6W', Month: 'Sep 2024', Value: 0.21, Numerator: '', Denominator: '', Note: '' }],
      { year: 2024, month: 10 },
    );
    const first = await readProgress({ year: 2024, month: 10 });
    expect(first.find((i) => i.metric === 'EMP_6W')).toMatchObject({
      region: 'NW',
      edition: 2024,
      status: 'At risk',
      latestActual: 0.21,
    }); // trajectory 21.5% in September 2024

    // The analyst corrects the baseline and target on RRP Plan: progress follows once the plan is read again.
    double.setCells(SHEET, 'E2', [[0.19]]);
    double.setCells(SHEET, 'H2', [[0.22]]);
    await checkPlan();
    const second = await readProgress({ year: 2024, month: 10 });
    expect(second.find((i) => i.metric === 'EMP_6W')).toMatchObject({ status: 'On track', gapToTarget: 0.01 }); // trajectory now 20.5%, target 22%
  });
});

describe('recalculating RRP formulas after the plan changes', () => {
  it('reads many long formulas in blocks under Excel on the web 5 MB, and marks one run of RRP cells', async () => {
    await appendPlanRows([NW_EMP]);
    // 30,000 RRP formulas of about 240 characters (7 MB of formulas), and other formulas beside them.
    const note = 'x'.repeat(200);
    const rows = Array.from({ length: 30_000 }, (_, i) => [
      `=IF(B${i + 1}="${note}","",RRP.TARGET("NW","EMP_6W"))`,
      `=LEN(A${i + 1})`,
    ]);
    double.setCells('Sheet1', 'A1', rows);
    double.resetStats();
    const before = double.rangeCalculations().length;
    double.setCells(SHEET, 'H2', [[0.24]]);
    double.setCells(SHEET, 'E2', [[0.21]]);
    await checkPlan();
    const log = double.syncLog();
    expect(Math.max(...log.map((s) => s.responseBytes))).toBeLessThan(4 * 1024 * 1024);
    expect(log.length).toBeGreaterThan(6); // the formulas took more than one block
    expect(double.rangeCalculations().slice(before)).toEqual([
      { kind: 'setDirty', address: 'Sheet1!A1:A30000' },
      { kind: 'calculate', address: 'Sheet1!A1:A30000' },
    ]);
  });

  it('asks nothing of sheets without formulas, and marks nothing when no formula is an RRP one', async () => {
    await appendPlanRows([NW_EMP]);
    double.setCells('Sheet1', 'A1', [['=SUM(1,2)', 'RRP.TARGET("NW","EMP_6W") as text']]);
    double.resetStats();
    const before = double.rangeCalculations().length;
    double.setCells(SHEET, 'H2', [[0.24]]);
    double.setCells(SHEET, 'E2', [[0.21]]);
    await checkPlan();
    expect(double.rangeCalculations()).toHaveLength(before);
    // Whether RRP Plan exists, layout, rows; the calculation mode and sheets, where formulas are, the
    // areas of Sheet1's (RRP Plan has none), their formulas; Check is up to date (21% + 3 pp).
    expect(double.syncCount).toBe(7);
  });
});

/**
 * The start of the shared runtime, with fresh modules (as when the workbook opens): the plan store,
 * the layer and the functions as the page loads them, and a stand-in CustomFunctions global.
 */
interface Runtime {
  layer: typeof import('../../../src/excel');
  answers: typeof import('../../../src/domain/rrpAnswers');
  plan: typeof import('../../../src/domain/planData');
  functions: typeof import('../../../src/functions/functions');
}

/** A fresh module registry, so what loads later (the checking code, on demand) comes from it too. */
async function freshRuntime(): Promise<Runtime> {
  jest.resetModules();
  return {
    layer: await import('../../../src/excel'),
    answers: await import('../../../src/domain/rrpAnswers'),
    plan: await import('../../../src/domain/planData'),
    functions: await import('../../../src/functions/functions'),
  };
}

describe('when the workbook opens, and when RRP Plan changes', () => {
  let runtime: Runtime;
  let recalculatedBefore = 0;
  /** The RRP formulas marked dirty and calculated since the workbook "opened". */
  const recalculated = (): string[] =>
    double
      .rangeCalculations()
      .slice(recalculatedBefore)
      .map((c) => `${c.kind} ${c.address}`);
  /** What recalculating the workbook's one RRP formula (Sheet1!A1) asks of Excel. */
  const FORMULA_RECALCULATED = ['setDirty Sheet1!A1', 'calculate Sheet1!A1'];
  const g = globalThis as unknown as Record<string, unknown>;

  beforeEach(async () => {
    double.setCells('Sheet1', 'A1', [['=RRP.TARGET("NW","EMP_6W")']]); // the analyst's RRP formula
    await appendPlanRows([NW_EMP]); // the workbook as saved: RRP Plan with one row
    await stopWatchingPlan();
    double.settings.reopen(); // what was saved in the workbook, as when it is opened again
    g.CustomFunctions = createCustomFunctionsRuntime().CustomFunctions;
    runtime = await freshRuntime();
    double.resetStats();
    recalculatedBefore = double.rangeCalculations().length;
    jest.useFakeTimers();
  });
  afterEach(async () => {
    jest.useRealTimers();
    await runtime.layer.stopWatchingPlan();
    delete g.CustomFunctions;
    expect(double.calculations()).toEqual([]); // never application.calculate: it covers every open workbook
  });

  it('functions called before the plan is read wait for it, and no recalculation is needed', async () => {
    runtime.plan.expectWorkbookPlan(); // what the page does as it loads
    let answered: unknown;
    const early = runtime.functions.target('NW', 'EMP_6W', null);
    expect(early).toBeInstanceOf(Promise); // a promise only while the first reading is under way
    const pending = Promise.resolve(early).then((v) => (answered = v));
    await settle();
    expect(answered).toBeUndefined();

    const started = await runtime.layer.startWorkbookPlan();
    await pending;
    expect(answered).toBe(0.23);
    expect(runtime.functions.target('NW', 'EMP_6W', null)).toBe(0.23); // read: a plain value at once
    expect(started.summary).toMatchObject({ rows: 1, used: 1 });
    expect(recalculated()).toEqual([]); // the formulas were last calculated with this plan (its fingerprint)
    // Whether RRP Plan exists, layout, rows (Check up to date, nothing written); listening for tables
    // added; the handlers of RRP Plan added.
    expect(double.syncCount).toBe(5);
    expect(double.eventHandlerCount).toBe(4);
  });

  it('a function asked late waits only until the one deadline from the opening, then answers from the built-in plan; the reading then recalculates', async () => {
    runtime.plan.expectWorkbookPlan();
    await jest.advanceTimersByTimeAsync(9_000);
    const early = Promise.resolve(runtime.functions.target('NW', 'EMP_6W', null)).catch((error: unknown) => error);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await early).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/^North West has no Reducing Reoffending Plan targets/),
    });
    expect(jest.getTimerCount()).toBe(0); // no timer per answer left running
    await runtime.layer.startWorkbookPlan();
    expect(recalculated()).toEqual(FORMULA_RECALCULATED);
    expect(runtime.functions.target('NW', 'EMP_6W', null)).toBe(0.23);
  });

  it('recalculates the RRP formulas when the workbook opens with another plan than they were calculated with', async () => {
    // RRP Plan edited while the add-in was not running (another computer, Excel without add-ins).
    double.setCells(SHEET, 'E2', [[0.21]]);
    double.setCells(SHEET, 'H2', [[0.24]]);
    runtime.plan.expectWorkbookPlan();
    await runtime.layer.startWorkbookPlan();
    expect(runtime.functions.target('NW', 'EMP_6W', null)).toBe(0.24);
    expect(recalculated()).toEqual(FORMULA_RECALCULATED);

    // Saved with the new fingerprint: opened again unchanged, nothing is recalculated.
    await runtime.layer.stopWatchingPlan();
    double.settings.reopen();
    runtime = await freshRuntime();
    recalculatedBefore = double.rangeCalculations().length;
    runtime.plan.expectWorkbookPlan();
    await runtime.layer.startWorkbookPlan();
    expect(recalculated()).toEqual([]);
  });

  it('in Manual calculation marks the RRP formulas dirty for F9, calculates nothing, and the pane is told', async () => {
    double.setCalculationMode('Manual');
    await runtime.layer.startWorkbookPlan({ debounceMs: 500 });
    double.setCells(SHEET, 'H2', [[0.24]]);
    double.setCells(SHEET, 'E2', [[0.21]]);
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    expect(runtime.functions.target('NW', 'EMP_6W', null)).toBe(0.24);
    expect(recalculated()).toEqual(['setDirty Sheet1!A1']);
    expect(runtime.layer.workbookPlanStatus()).toMatchObject({ reading: 'read', waitsForF9: true });

    // The fingerprint stays the old one, so a later opening in Automatic mode recalculates.
    await runtime.layer.stopWatchingPlan();
    double.settings.reopen();
    double.setCalculationMode('Automatic');
    runtime = await freshRuntime();
    recalculatedBefore = double.rangeCalculations().length;
    runtime.plan.expectWorkbookPlan();
    await runtime.layer.startWorkbookPlan();
    expect(recalculated()).toEqual(FORMULA_RECALCULATED);
    expect(runtime.layer.workbookPlanStatus()).toMatchObject({ waitsForF9: false });
  });

  it('tries a failed first reading again, and answers wait for the retry within the deadline', async () => {
    double.beforeSync(1, () => {
      throw Object.assign(new Error('Excel is busy'), { code: 'GeneralException' });
    });
    runtime.plan.expectWorkbookPlan();
    const early = runtime.functions.target('NW', 'EMP_6W', null);
    const started = runtime.layer.startWorkbookPlan({ retryDelaysMs: [1_000] });
    await settle();
    expect(runtime.layer.workbookPlanStatus()).toMatchObject({ reading: 'underWay' });
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await started).toMatchObject({ summary: { used: 1 } });
    expect(await early).toBe(0.23);
    expect(runtime.layer.workbookPlanStatus()).toEqual({ reading: 'read', waitsForF9: false });
  });

  it('says in plain words when RRP Plan could not be read after every try, and answers from the built-in plan', async () => {
    for (let n = 1; n <= 3; n++)
      double.beforeSync(n, () => {
        throw Object.assign(new Error('Excel is busy'), { code: 'GeneralException' });
      });
    runtime.plan.expectWorkbookPlan();
    const early = Promise.resolve(runtime.functions.target('NW', 'EMP_6W', null)).catch((e: Error) => e.message);
    const started = runtime.layer.startWorkbookPlan({ retryDelaysMs: [1_000, 1_000] });
    await jest.advanceTimersByTimeAsync(2_000);
    const outcome = await started;
    expect(outcome.error).toMatch(
      /^RRP Plan could not be read, so RRP functions use the built-in plan only\. Excel could not read RRP Plan \(Excel is busy\)/,
    );
    expect(runtime.layer.workbookPlanStatus()).toEqual({ reading: 'failed', error: outcome.error, waitsForF9: false });
    expect(await early).toMatch(/^North West has no Reducing Reoffending Plan targets/);
    expect(double.syncCount).toBe(3);
  });

  it('reads and watches an RRP Plan that appears after the workbook opened', async () => {
    // A workbook whose RRP Plan rows are a plain range, not (yet) a table.
    await double.Excel.run(async (context) => void context.workbook.tables.getItem(TABLE).convertToRange());
    runtime = await freshRuntime();
    runtime.plan.expectWorkbookPlan();
    expect(await runtime.layer.startWorkbookPlan({ debounceMs: 500 })).toEqual({ summary: undefined });
    expect(await nwTarget()).toMatch(/^North West has no/);
    expect(double.eventHandlerCount).toBe(1); // listening for tables added

    // The analyst makes the rows a table again, named RRPPlan (here through the API: Excel raises the same event).
    await double.Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem(SHEET).tables.add('A1:M2', true);
      table.name = TABLE;
    });
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    expect(await nwTarget()).toBe(0.23);
    expect(double.eventHandlerCount).toBe(4); // and now RRP Plan's own handlers
    expect(await retyped(SHEET, { E2: 0.21, H2: 0.24 })).toBe(0.24);
    expect(double.eventErrors()).toEqual([]);
  });

  it('reads the plan again once after a burst of changes; its own Check writes set off nothing', async () => {
    const outcomes: unknown[] = [];
    await runtime.layer.startWorkbookPlan({ debounceMs: 500, onRead: (o) => outcomes.push(o) });
    const { targetLevel: target } = runtime.answers;
    expect(target('NW', 'EMP_6W', null)).toBe(0.23);
    double.resetStats();

    double.setCells(SHEET, 'H2', [[0.3]]); // now not baseline + change
    await jest.advanceTimersByTimeAsync(300);
    double.setCells(SHEET, 'H2', [[0.24]]);
    double.setCells(SHEET, 'E2', [[0.21]]); // 21% + 3 pp = 24%: right again
    await jest.advanceTimersByTimeAsync(499);
    expect(double.syncCount).toBe(0);
    await jest.advanceTimersByTimeAsync(1);
    await settle();
    expect(outcomes).toHaveLength(1);
    expect(target('NW', 'EMP_6W', null)).toBe(0.24);
    expect(recalculated()).toEqual(FORMULA_RECALCULATED);
    // Whether RRP Plan exists, layout, rows; the calculation mode and sheets, where formulas are, their
    // areas, their formulas, the RRP one marked and calculated.
    expect(double.syncCount).toBe(8);

    // A mistake: the row's Check says so (the add-in's write raises an event it ignores), and the target goes.
    double.setCells(SHEET, 'H2', [[0.5]]);
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    expect(checkColumn(1)[0]).toMatch(/^Target 50% is not Baseline 21%/);
    expect(() => target('NW', 'EMP_6W', null)).toThrow(/North West has no/);
    expect(recalculated()).toEqual([...FORMULA_RECALCULATED, ...FORMULA_RECALCULATED]);
    await jest.advanceTimersByTimeAsync(10_000);
    await settle();
    expect(outcomes).toHaveLength(2);
    expect(double.eventErrors()).toEqual([]);
  });

  /** What the functions answer for North West's EMP_6W target: a level, or the #N/A's message. */
  const nwTarget = async (): Promise<unknown> => {
    try {
      return await runtime.functions.target('NW', 'EMP_6W', null);
    } catch (error) {
      return (error as { message: string }).message;
    }
  };

  /** Retypes cells of RRP Plan's first row, lets the watch's quiet time pass, and says what the functions answer then. */
  async function retyped(sheet: string, cells: Record<string, number>): Promise<unknown> {
    for (const [address, value] of Object.entries(cells)) double.setCells(sheet, address, [[value]]);
    await jest.advanceTimersByTimeAsync(500);
    await settle();
    return nwTarget();
  }

  it.each([
    [
      'RRP Plan is deleted',
      (): Promise<void> => double.Excel.run(async (c) => c.workbook.tables.getItem(TABLE).delete()),
    ],
    ['the sheet of RRP Plan is deleted', async (): Promise<void> => double.deleteSheet(SHEET)],
  ])(
    'when %s, the functions lose its rows, are recalculated, and the watch drops its handlers',
    async (_, deletePlan) => {
      const outcomes: unknown[] = [];
      await runtime.layer.startWorkbookPlan({ debounceMs: 500, onRead: (o) => outcomes.push(o) });
      expect(await nwTarget()).toBe(0.23);
      double.setCells(SHEET, 'H2', [[0.3]]); // a reading is due when the table goes
      await deletePlan(); // as the analyst would
      double.resetStats(); // Excel raises the deleted event after the batch
      await jest.advanceTimersByTimeAsync(1_000);
      await settle();
      // The handlers dropped, whether RRP Plan exists, then the recalculation (calculation mode and
      // sheets, where formulas are, their areas, their formulas, the RRP one marked and calculated).
      expect(double.syncCount).toBe(7);
      expect(await nwTarget()).toMatch(/^North West has no Reducing Reoffending Plan targets/);
      expect(recalculated()).toEqual(FORMULA_RECALCULATED);
      expect(double.eventHandlerCount).toBe(1); // still listening for tables added
      expect(outcomes).toEqual([{ summary: undefined }]); // one reading: the one that was due is not made
      expect(double.eventErrors()).toEqual([]);
    },
  );

  it('watches RRP Plan again when adding targets makes it again after it was deleted', async () => {
    await runtime.layer.startWorkbookPlan({ debounceMs: 500 });
    await double.Excel.run(async (context) => context.workbook.tables.getItem(TABLE).delete());
    await jest.advanceTimersByTimeAsync(1_000);
    await settle();

    await runtime.layer.appendPlanRows([NW_EMP]); // as the Documents view does
    const sheet = double.tables().find((t) => t.name === TABLE)?.sheet as string;
    expect(sheet).toBe('RRP Plan (2)'); // the old, now empty, sheet keeps its name
    expect(await nwTarget()).toBe(0.23);
    expect(await retyped(sheet, { E2: 0.21, H2: 0.24 })).toBe(0.24); // 21% + 3 pp
    expect(double.eventErrors()).toEqual([]);
  });

  it('watches the table made again when adding targets comes before Excel tells of the deletion', async () => {
    await runtime.layer.startWorkbookPlan({ debounceMs: 500 });
    double.deleteSheet(SHEET);
    await runtime.layer.appendPlanRows([{ ...NW_EMP, target: 0.24, change: 0.04 }]); // the old watch still set
    expect(await nwTarget()).toBe(0.24);
    await jest.advanceTimersByTimeAsync(1_000); // the deletion heard: the old handlers go, the new table is read and watched
    await settle();
    expect(double.eventHandlerCount).toBe(4);
    expect(await nwTarget()).toBe(0.24);
    expect(await retyped(SHEET, { H2: 0.25, G2: 0.05 })).toBe(0.25); // 20% + 5 pp
    expect(double.eventErrors()).toEqual([]);
  });

  it('settles without a plan table, leaving the built-in plan, and listens only for tables added', async () => {
    double.fillTable(TABLE, [PLAN_COLUMNS.map(() => '')]);
    const empty = installedDouble(); // a workbook with no RRP Plan
    try {
      runtime.plan.expectWorkbookPlan();
      const started = await runtime.layer.startWorkbookPlan();
      expect(started).toEqual({ summary: undefined });
      expect(empty.double.eventHandlerCount).toBe(1);
      expect(runtime.functions.target('KSS', 'EMP_6W', null)).toBe(0.19);
      await runtime.layer.stopWatchingPlan();
    } finally {
      empty.restore();
    }
  });
});
