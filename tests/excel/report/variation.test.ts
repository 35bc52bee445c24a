/**
 * Signal and noise in the workbook, against the Excel double: RRP History's periods (a new one at the
 * series break by default, the analyst's New period entries kept on rebuild), the XmR charts, the
 * report's Variation and Assurance, and RRP Summary.
 */
import { loadPlanIntoWorkbook } from '../../../src/excel';
import { buildReportInWorkbook } from '../../../src/excel/report';
import { HISTORY_COLUMNS } from '../../../src/domain/report/historyTable';
import { REPORT_COL } from '../../../src/domain/report/reportGrid';
import { monthFromIso } from '../../../src/domain/months';
import type { ExcelDouble } from '../../excelDouble';
import { installedDouble } from '../../support/excelLayer';

const TODAY = { year: 2025, month: 5 };
const APRIL_2025 = monthFromIso('2025-04');
const NOW = new Date(2025, 4, 2, 9, 0);
const col = (header: string): number => HISTORY_COLUMNS.findIndex((c) => c.header === header);
/** Column letter of a History column (fewer than 26). */
const letter = (header: string): string => String.fromCharCode(65 + col(header));

let double: ExcelDouble;
let restore: () => void;

/** Employed six weeks after release: 12 months from May 2023 around 16%, then 12 from May 2024 around 21%. */
const actuals = Array.from({ length: 24 }, (_, i) => {
  const month = new Date(2023, 4 + i, 1);
  const iso = `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
  return ['KSS', 'EMP_6W', iso, (i < 12 ? 0.16 : 0.21) + (i % 2 ? -0.005 : 0.005), '', '', ''];
});

beforeEach(async () => {
  ({ double, restore } = installedDouble());
  await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2023] });
  double.fillTable('RRPActuals', actuals);
});
afterEach(() => restore());

const build = () => buildReportInWorkbook({ month: APRIL_2025 }, NOW, TODAY);
const history = () => double.tableRows('RRPHistory').filter((r) => r[1] === 'EMP_6W');
const reportLine = () => double.values('RRP Report', 'A1:T40').find((r) => r[2] === 'Employed six weeks after release');

describe('signal and noise in the workbook', () => {
  it('starts a new period at the series break: each period its own mean and limits, in the same 3 syncs', async () => {
    double.resetStats();
    await build();
    expect(double.syncCount).toBe(3);
    expect(double.dataValidations('RRP History')).toHaveLength(1); // the prompt is set once, not stacked
    const rows = history();
    expect(rows).toHaveLength(24);
    expect(rows.map((r) => r[col('New period')])).toEqual([
      ...Array(12).fill(''),
      'Series break',
      ...Array(11).fill(''),
    ]);
    expect(rows[11][col('Mean')]).toBeCloseTo(0.16, 10);
    expect(rows[12][col('Mean')]).toBeCloseTo(0.21, 10);
    expect(rows[12][col('Upper limit')]).toBeCloseTo(0.21 + 2.66 * 0.01, 10);
    expect(rows[12][col('Lower limit')]).toBeCloseTo(0.21 - 2.66 * 0.01, 10);
    expect(new Set(rows.map((r) => r[col('Signal')]))).toEqual(new Set(['○ Common cause: no signal']));
    // Selecting a New period cell says what to type there.
    const [prompt] = double.dataValidations('RRP History');
    expect(prompt.address).toBe(`'RRP History'!${letter('New period')}2:${letter('New period')}25`);
    expect(prompt.prompt).toMatchObject({ title: 'New period', showPrompt: true });

    const line = reportLine() as unknown[];
    expect(line[REPORT_COL.variation]).toBe('○ Common cause: no signal');
    expect(line[REPORT_COL.assurance]).toBe('± Hit and miss: the target is within the limits');
    // The metrics with no actuals have neither.
    const settled = double
      .values('RRP Report', 'A1:T40')
      .find((r) => r[2] === 'Settled accommodation three months after release');
    expect(settled?.[REPORT_COL.variation]).toBe('');
  });

  it('draws each series as an XmR chart: actual, mean, limits, trajectory and target from History', async () => {
    await build();
    const [emp] = double.charts('RRP Charts');
    expect(emp.series.map((s) => [s.name, s.source])).toEqual([
      ['Actual', "'RRP History'!E2:E25"],
      ['Mean', `'RRP History'!${letter('Mean')}2:${letter('Mean')}25`],
      ['Lower limit', `'RRP History'!${letter('Lower limit')}2:${letter('Lower limit')}25`],
      ['Upper limit', `'RRP History'!${letter('Upper limit')}2:${letter('Upper limit')}25`],
      ['Trajectory', "'RRP History'!F2:F25"],
      ['Target', "'RRP History'!G2:G25"],
    ]);
    // Told apart by line style as well as colour: limits dashed grey, as Making Data Count draws them.
    expect(emp.series.map((s) => s.line?.lineStyle)).toEqual([
      'Continuous',
      'Continuous',
      'Dash',
      'Dash',
      'Dot',
      'DashDot',
    ]);
    expect(emp.series[2].line?.color).toBe('#7B7D7D');
    expect(emp.series[1].values[0]).toBeCloseTo(0.16, 10);
    expect(emp.series[1].values[23]).toBeCloseTo(0.21, 10);
    // No special causes: only the series break is marked.
    expect(emp.series[0].points.map((p) => p.index)).toEqual([12]);
  });

  it("keeps the analyst's New period entries: No at the break makes one period and the shift a signal", async () => {
    await build();
    const breakRow = 2 + 12; // header, then the 13th month
    double.setCells('RRP History', `${letter('New period')}${breakRow}`, [['No']]);
    double.setCells('RRP History', `${letter('New period')}${breakRow + 3}`, [['  ']]);
    double.resetStats();
    await build();
    expect(double.syncCount).toBe(3);
    expect(double.dataValidations('RRP History')).toHaveLength(1); // the prompt is set once, not stacked
    const rows = history();
    expect(rows[12][col('New period')]).toBe('No');
    expect(rows[0][col('Mean')]).toBeCloseTo(0.185, 10);
    expect(rows[12][col('Signal')]).toBe('↑ Special cause: improvement');
    expect(rows[0][col('Signal')]).toBe('↓ Special cause: concern');
    expect((reportLine() as unknown[])[REPORT_COL.variation]).toBe('↑ Special cause: improvement');

    // Special causes are marked on the chart by shape and colour (the break point keeps its own marker).
    const [emp] = double.charts('RRP Charts');
    const markers = emp.series[0].points;
    expect(markers.filter((p) => p.markerStyle === 'Circle').map((p) => p.index)).toEqual(
      Array.from({ length: 11 }, (_, i) => 13 + i),
    );
    expect(markers.filter((p) => p.markerStyle === 'Square')).toHaveLength(12);

    // Yes elsewhere starts a period there; the entries travel with their month.
    double.setCells('RRP History', `${letter('New period')}${breakRow}`, [['']]);
    double.setCells('RRP History', `${letter('New period')}${2 + 18}`, [['Yes']]);
    await build();
    const again = history();
    expect(again[12][col('New period')]).toBe('Series break');
    expect(again[18][col('New period')]).toBe('Yes');
    expect((reportLine() as unknown[])[REPORT_COL.variation]).toBe('too few points (6 of 12)');
    expect((reportLine() as unknown[])[REPORT_COL.assurance]).toBe('too few points (6 of 12)');
  });

  it('writes RRP Summary: one row per region, variation and assurance per metric', async () => {
    await build();
    expect(double.table('RRPSummary')).toMatchObject({ sheet: 'RRP Summary', address: "'RRP Summary'!A1:N2" });
    const [header] = double.values('RRP Summary', 'A1:N1');
    expect(header.slice(0, 4)).toEqual([
      'Region',
      'Month',
      'Employed six weeks after release: variation',
      'Employed six weeks after release: assurance',
    ]);
    const [row] = double.tableRows('RRPSummary');
    expect(row.slice(0, 6)).toEqual([
      'Kent, Surrey and Sussex',
      double.values('RRP History', 'C25')[0][0],
      '○ Common cause: no signal',
      '± Hit and miss: the target is within the limits',
      'No actual yet',
      'No actual yet',
    ]);
    // Colour is a second cue only: rules on the words.
    expect(double.conditionalFormats('RRP Summary').map((r) => r.address)).toContain("'RRP Summary'!C2:N2");
  });

  it("leaves the analyst's own RRP Summary sheet alone and rebuilds its own where it is", async () => {
    double.addSheet('RRP Summary');
    double.setCells('RRP Summary', 'A1', [['My own summary']]);
    await build();
    expect(double.values('RRP Summary', 'A1')).toEqual([['My own summary']]);
    expect(double.table('RRPSummary')?.sheet).toBe('RRP Summary (2)');
    await build();
    expect(double.table('RRPSummary')?.sheet).toBe('RRP Summary (2)');
    expect(double.values('RRP Summary', 'A1')).toEqual([['My own summary']]);
  });
});
