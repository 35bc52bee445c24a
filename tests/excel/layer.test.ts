/** The Excel layer against the Excel double: loading the plan, loading again, protection, name clashes, reading back, and the services the pane is given. */
import { REGION_CODES } from '../../src/domain/planSchema';
import {
  insertFormula,
  loadPlanIntoWorkbook,
  PROGRESS_FORMULAS,
  readProgress,
  selectProgressRow,
  type LoadPlanOptions,
  type LoadReport,
} from '../../src/excel';
import { paneServices } from '../../src/taskpane/paneServices';
import type { PaneServices } from '../../src/taskpane/services';
import type { ExcelDouble } from '../excelDouble';
import { doubleForEachTest, layerError } from '../support/excelLayer';

let double: ExcelDouble;
const { reinstall, uninstall } = doubleForEachTest((d) => (double = d));

const ALL: LoadPlanOptions = { regions: [...REGION_CODES], editions: [2022, 2023] };

/** Loads and returns the report with the syncs that load took. */
async function load(options: LoadPlanOptions = ALL): Promise<{ report: LoadReport; syncs: number; loaded: string[] }> {
  double.resetStats();
  const report = await loadPlanIntoWorkbook(options);
  return { report, syncs: double.syncCount, loaded: double.loadedProperties() };
}

// Range.address and Range.formulas: where our targets and progress tables are, and the cells they will cover once rebuilt.
const SURVEY_PROPERTIES = [
  'Range.address',
  'Range.formulas',
  'Table.name',
  'TableColumn.name',
  'WorkbookProtection.protected',
  'Worksheet.name',
  'WorksheetProtection.protected',
];
const TARGET_HEADERS = [
  'Region',
  'Edition',
  'Metric',
  'Kind',
  'Baseline',
  'Baseline month',
  'Change (pp)',
  'Target',
  'Deadline',
  'Source sentence',
  'Document',
];
const ACTUALS_HEADERS = [
  'Region',
  'Metric',
  'Month',
  'Value',
  'Numerator',
  'Denominator',
  'Note',
  'Check',
  'Used region',
  'Used metric',
  'Used month',
  'Used value',
];
const PROGRESS_HEADERS = [
  'Region',
  'Metric',
  'Edition',
  'Baseline',
  'Target',
  'Deadline',
  'Latest month',
  'Latest actual',
  'Trajectory',
  'Gap to trajectory (pp)',
  'Gap to target (pp)',
  'Status',
];
const MAR_2023 = 44986; // 1 March 2023
const APR_2024_END = 45412; // 30 April 2024

const rowOf = (table: string, region: string, metric: string, edition?: number) => {
  const rows = double.tableRows(table);
  const metricAt = table === 'RRPTargets' ? 2 : 1;
  const editionAt = table === 'RRPTargets' ? 1 : 2;
  const index = rows.findIndex(
    (r) => r[0] === region && r[metricAt] === metric && (edition === undefined || r[editionAt] === edition),
  );
  return { index, row: rows[index] };
};

describe('loading all regions and both editions into an empty workbook', () => {
  it('makes the three sheets and tables in two syncs, loading only the survey properties', async () => {
    const { report, syncs, loaded } = await load();
    expect(syncs).toBe(2);
    expect(loaded).toEqual(SURVEY_PROPERTIES.filter((p) => !p.startsWith('Table') && !p.startsWith('Range'))); // no tables to list or measure yet
    expect(double.sheetNames()).toEqual(['Sheet1', 'RRP Targets', 'RRP Actuals', 'RRP Progress']);
    expect(double.tables().map((t) => [t.name, t.sheet, t.address, t.rowCount])).toEqual([
      ['RRPTargets', 'RRP Targets', "'RRP Targets'!A1:K31", 30],
      ['RRPActuals', 'RRP Actuals', "'RRP Actuals'!A1:L2", 1],
      ['RRPProgress', 'RRP Progress', "'RRP Progress'!A1:L21", 20],
    ]);
    expect(double.table('RRPTargets')?.headers).toEqual(TARGET_HEADERS);
    expect(double.table('RRPActuals')?.headers).toEqual(ACTUALS_HEADERS);
    expect(double.table('RRPProgress')?.headers).toEqual(PROGRESS_HEADERS);
    expect(double.activeSheetName()).toBe('RRP Progress');
    expect(report.changes).toEqual([
      'Created sheet RRP Targets with 30 targets.',
      'Created sheet RRP Actuals with an empty table for your monthly actuals.',
      'Created sheet RRP Progress with 20 rows, one per region and metric.',
      "North East, North West, Greater Manchester, West Midlands, East Midlands, South West, London and Wales have no plan targets in the add-in's data for the chosen editions, so nothing was loaded for them.",
      'Targets for community sentence treatment requirements are commitments in words with no numbers to track, so they are on RRP Targets but not on RRP Progress.',
      'Where more than one plan edition was loaded for a region, RRP Progress tracks the latest (Kent, Surrey and Sussex: 2023 annual update).',
    ]);
    expect(report).toMatchObject({
      targetCount: 30,
      progressRowCount: 20,
      actualsRowCount: 1,
      actuals: { sheetName: 'RRP Actuals', action: 'created' },
    });
  });

  it('writes each plan record with percent, month and date formats', async () => {
    await load();
    const { index, row } = rowOf('RRPTargets', 'KSS', 'EMP_6W', 2023);
    expect(row.slice(0, 9)).toEqual(['KSS', 2023, 'EMP_6W', 'Increase', 0.16, MAR_2023, 0.03, 0.19, APR_2024_END]);
    expect(row[9]).toMatch(/^By April 2024, Kent, Surrey and Sussex will increase the proportion employed six weeks/);
    expect(row[10]).toBe('Kent, Surrey and Sussex Reducing Reoffending Plan 2022-25: Annual Update 2023');
    const excelRow = index + 2;
    expect(double.numberFormats('RRP Targets', `A${excelRow}:K${excelRow}`)).toEqual([
      ['General', '0', 'General', 'General', '0.0%', 'mmm yyyy', '0.0%', '0.0%', 'dd/mm/yyyy', 'General', 'General'],
    ]);
    expect(rowOf('RRPTargets', 'KSS', 'EMP_6M', 2023).row.slice(3, 9)).toEqual([
      'Direction only',
      0.23,
      MAR_2023,
      '',
      'Continue to increase',
      '',
    ]);
    expect(rowOf('RRPTargets', 'SC', 'CSTR').row.slice(3, 9)).toEqual([
      'Qualitative',
      '',
      '',
      '',
      'Commitment in words (see source)',
      '',
    ]);
    expect(rowOf('RRPTargets', 'KSS', 'HOUSED_NIGHT1', 2022).row.slice(3, 9)).toEqual([
      'Maintain',
      '',
      '',
      0,
      0.9,
      45138,
    ]); // 31 July 2023
  });

  it('creates RRP Actuals empty, with drop-down lists, formats and validation rules', async () => {
    await load();
    expect(double.tableRows('RRPActuals')).toEqual([['', '', '', '', '', '', '', '', '', '', '', '']]);
    expect(double.numberFormats('RRP Actuals', 'A2:L2')).toEqual([
      ['General', 'General', 'mmm yyyy', '0.0%', '0', '0', '@', '@', 'General', 'General', 'mmm yyyy', '0.0%'],
    ]);
    const rules = Object.fromEntries(double.dataValidations('RRP Actuals').map((dv) => [dv.address, dv]));
    // Warnings, not stops: the check accepts region and metric names, so typing one must be allowed.
    expect(rules["'RRP Actuals'!A2"]).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'KSS,SC,EOE,YH,NE,NW,GM,WM,EM,SW,LDN,WAL' } },
      errorAlert: { style: 'Warning', title: 'Region', message: expect.stringContaining('or type a region name;') },
    });
    expect(rules["'RRP Actuals'!B2"]).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'EMP_6W,EMP_6M,HOUSED_NIGHT1,SETTLED_3M,SOI_COMPLETED,CSTR' } },
      errorAlert: { style: 'Warning', title: 'Metric', message: expect.stringContaining('or type a metric name;') },
    });
    for (const column of ['H', 'I', 'J', 'K', 'L']) {
      expect(rules[`'RRP Actuals'!${column}2`].prompt).toEqual({
        showPrompt: true,
        title: 'Filled by the add-in',
        message: 'Each check of the actuals rewrites this column. Change the row instead.',
      });
    }
    expect(rules["'RRP Actuals'!D2"]).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: 1, operator: 'Between' } },
      errorAlert: { style: 'Warning', title: 'Value', message: expect.stringContaining('(17.5%)') },
    });
    expect(double.frozenRows('RRP Actuals')).toBe(1);
  });

  it('writes progress rows of plan values and formulas over RRPActuals and the RRP functions', async () => {
    await load();
    const rows = double.tableRows('RRPProgress');
    expect(rows.map((r) => `${r[0]} ${r[1]} ${r[2]}`)).toEqual(
      ['KSS', 'SC', 'EOE', 'YH'].flatMap((region) =>
        ['EMP_6W', 'EMP_6M', 'HOUSED_NIGHT1', 'SETTLED_3M', 'SOI_COMPLETED'].map((m) => `${region} ${m} 2023`),
      ),
    );
    const { index } = rowOf('RRPProgress', 'KSS', 'EMP_6W');
    const r = index + 2;
    const formulas = double.formulas('RRP Progress', `A${r}:L${r}`)[0];
    expect(formulas.slice(0, 6)).toEqual(['KSS', 'EMP_6W', 2023, 0.16, 0.19, APR_2024_END]);
    // Only the Used columns, which the check fills for the rows it uses: never the raw cells, never the Check text.
    expect(formulas[6]).toBe(
      '=IF(COUNTIFS(RRPActuals[Used region],[@Region],RRPActuals[Used metric],[@Metric])=0,"",MAXIFS(RRPActuals[Used month],RRPActuals[Used region],[@Region],RRPActuals[Used metric],[@Metric]))',
    );
    expect(formulas[7]).toBe(
      '=IF([@[Latest month]]="","",LOOKUP(2,1/((RRPActuals[Used region]=[@Region])*(RRPActuals[Used metric]=[@Metric])*(RRPActuals[Used month]=[@[Latest month]])),RRPActuals[Used value]))',
    );
    for (const formula of [formulas[6], formulas[7]])
      expect(formula).not.toMatch(/RRPActuals\[(Region|Metric|Month|Value|Check)\]/);
    expect(formulas[8]).toContain('RRP.TRAJECTORY([@Region],[@Metric],[@[Latest month]],[@Edition])');
    expect(formulas[11]).toBe(
      '=IF([@[Latest actual]]="","No actual yet",RRP.STATUS([@Region],[@Metric],[@[Latest actual]],[@[Latest month]],[@Edition]))',
    );
    // The same formula in every row: Excel makes each a calculated column.
    const all = double.formulas('RRP Progress', 'G2:L21');
    expect(new Set(all.map((row) => JSON.stringify(row))).size).toBe(1);
    expect(all[0]).toEqual(Object.values(PROGRESS_FORMULAS));
    expect(double.numberFormats('RRP Progress', `C${r}:L${r}`)).toEqual([
      [
        '0',
        '0.0%',
        '0.0%',
        'dd/mm/yyyy',
        'mmm yyyy',
        '0.0%',
        '0.0%',
        '+0.0%;-0.0%;0.0%',
        '+0.0%;-0.0%;0.0%',
        'General',
      ],
    ]);
    expect(rowOf('RRPProgress', 'SC', 'EMP_6M').row.slice(3, 6)).toEqual([0.3, 'Continue to increase', '']);
  });

  it('colours progress with conditional-format rules on the table columns', async () => {
    await load();
    const status = double.columnBodyAddress('RRPProgress', 'Status');
    const gapTrajectory = double.columnBodyAddress('RRPProgress', 'Gap to trajectory (pp)');
    const gapTarget = double.columnBodyAddress('RRPProgress', 'Gap to target (pp)');
    expect(status).toBe("'RRP Progress'!L2:L21");
    const rules = double
      .conditionalFormats('RRP Progress')
      .map(({ type, address, rule, fillColor, fontColor }) => ({ type, address, rule, fillColor, fontColor }));
    const statusFill = (text: string) =>
      rules.find((cf) => cf.address === status && (cf.rule as { text: string }).text === text)?.fillColor;
    expect(
      ['Met', 'On track', 'Improving', 'At risk', 'Not improving', 'Off track', 'Missed', 'No actual yet'].map(
        statusFill,
      ),
    ).toEqual(['#C6EFCE', '#C6EFCE', '#C6EFCE', '#FFEB9C', '#FFEB9C', '#FFC7CE', '#FFC7CE', '#EDEDED']);
    expect(
      rules
        .filter((cf) => cf.address === status)
        .every((cf) => cf.type === 'ContainsText' && (cf.rule as { operator: string }).operator === 'BeginsWith'),
    ).toBe(true);
    expect(rules.filter((cf) => cf.address !== status)).toEqual([
      {
        type: 'CellValue',
        address: gapTrajectory,
        rule: { formula1: '0', operator: 'GreaterThan' },
        fillColor: undefined,
        fontColor: '#9C0006',
      },
      {
        type: 'CellValue',
        address: gapTrajectory,
        rule: { formula1: '0', operator: 'LessThanOrEqual' },
        fillColor: undefined,
        fontColor: '#006100',
      },
      {
        type: 'CellValue',
        address: gapTarget,
        rule: { formula1: '0', operator: 'LessThanOrEqual' },
        fillColor: undefined,
        fontColor: '#006100',
      },
    ]);
  });
});

describe('loading again', () => {
  /** What a user does: fills the blank row and adds another, through Excel. */
  async function addTwoActuals(): Promise<void> {
    await double.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem('RRPActuals');
      table.getDataBodyRange().values = [
        ['KSS', 'EMP_6W', 45200, 0.17, 17, 100, '=not a formula?', 'OK', 'KSS', 'EMP_6W', 45200, 0.17],
      ];
      table.rows.add(undefined, [['KSS', 'EMP_6W', 45231, 0.175, 35, 200, '', 'OK', 'KSS', 'EMP_6W', 45231, 0.175]]);
      await context.sync();
    });
  }

  it('keeps the actuals rows byte for byte and rebuilds targets and progress, in three syncs', async () => {
    await load();
    await addTwoActuals();
    const actualsBefore = JSON.stringify(
      (double.snapshot() as { sheets: { name: string }[] }).sheets.find((s) => s.name === 'RRP Actuals'),
    );
    expect(double.tableRows('RRPActuals')).toHaveLength(2);

    const { report, syncs, loaded } = await load({ regions: ['KSS'], editions: 'latest' });
    expect(syncs).toBe(3); // the names; then, only for the tables that are there, their columns and room; then the writes
    expect(loaded).toEqual(SURVEY_PROPERTIES); // the actuals rows were counted by Excel, not read
    const actualsAfter = JSON.stringify(
      (double.snapshot() as { sheets: { name: string }[] }).sheets.find((s) => s.name === 'RRP Actuals'),
    );
    expect(actualsAfter).toBe(actualsBefore);
    expect(report.changes.slice(0, 3)).toEqual([
      'Rebuilt RRP Targets with 6 targets.',
      'Kept RRP Actuals and its 2 rows as they were.',
      'Rebuilt RRP Progress with 5 rows, one per region and metric.',
    ]);
    expect(double.sheetNames()).toEqual(['Sheet1', 'RRP Targets', 'RRP Actuals', 'RRP Progress']);
    expect(double.table('RRPTargets')).toMatchObject({ address: "'RRP Targets'!A1:K7", rowCount: 6 });
    expect(
      double
        .values('RRP Targets', 'A8:K31')
        .flat()
        .every((v) => v === ''),
    ).toBe(true); // the old, longer table is gone
    expect(double.table('RRPProgress')).toMatchObject({ address: "'RRP Progress'!A1:L6", rowCount: 5 });
    const progressRules = double.conditionalFormats('RRP Progress');
    expect(progressRules).toHaveLength(11); // the old rules were cleared, not stacked
    expect(progressRules.every((cf) => cf.address.endsWith('2:L6') || /![JK]2:[JK]6$/.test(cf.address))).toBe(true);
  });

  it("reads the column names of our actuals table only, not of the analyst's tables", async () => {
    double.setCells('Sheet1', 'A1:B2', [
      ['Mine', 'Also mine'],
      [1, 2],
    ]);
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').tables.add('A1:B2', true).name = 'MyTable';
      await context.sync();
    });
    const first = await load();
    expect(first.loaded).toEqual([
      'Table.name',
      'WorkbookProtection.protected',
      'Worksheet.name',
      'WorksheetProtection.protected',
    ]);
    const second = await load();
    expect(second.loaded).toEqual(SURVEY_PROPERTIES);
  });

  it('leaves alone a user sheet named like ours and writes beside it, then keeps using our sheet', async () => {
    double.addSheet('RRP Targets');
    double.setCells('RRP Targets', 'A1:B2', [
      ['My own notes', 1],
      ['more', 2],
    ]);
    const userSheet = JSON.stringify(
      (double.snapshot() as { sheets: { name: string }[] }).sheets.find((s) => s.name === 'RRP Targets'),
    );

    const first = await load();
    expect(first.syncs).toBe(2);
    expect(first.report.changes[0]).toBe(
      'A sheet named RRP Targets already exists and is not one of ours, so the targets were written to RRP Targets (2).',
    );
    expect(first.report.changes[1]).toBe('Created sheet RRP Targets (2) with 30 targets.');
    expect(first.report.targets).toEqual({
      sheetName: 'RRP Targets (2)',
      action: 'created',
      avoidedUserSheet: 'RRP Targets',
    });
    expect(double.table('RRPTargets')?.sheet).toBe('RRP Targets (2)');

    const second = await load();
    expect(second.report.changes[0]).toBe('Rebuilt RRP Targets (2) with 30 targets.');
    expect(double.sheetNames()).toEqual(['Sheet1', 'RRP Targets', 'RRP Targets (2)', 'RRP Actuals', 'RRP Progress']);
    const userSheetAfter = JSON.stringify(
      (double.snapshot() as { sheets: { name: string }[] }).sheets.find((s) => s.name === 'RRP Targets'),
    );
    expect(userSheetAfter).toBe(userSheet);
  });

  it('finds our tables on sheets the user renamed', async () => {
    await load();
    await double.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('RRP Progress').name = 'Progress 2024';
      await context.sync();
    });
    const { report } = await load();
    expect(report.changes[2]).toBe('Rebuilt Progress 2024 with 20 rows, one per region and metric.');
    expect(double.sheetNames()).toEqual(['Sheet1', 'RRP Targets', 'RRP Actuals', 'Progress 2024']);
  });
});

describe('when Excel would refuse', () => {
  it('stops before writing anything when a sheet to rebuild is protected', async () => {
    await load();
    double.protectSheet('RRP Progress');
    const before = double.snapshot();
    double.resetStats();
    const error = await layerError(loadPlanIntoWorkbook(ALL));
    expect(error.code).toBe('SheetProtected');
    expect(error.message).toBe(
      'The sheet RRP Progress is protected, so the plan was not loaded and nothing in the workbook was changed. Unprotect it (Review > Unprotect Sheet) and load the plan again.',
    );
    expect(double.syncCount).toBe(2); // the survey's two reads: nothing was sent to write
    expect(double.snapshot()).toEqual(before);
  });

  it('does not mind a protected actuals sheet, which it never writes to', async () => {
    await load();
    double.protectSheet('RRP Actuals');
    const { report } = await load();
    expect(report.actuals.action).toBe('kept');
  });

  it('stops before writing anything when sheets must be added to a workbook with protected structure', async () => {
    double.protectWorkbookStructure();
    const before = double.snapshot();
    const error = await layerError(loadPlanIntoWorkbook(ALL));
    expect(error.code).toBe('WorkbookProtected');
    expect(error.message).toContain('cannot add the sheets RRP Targets, RRP Actuals and RRP Progress');
    expect(double.snapshot()).toEqual(before);
  });

  describe("when a rebuilt table would need cells that hold the analyst's data", () => {
    const KSS: LoadPlanOptions = { regions: ['KSS'], editions: 'latest' };
    const THREE: LoadPlanOptions = { regions: ['KSS', 'SC', 'YH'], editions: 'latest' };

    it('refuses a load whose progress table would grow over a note below it, changing nothing, in the survey sync', async () => {
      await load(KSS);
      expect(double.table('RRPProgress')?.address).toBe("'RRP Progress'!A1:L6");
      double.setCells('RRP Progress', 'A10', [['My note: ask SC about September']]);
      const before = double.snapshot();
      double.resetStats();
      const error = await layerError(loadPlanIntoWorkbook(THREE));
      expect(error.code).toBe('CellsInTheWay');
      expect(error.message).toBe(
        'Cell A10 of RRP Progress holds something, and the table RRPProgress needs that cell: with this plan it will cover A1:L16. ' +
          'The add-in never writes over cells outside its own tables, so the plan was not loaded and nothing in the workbook was changed. ' +
          'Move what is there out of A1:L16, or rename the table RRPProgress (Table Design > Table Name) so the add-in puts the plan on a new sheet, and load the plan again.',
      );
      expect(double.syncCount).toBe(2); // the survey alone (names, then room): nothing was sent to write
      expect(double.snapshot()).toEqual(before);
      expect(double.values('RRP Progress', 'A10')).toEqual([['My note: ask SC about September']]);

      // Moved out of the way, the same load goes through, in three syncs, and the note is kept.
      double.setCells('RRP Progress', 'A10', [['']]);
      double.setCells('RRP Progress', 'A20', [['My note: ask SC about September']]);
      const { syncs } = await load(THREE);
      expect(syncs).toBe(3);
      expect(double.table('RRPProgress')?.address).toBe("'RRP Progress'!A1:L16");
      expect(double.values('RRP Progress', 'A20')).toEqual([['My note: ask SC about September']]);
    });

    it("refuses before clearing anything when a table of the analyst's sits where the targets would grow", async () => {
      await load(KSS);
      double.setCells('RRP Targets', 'B12:C13', [
        ['Mine', 'Also mine'],
        [1, 2],
      ]);
      await double.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('RRP Targets').tables.add('B12:C13', true).name = 'MyTable';
        await context.sync();
      });
      const before = double.snapshot();
      const error = await layerError(loadPlanIntoWorkbook(THREE));
      expect(error.message).toMatch(
        /^Cell B12 of RRP Targets holds something, and the table RRPTargets needs that cell: with this plan it will cover A1:K19\. 3 other cells in A1:K19 outside the table hold something too\./,
      );
      expect(double.snapshot()).toEqual(before);
    });

    it('does not mind cells beside or below the area the table needs, nor a table that shrinks', async () => {
      await load(THREE);
      double.setCells('RRP Progress', 'N3', [['beside']]);
      double.setCells('RRP Progress', 'A17', [['just below']]);
      const shrunk = await load(KSS);
      expect(shrunk.syncs).toBe(3);
      expect(double.values('RRP Progress', 'N3')).toEqual([['beside']]);
      const grown = await load(THREE);
      expect(grown.report.changes[2]).toBe('Rebuilt RRP Progress with 15 rows, one per region and metric.');
      expect(double.values('RRP Progress', 'A17')).toEqual([['just below']]);
    });
  });

  it('explains a host without the API it needs, and a page outside Excel, without calling Excel', async () => {
    reinstall({ excelApi: '1.7' });
    const old = await layerError(loadPlanIntoWorkbook(ALL));
    expect(old.code).toBe('ApiNotSupported');
    expect(old.message).toContain('too old');
    expect(double.syncCount).toBe(0);
    uninstall();
    const none = await layerError(loadPlanIntoWorkbook(ALL));
    expect(none.message).toBe(
      'Excel is not available here, so the add-in cannot load the plan. Open the add-in from Excel.',
    );
  });

  it('turns an error Excel raises during the writes into a plain message', async () => {
    // The user adds a sheet named RRP Targets between the survey and the writes.
    double.beforeSync(2, () => double.addSheet('RRP Targets'));
    const error = await layerError(loadPlanIntoWorkbook(ALL));
    expect(error.code).toBe('ItemAlreadyExists');
    expect(error.message).toBe(
      'Excel could not load the plan: a sheet or table with the same name already exists. Rename it and try again.',
    );
  });
});

describe('reading progress (more in excelActuals.test.ts), selecting a row, inserting a formula', () => {
  it('reads no rows when there is no progress table yet', async () => {
    expect(await readProgress()).toEqual([]);
    expect(double.syncCount).toBe(2); // the read that found no table, then RRP Progress alone
  });

  it('selects a region and metric row on RRP Progress in two syncs', async () => {
    await load();
    double.setActiveCell('Sheet1', 'C3');
    double.resetStats();
    await selectProgressRow('YH', 'SETTLED_3M');
    expect(double.syncCount).toBe(2);
    const { index } = rowOf('RRPProgress', 'YH', 'SETTLED_3M');
    expect(double.selectionAddress()).toBe(`'RRP Progress'!A${index + 2}:L${index + 2}`);
    expect(double.activeSheetName()).toBe('RRP Progress');
  });

  it('says in plain words when the row or the sheet is not there', async () => {
    expect((await layerError(selectProgressRow('KSS', 'EMP_6W'))).message).toBe(
      'There is no RRP Progress sheet yet. Load the plan first.',
    );
    await load({ regions: ['KSS'], editions: 'latest' });
    const error = await layerError(selectProgressRow('LDN', 'EMP_6W'));
    expect(error.message).toBe(
      'London – employed six weeks after release is not on RRP Progress. Load the plan for that region to add it.',
    );
  });

  it('writes a formula into the active cell in one sync', async () => {
    double.setActiveCell('Sheet1', 'C3');
    await insertFormula('=RRP.TARGET("KSS","EMP_6W",2023)');
    expect(double.syncCount).toBe(1);
    await expect(insertFormula('  ')).rejects.toThrow('There is no formula to insert.');
    expect(double.syncCount).toBe(1);
    expect(double.formulas('Sheet1', 'C3')).toEqual([['=RRP.TARGET("KSS","EMP_6W",2023)']]);
  });

  it('explains a formula Excel refuses to write on a protected sheet', async () => {
    double.protectSheet('Sheet1');
    const error = await layerError(insertFormula('=RRP.REGIONS()'));
    expect(error.code).toBe('AccessDenied');
    expect(error.message).toContain('protected');
    expect(double.formulas('Sheet1', 'A1')).toEqual([['']]);
  });
});

describe('the services the task pane is given (src/taskpane/paneServices.ts, what index.tsx passes)', () => {
  it('offers every service of the contract', () => {
    // A type-level check too: paneServices is typed as the pane's contract, so tsc fails if they drift apart.
    const services: PaneServices = paneServices;
    expect(Object.keys(services).sort()).toEqual([
      'appendActuals',
      'appendPlanFigures',
      'appendPlanRows',
      'buildReport',
      'checkActuals',
      'checkPlan',
      'closeMonth',
      'exportBoardPack',
      'insertFormula',
      'loadPlan',
      'readProgress',
      'readSelection',
      'readWorkbookPlanAgain',
      'reportOptions',
      'selectActualsRow',
      'selectProgressRow',
      'subscribeWorkbookPlanStatus',
      'watchActuals',
      'workbookPlanStatus',
    ]);
  });

  it('reaches the workbook through the Excel layer', async () => {
    const loaded = await paneServices.loadPlan({ regions: ['KSS'], editions: 'latest' });
    expect(loaded.changes[0]).toBe('Created sheet RRP Targets with 6 targets.');
    expect(double.table('RRPProgress')?.rowCount).toBe(5);

    double.pasteCells('RRP Actuals', 'A2', [['KSS', 'EMP_6W', 'Sep 2023', 0.18, '', '', '']]);
    double.resetStats();
    const checked = await paneServices.checkActuals();
    expect(double.syncCount).toBe(3);
    expect(checked).toMatchObject({ rowCount: 1, counts: { ok: 1, warnings: 0, errors: 0, missing: 0 } });
    expect(double.tableRows('RRPActuals')[0][7]).toBe('OK');
    expect(checked.progress).toEqual(await paneServices.readProgress());
    expect(checked.progress?.find((i) => i.metric === 'EMP_6W')).toMatchObject({
      region: 'KSS',
      latestMonth: 'September 2023',
      latestActual: 0.18,
    });

    double.setActiveCell('Sheet1', 'B2');
    await paneServices.insertFormula('RRP.REGIONS()');
    expect(double.formulas('Sheet1', 'B2')).toEqual([['=RRP.REGIONS()']]);
    await paneServices.selectActualsRow(1);
    expect(double.selectionAddress()).toBe("'RRP Actuals'!A2:L2");
  });
});
