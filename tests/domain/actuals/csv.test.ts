import { parseActualsCsv } from '../../../src/domain/actuals';

const TODAY = { year: 2025, month: 7 };

describe('parseActualsCsv', () => {
  it('maps columns case-insensitively, checks the rows and lists ignored columns', () => {
    const csv = [
      '\uFEFFregion,METRIC, Month ,Value,numerator,Denominator,Note,Owner',
      'London,EMP_6W,2023-10,16.5%,,,,Sam',
      'KSS,6 week employment,Oct-23,,33,200,checked,Sam',
      'LDN,EMP_6W,2023-11,TBC,,,,',
      'LDN,EMP_6W,2023-12,16.5,,,,',
      'Londn,EMP_6W,2023-12,0.1,,,,',
      '',
      ',,,,,,,',
    ].join('\r\n');
    const { rows, preview, check } = parseActualsCsv(csv, { today: TODAY });
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual({
      Region: 'KSS',
      Metric: '6 week employment',
      Month: 'Oct-23',
      Value: '',
      Numerator: '33',
      Denominator: '200',
      Note: 'checked',
    });
    expect(preview).toEqual({
      layout: 'long',
      rowCount: 5,
      counts: { ok: 2, warnings: 1, errors: 1, missing: 1 },
      ignoredColumns: ['Owner'],
      missingColumns: [],
      problems: [],
    });
    expect(check.rows[4].message).toContain('Did you mean London (LDN)?');
    expect(check.actuals.map((a) => a.value)).toEqual([0.165, 0.165, 0.165]);
  });

  it('reads a CSV without Month but with month columns as a wide block', () => {
    const csv = 'Region,Metric,Apr-23,May-23,Jun-23\nLDN,EMP_6W,0.1,,12%\nKSS,EMP_6W,n/a,0.2,\n';
    const { rows, preview } = parseActualsCsv(csv, { today: TODAY });
    expect(preview.layout).toBe('wide');
    expect(rows.map((r) => [r.Region, r.Month, r.Value])).toEqual([
      ['LDN', 'Apr-23', '0.1'],
      ['LDN', 'Jun-23', '12%'],
      ['KSS', 'Apr-23', 'n/a'],
      ['KSS', 'May-23', '0.2'],
    ]);
    expect(preview.counts).toEqual({ ok: 3, warnings: 0, errors: 0, missing: 1 });
  });

  it('handles quotes, embedded commas and semicolon-separated files', () => {
    const quoted = parseActualsCsv(
      'Region,Metric,Month,Value,Note\n"Kent, Surrey and Sussex",EMP_6W,"Oct 2023",0.2,"said ""ok"""\n',
      { today: TODAY },
    );
    expect(quoted.rows[0].Region).toBe('Kent, Surrey and Sussex');
    expect(quoted.rows[0].Note).toBe('said "ok"');
    expect(quoted.preview.counts.ok).toBe(1);
    const semicolons = parseActualsCsv(
      'Region;Metric;Month;Value\nLDN;EMP_6W;2023-10;0,165\nLDN;EMP_6W;2023-11;16.5%\n',
      { today: TODAY },
    );
    expect(semicolons.rows[1].Value).toBe('16.5%');
    expect(semicolons.check.rows[0].message).toContain('Value "0,165" is not a number.');
  });

  it('reports file problems in plain words and never throws', () => {
    const unclosed = parseActualsCsv('Region,Metric,Month,Value\nLDN,EMP_6W,2023-10,"0.1\n', { today: TODAY });
    expect(unclosed.preview.problems.some((p) => p.includes('never closed'))).toBe(true);
    expect(parseActualsCsv('', { today: TODAY }).preview.problems).toEqual([
      'The file is empty. Its first line should hold the headers Region, Metric, Month, Value, Numerator, Denominator, Note.',
    ]);
    const noHeaders = parseActualsCsv('LDN,EMP_6W,2023-10,0.1\n', { today: TODAY });
    expect(noHeaders.preview.problems[0]).toMatch(/^No Region, Metric and Month column\./);
    expect(noHeaders.rows).toEqual([]);
  });

  it('keeps formula-like cells as data and writes nothing', () => {
    const { rows, check } = parseActualsCsv(
      "Region,Metric,Month,Value,Note\n=cmd|' /C calc'!A0,EMP_6W,2023-10,+0.1,@SUM(A1)\n",
      { today: TODAY },
    );
    expect(rows[0].Region).toBe("=cmd|' /C calc'!A0");
    expect(check.rows[0].message.startsWith('Region "=cmd')).toBe(true);
  });

  it('defaults today to the current month', () => {
    const { preview } = parseActualsCsv('Region,Metric,Month,Value\nLDN,EMP_6W,2099-01,0.1\nLDN,EMP_6W,2020-01,0.1\n');
    expect(preview.counts).toEqual({ ok: 1, warnings: 0, errors: 1, missing: 0 });
  });
});
