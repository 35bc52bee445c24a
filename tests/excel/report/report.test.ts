/**
 * The board report against the Excel double: built in a bounded number of syncs, values not
 * formulas, commentary kept on rebuild, what changed said, history and charts from History's
 * ranges, print setup, closing a month (log, check note, restated), the plans' own figures, and the
 * board pack read back with each chart as a PNG. RRP Actuals is never changed by any of it.
 */
import { appendActuals, checkActualsInWorkbook, loadPlanIntoWorkbook } from '../../../src/excel';
import {
  appendPlanFigures,
  buildReportInWorkbook,
  closeMonthInWorkbook,
  readBoardPack,
  readReportOptions,
} from '../../../src/excel/report';
import { monthFromIso, serialOfDate } from '../../../src/domain/months';
import { HISTORY_COLUMNS } from '../../../src/domain/report/historyTable';
import { REPORT_COL } from '../../../src/domain/report/reportGrid';
import type { ExcelDouble } from '../../excelDouble';
import { doubleForEachTest, layerError, loadKssWithPlanFigures } from '../../support/excelLayer';

const TODAY = { year: 2024, month: 6 };
const MARCH_2023 = monthFromIso('2023-03');
const NOW = new Date(2023, 3, 5, 9, 30); // 5 April 2023, 09:30

let double: ExcelDouble;
const { reinstall } = doubleForEachTest((d) => (double = d));
beforeEach(() => loadKssWithPlanFigures(TODAY));

const reportValues = () => double.values('RRP Report', 'A1:T40');
const rowOf = (values: unknown[][], metricName: string) => values.find((r) => r[2] === metricName) as unknown[];

describe("the plans' own figures", () => {
  it('adds the March 2023 levels of the loaded regions only, each with its sentence, once', async () => {
    const rows = double.tableRows('RRPActuals');
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['KSS', 'EMP_6W', serialOfDate(2023, 3, 1), 0.16],
      ['KSS', 'EMP_6M', serialOfDate(2023, 3, 1), 0.23],
      ['KSS', 'HOUSED_NIGHT1', serialOfDate(2023, 3, 1), 0.91], // "will continue to maintain … at 91%"
      ['KSS', 'SETTLED_3M', serialOfDate(2023, 3, 1), 0.77],
      ['KSS', 'SOI_COMPLETED', serialOfDate(2023, 3, 1), 0.49],
    ]);
    expect(String(rows[0][6])).toContain(
      '"By April 2024, Kent, Surrey and Sussex will increase the proportion employed six weeks after release by 3 percentage points from 16% in March 2023."',
    );
    expect(rows.every((r) => r[7] === 'OK')).toBe(true);
    expect(await appendPlanFigures(appendActuals, TODAY)).toEqual({ added: 0, alreadyThere: 5 });
    expect(double.tableRows('RRPActuals')).toHaveLength(5);
  });

  it('recognises its rows by region, metric, month and source, so an edited Note does not add one again', async () => {
    double.setCells('RRP Actuals', 'G2:G3', [['Checked with HQ (kss-2023-annual-update.txt)'], ["Plan's own figure."]]);
    double.setCells('RRP Actuals', 'A5:C5', [
      ['Kent, Surrey and Sussex', 'settled accommodation 3 months', 'Mar 2023'],
    ]);
    expect(String(double.tableRows('RRPActuals')[0][6])).not.toContain('"'); // the sentence is gone
    expect(await appendPlanFigures(appendActuals, TODAY)).toEqual({ added: 0, alreadyThere: 5 });
    expect(double.tableRows('RRPActuals')).toHaveLength(5);
  });

  it('adds each figure once when two runs overlap', async () => {
    reinstall();
    await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2022, 2023] });
    const runs = await Promise.all([appendPlanFigures(appendActuals, TODAY), appendPlanFigures(appendActuals, TODAY)]);
    expect(runs.map((r) => [r.added, r.alreadyThere])).toEqual([
      [5, 0],
      [0, 5],
    ]);
    expect(double.tableRows('RRPActuals')).toHaveLength(5);
  });
});

describe('building the report', () => {
  it('writes the report, history and charts in 3 syncs, as values, and leaves RRP Actuals alone', async () => {
    const actualsBefore = double.tableRows('RRPActuals');
    double.resetStats();
    const built = await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    expect(double.syncCount).toBe(3);
    expect(built).toEqual({ month: MARCH_2023, lines: 6, restated: 0, historyRows: 5, charts: 5 });
    expect(double.tableRows('RRPActuals')).toEqual(actualsBefore);

    const values = reportValues();
    expect(values[0][0]).toBe('RRP board report: March 2023');
    expect(values[1][0]).toBe(
      'Made 5 April 2023 at 09:30 from the checked rows of RRP Actuals. A snapshot of values, not formulas: it does not change when actuals change.',
    );
    expect(values[2][0]).toBe('Plan editions: Kent, Surrey and Sussex: 2022-25 plan (chosen).');
    expect(values[3][0]).toContain('Open Government Licence v3.0');
    expect(double.formulas('RRP Report', 'A1:T40')).toEqual(values); // a snapshot: no formulas
    const statuses = [
      'Employed six weeks after release',
      'Employed six months after release',
      'Housed on the night after release',
      'Settled accommodation three months after release',
      'Sexual offence interventions completed',
      'Community sentence treatment requirements',
    ].map((m) => rowOf(values, m)[12]);
    expect(statuses).toEqual(['Off track', 'Met', 'Met', 'On track', 'Off track', 'Qualitative']);
    const emp = rowOf(values, 'Employed six weeks after release');
    expect(emp.slice(0, 12)).toEqual([
      serialOfDate(2023, 3, 1),
      'Kent, Surrey and Sussex',
      'Employed six weeks after release',
      '2022-25 plan',
      0.12,
      0.19,
      serialOfDate(2023, 7, 31),
      serialOfDate(2023, 3, 1),
      0.16,
      0.1725,
      0.0125,
      0.03,
    ]);
    expect(values.some((r) => r[1] === 'Kent, Surrey and Sussex: Met 2, On track 1, Off track 2, Qualitative 1')).toBe(
      true,
    );
    expect(values.some((r) => r[0] === 'First build of the March 2023 report.')).toBe(true);

    // Status colours are conditional-format rules on the Status cells; headings repeat when printed.
    const rules = double.conditionalFormats('RRP Report');
    expect(rules.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rules.map((r) => r.address))).toEqual(new Set(["'RRP Report'!M7:M12", "'RRP Report'!N7:O12"]));
    expect(double.pageLayout('RRP Report')).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$6:$6',
      footer: {
        left: 'RRP board report: March 2023',
        center: 'Source: Reducing Reoffending Plan documents (HMPPS). Crown copyright. Open Government Licence v3.0.',
        right: 'Page &P of &N',
      },
    });
    expect(double.styles('RRP Report').some((s) => s.address === "'RRP Report'!A6:T6" && s.fill === '#1F4E79')).toBe(
      true,
    );
  });

  it('fills RRP History and draws one chart per region and metric from its ranges', async () => {
    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    expect(double.table('RRPHistory')).toMatchObject({ sheet: 'RRP History', address: "'RRP History'!A1:P6" });
    // Measured against the edition chosen for the region, as the report is.
    expect(double.tableRows('RRPHistory')[0]).toEqual([
      'KSS',
      'EMP_6W',
      serialOfDate(2023, 3, 1),
      2022,
      0.16,
      0.1725,
      0.19,
      'Off track',
      '',
      '',
      0.16, // one point: its own mean, no limits, too few points to read
      '',
      '',
      'too few points (1 of 12)',
      '',
      '',
    ]);
    const charts = double.charts('RRP Charts');
    expect(charts.map((c) => c.name)).toEqual([
      'RRP KSS EMP_6W',
      'RRP KSS EMP_6M',
      'RRP KSS HOUSED_NIGHT1',
      'RRP KSS SETTLED_3M',
      'RRP KSS SOI_COMPLETED',
    ]);
    expect(charts[0]).toMatchObject({
      type: 'Line',
      title: 'Kent, Surrey and Sussex: employed six weeks after release',
    });
    expect(charts[0].series.map((s) => [s.name, s.source, s.xSource, s.values])).toEqual([
      ['Actual', "'RRP History'!E2", "'RRP History'!C2", [0.16]],
      ['Mean', "'RRP History'!K2", "'RRP History'!C2", [0.16]],
      ['Lower limit', "'RRP History'!L2", "'RRP History'!C2", [undefined]],
      ['Upper limit', "'RRP History'!M2", "'RRP History'!C2", [undefined]],
      ['Trajectory', "'RRP History'!F2", "'RRP History'!C2", [0.1725]],
      ['Target', "'RRP History'!G2", "'RRP History'!C2", [0.19]],
    ]);
  });

  it('marks the series break on charts and notes it in the report and history', async () => {
    double.fillTable(
      'RRPActuals',
      [
        ['KSS', 'EMP_6W', '2024-04', 0.18, '', '', ''],
        ['KSS', 'EMP_6W', '2024-05', 0.1, '', '', ''],
      ],
      4,
    );
    await buildReportInWorkbook({ month: monthFromIso('2024-05') }, NOW, TODAY);
    const [emp] = double.charts('RRP Charts');
    expect(emp.series[0].points).toEqual([
      {
        index: 2,
        markerStyle: 'Triangle',
        markerSize: 10,
        markerBackgroundColor: '#C00000',
        markerForegroundColor: '#C00000',
        hasDataLabel: true,
        dataLabelText: 'Series break: new measures from May 2024',
      },
    ]);
    expect(String(rowOf(reportValues(), 'Employed six weeks after release')[REPORT_COL.notes])).toContain(
      'From May 2024 the published measures changed',
    );
    expect(double.tableRows('RRPHistory')[2][HISTORY_COLUMNS.findIndex((c) => c.header === 'Note')]).toContain(
      'Probation Reset',
    );
  });

  it('keeps the commentary on rebuild and says what changed', async () => {
    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    const row = reportValues().findIndex((r) => r[2] === 'Employed six weeks after release') + 1;
    expect(double.numberFormats('RRP Report', `T${row}`)).toEqual([['@']]); // Commentary is Text: typed as it reads
    double.setCells('RRP Report', `T${row}`, [['- discussed at the April board']]);
    double.setCells('RRP Report', `T${row + 1}`, [['Met already']]);
    double.setCells('RRP Actuals', 'D2', [[0.18]]);
    await checkActualsInWorkbook(TODAY);

    double.resetStats();
    const built = await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    expect(double.syncCount).toBe(3);
    expect(built.changes).toEqual([
      'Kent, Surrey and Sussex, employed six weeks after release: actual restated from 16% (March 2023) to 18% (March 2023).',
      'Kent, Surrey and Sussex, employed six weeks after release: status changed from Off track to On track.',
    ]);
    const values = reportValues();
    expect(rowOf(values, 'Employed six weeks after release')[REPORT_COL.commentary]).toBe(
      '- discussed at the April board',
    );
    expect(double.cell('RRP Report', `T${row}`)?.formula).toBeUndefined(); // kept as text, never a formula
    expect(rowOf(values, 'Employed six months after release')[REPORT_COL.commentary]).toBe('Met already');
    expect(values.some((r) => r[0] === built.changes?.[0])).toBe(true);

    // Another month: March's commentary is not lost (it travels in RRP History, whose row it matches).
    await buildReportInWorkbook({ month: monthFromIso('2023-04') }, NOW, TODAY);
    const history = double.tableRows('RRPHistory');
    expect(history.find((r) => r[1] === 'EMP_6M')?.at(-1)).toBe('Met already');
    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    expect(rowOf(reportValues(), 'Employed six months after release')[REPORT_COL.commentary]).toBe('Met already');
  });

  it('refuses to write over a sheet called RRP Report that is not its own, changing nothing', async () => {
    double.addSheet('RRP Report');
    double.setCells('RRP Report', 'A1', [['My own notes']]);
    const before = double.snapshot();
    const error = await layerError(buildReportInWorkbook({ month: MARCH_2023 }, NOW, TODAY));
    expect(error.message).toBe(
      "The sheet RRP Report is not the add-in's report, so it was left alone and nothing was changed. Rename that sheet and build the report again.",
    );
    expect(double.snapshot()).toEqual(before);
  });

  it('offers the months with a used actual, latest first, and the regions reported', async () => {
    double.fillTable('RRPActuals', [['KSS', 'EMP_6W', '2023-09', 0.17, '', '', '']], 4);
    await checkActualsInWorkbook(TODAY);
    expect(await readReportOptions(TODAY)).toEqual({
      months: [monthFromIso('2023-09'), MARCH_2023],
      regions: [{ region: 'KSS', editions: [2022, 2023], inForce: [2023, 2023] }],
    });
  });
});

describe('closing a month', () => {
  it('logs it, notes a later change in the check, marks the report restated, and keeps the earlier figure', async () => {
    double.resetStats();
    const closed = await closeMonthInWorkbook(
      { region: 'KSS', month: MARCH_2023, analyst: ' Sam Analyst ', note: '=submitted to HQ' },
      NOW,
      TODAY,
    );
    expect(double.syncCount).toBe(3);
    expect(closed).toMatchObject({ region: 'KSS', month: MARCH_2023, rowsUsed: 5 });
    const log = double.tableRows('RRPLog');
    expect(log).toHaveLength(5);
    expect(log[0]).toEqual([
      closed.closedAt,
      'KSS',
      serialOfDate(2023, 3, 1),
      'EMP_6W',
      0.16,
      5,
      'Sam Analyst',
      '=submitted to HQ',
    ]);
    expect(double.cell('RRP Log', 'H2')?.formula).toBeUndefined(); // the note is text, never a formula

    double.setCells('RRP Actuals', 'D2', [[0.17]]);
    await checkActualsInWorkbook(TODAY);
    const rows = double.tableRows('RRPActuals');
    expect(rows[0][7]).toBe('Note: changed after March 2023 was closed on 5 April 2023.');
    expect(rows[1][7]).toBe('OK');
    expect(double.tableRows('RRPLog')[0][4]).toBe(0.16);

    await buildReportInWorkbook({ month: MARCH_2023 }, NOW, TODAY);
    expect(built()).toContain('Restated: changed after March 2023 was closed on 5 April 2023 (was 16%).');
  });

  it('closing a closed month again says when it was closed, by whom, and what changed since', async () => {
    double.setCells('RRP Actuals', 'D4', [['n/a']]); // housed on the night: no figure at the first closing
    await checkActualsInWorkbook(TODAY);
    const first = await closeMonthInWorkbook(
      { region: 'KSS', month: MARCH_2023, analyst: 'Sam', note: '' },
      NOW,
      TODAY,
    );
    expect(first.closedBefore).toBeUndefined();
    const later = new Date(2023, 3, 12, 16, 0);
    const unchanged = await closeMonthInWorkbook(
      { region: 'KSS', month: MARCH_2023, analyst: 'Alex', note: '' },
      later,
      TODAY,
    );
    expect(unchanged.closedBefore).toEqual({ closedAt: first.closedAt, analyst: 'Sam', changes: [] });

    double.setCells('RRP Actuals', 'D2', [[0.17]]);
    double.setCells('RRP Actuals', 'D4', [[0.88]]);
    double.setCells('RRP Actuals', 'D6', [['n/a']]);
    await checkActualsInWorkbook(TODAY);
    const again = await closeMonthInWorkbook(
      { region: 'KSS', month: MARCH_2023, analyst: 'Sam', note: '' },
      new Date(2023, 4, 2, 10, 0),
      TODAY,
    );
    expect(again.closedBefore).toEqual({
      closedAt: unchanged.closedAt,
      analyst: 'Alex',
      changes: [
        'Employed six weeks after release: 16% then, 17% now',
        'Housed on the night after release: no figure then, 88% now',
        'Sexual offence interventions completed: 49% then, no figure used now',
      ],
    });
    expect(double.tableRows('RRPLog')).toHaveLength(4 + 4 + 4); // each closing is logged; the latest is the one in force
  });

  it('asks for a name, as Excel offers no user identity', async () => {
    const error = await layerError(
      closeMonthInWorkbook({ region: 'KSS', month: MARCH_2023, analyst: '  ', note: '' }, NOW, TODAY),
    );
    expect(error.message).toBe('Give your name to close the month: Excel does not tell the add-in who is using it.');
  });
});

const built = (): string => String(rowOf(reportValues(), 'Employed six weeks after release')[REPORT_COL.notes]);

describe('the board pack', () => {
  it('reads the report and history, with each line and monthly series the pack draws from, in 2 syncs', async () => {
    double.fillTable(
      'RRPActuals',
      [
        ['KSS', 'EMP_6W', '2023-01', 0.15, '', '', ''],
        ['KSS', 'EMP_6W', '2023-02', 0.155, '', '', ''],
        ['KSS', 'EMP_6W', '2023-04', 0.17, '', '', ''], // after the report month: in History, not in the month's line
      ],
      5,
    );
    await checkActualsInWorkbook(TODAY);
    await buildReportInWorkbook({ month: MARCH_2023, editions: { KSS: 2022 } }, NOW, TODAY);
    double.resetStats();
    const pack = await readBoardPack();
    expect(double.syncCount).toBe(2);
    expect(pack.month).toBe(MARCH_2023);
    expect(pack.regions).toEqual(['KSS']);
    expect(pack.report.values[0][0]).toBe('RRP board report: March 2023');
    expect(pack.report.styles.some((s) => s.fill === '#FFC7CE')).toBe(true); // Off track in red
    expect(pack.history?.values).toHaveLength(9);
    expect(pack.lines.map((l) => [l.metric, l.actual, l.status])).toEqual([
      ['EMP_6W', 0.16, 'Off track'],
      ['EMP_6M', 0.23, 'Met'],
      ['HOUSED_NIGHT1', 0.91, 'Met'],
      ['SETTLED_3M', 0.77, 'On track'],
      ['SOI_COMPLETED', 0.49, 'Off track'],
      ['CSTR', undefined, 'Qualitative'],
    ]);
    expect(pack.lines[0]).toMatchObject({ actualMonth: MARCH_2023, target: 0.19, deadline: monthFromIso('2023-07') });
    const emp = pack.series.find((s) => s.metric === 'EMP_6W');
    expect(emp?.months).toEqual(['2023-01', '2023-02', '2023-03', '2023-04'].map(monthFromIso));
    expect(emp?.actuals).toEqual([0.15, 0.155, 0.16, 0.17]);
    expect(pack.statusColours['Off track'].fill).toBe('#FFC7CE');
  });

  it('says to build the report first when there is none', async () => {
    expect((await layerError(readBoardPack())).message).toBe(
      'There is no board report to export yet: build the report first.',
    );
  });
});

describe('closing a month before any actual', () => {
  it('logs a month with no rows used, and the first import into the new table is checked against it', async () => {
    reinstall();
    await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2023] });
    const closed = await closeMonthInWorkbook(
      { region: 'KSS', month: MARCH_2023, analyst: 'Sam', note: '' },
      NOW,
      TODAY,
    );
    expect(closed.rowsUsed).toBe(0);
    expect(double.tableRows('RRPLog')).toEqual([
      [closed.closedAt, 'KSS', serialOfDate(2023, 3, 1), '', '', 0, 'Sam', ''],
    ]);
    await appendActuals(
      [{ Region: 'KSS', Metric: 'EMP_6W', Month: 'Mar 2023', Value: 0.16, Numerator: '', Denominator: '', Note: '' }],
      TODAY,
    );
    expect(double.tableRows('RRPActuals')[0][7]).toBe('Note: changed after March 2023 was closed on 5 April 2023.');
  });
});
