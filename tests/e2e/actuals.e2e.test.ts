/**
 * End to end, in headless Chromium: a region pastes a mixed block of monthly actuals into RRP Actuals,
 * the pane checks it (by itself, then on demand), and imports a wide block and a CSV file.
 * Every pasted cell must stay exactly as pasted; only rows that passed count towards progress.
 */
import { describeWithChromium } from '../support/chromium';
import { expectNoHorizontalScroll, openPane, openView, screenshot, tearDown, type PaneSession } from './pane';

const describeInChromium = describeWithChromium('the monthly actuals end-to-end tests');
afterAll(tearDown);

const PASTED = [
  ['YH', 'EMP_6W', 'Sep 2023', 0.175, '', '', 'regional dashboard'],
  ['Yorkshire & the Humber', '6 week employment', '2023-08', '17.2%', '', '', ''],
  ['KSS', 'EMP_6W', 'Oct 2023', 16.5, '', '', ''],
  ['SC', 'EMP_6W', 'Oct 2023', 'TBC', '', '', ''],
  ['Atlantis', 'EMP_6W', 'Oct 2023', 0.2, '', '', ''],
  ['EOE', 'SETTLED_3M', 'Oct 2023', 0.7, '', '', ''],
  ['EOE', 'SETTLED_3M', 'Oct 2023', 0.72, '', '', ''],
  ['YH', 'SETTLED_3M', '2030-01', 0.7, '', '', ''],
  ['YH', 'HOUSED_NIGHT1', 'Oct 2023', '', 45, 50, ''],
];

const EXPECTED_CHECK = [
  /^OK$/,
  /^OK$/,
  /^Note: read 16\.5 as 16\.5%/,
  /^No value given \("TBC"\)/,
  /Region "Atlantis" is not recognised/,
  /Conflicts with row 7/,
  /Conflicts with row 6/,
  /January 2030 is in the future/,
  /^OK$/,
];

describeInChromium('task pane in Chromium: monthly actuals', () => {
  let pane: PaneSession;
  beforeAll(async () => {
    pane = await openPane();
    await pane.page.getByRole('button', { name: 'Load plan data' }).click();
    await pane.page.getByText('Plan data loaded').waitFor();
    await openView(pane.page, 'Actuals');
  });
  afterAll(() => pane?.close());

  const firstDataRow = (): Promise<number> =>
    pane.book((double) => Number(/(\d+):/.exec(double.table('RRPActuals')?.address ?? '')?.[1]) + 1);
  const actualsRows = (): Promise<unknown[][]> => pane.book((double) => double.tableRows('RRPActuals'));
  const header = (): Promise<string[]> => pane.book((double) => double.table('RRPActuals')?.headers ?? []);

  it('checks a pasted block by itself, row by row, and leaves every pasted cell as it was', async () => {
    const row = await firstDataRow();
    await pane.book((double, arg) => double.pasteCells('RRP Actuals', `A${arg.row}`, arg.rows), { row, rows: PASTED });

    // The debounced automatic check writes the Check column and the pane's counts.
    await pane.page.getByText('OK: 3').waitFor({ timeout: 10000 });
    for (const count of ['Warnings: 1', 'Errors: 4', 'Missing: 1']) await pane.page.getByText(count).waitFor();
    const headers = await header();
    const rows = await actualsRows();
    expect(rows).toHaveLength(PASTED.length);
    rows.forEach((r, i) => expect(String(r[headers.indexOf('Check')])).toMatch(EXPECTED_CHECK[i]));
    // Pasted cells are exactly as pasted (the double types them in as Excel would: "17.2%" becomes 0.172).
    const typed = await pane.book((double, arg) => {
      double.addSheet('Typed');
      double.pasteCells('Typed', 'A1', arg);
      return double.values('Typed', `A1:G${arg.length}`);
    }, PASTED);
    expect(rows.map((r) => r.slice(0, 7))).toEqual(typed);

    // Only usable rows fill the add-in's Used columns: the YH 17.5% row, read as a fraction.
    const used = rows.map((r) => r[headers.indexOf('Used value')]);
    expect(used[0]).toBe(0.175);
    expect(used[2]).toBe(0.165);
    expect(used[8]).toBe(0.9);
    for (const i of [3, 4, 5, 6, 7]) expect(used[i]).toBe('');

    // Highlights are conditional-format rules on the table, not painted cells.
    const rules = await pane.book((double) => double.conditionalFormats('RRP Actuals'));
    expect(rules.length).toBeGreaterThanOrEqual(3);
    expect(rules.every((r) => r.address.startsWith("'RRP Actuals'!") || r.address.startsWith('RRP Actuals!'))).toBe(
      true,
    );
  });

  it('checks on demand and steps through the problems, selecting each row in Excel', async () => {
    await pane.page.getByRole('button', { name: 'Check actuals' }).click();
    await pane.page.getByText(/Problem 1 of 6: Row 3 — Note: read 16\.5 as 16\.5%/).waitFor();
    await pane.page.getByRole('button', { name: 'Next' }).click();
    await pane.page.getByText(/Problem 2 of 6: Row 4 — No value given/).waitFor();
    await expectNoHorizontalScroll(pane.page);
    // Problem 2 is data row 4: Excel selects that whole row of the table, and nothing more.
    const row = (await firstDataRow()) + 3;
    const table = await pane.book((double) => double.table('RRPActuals')?.address ?? '');
    const [, sheet, firstColumn, lastColumn] = /^(.+)!([A-Z]+)\d+:([A-Z]+)\d+$/.exec(table) ?? [];
    const wanted = `${sheet}!${firstColumn}${row}:${lastColumn}${row}`;
    // Selecting is a batch of its own (its code loads on the first click): wait for it, up to 10 s.
    await pane.page.waitForFunction(
      (address) =>
        (window as unknown as { excelDouble?: { selectionAddress(): string } }).excelDouble?.selectionAddress() ===
        address,
      wanted,
      { timeout: 10_000 },
    );
  });

  it('uses only rows that passed for progress', async () => {
    await openView(pane.page, 'Progress');
    await pane.page.getByRole('button', { name: 'Refresh' }).click();
    const yorkshire = pane.page.getByRole('region', { name: 'Yorkshire and The Humber' });
    await yorkshire.getByText(/At risk/).waitFor();
    // The 16.5 row passed with a note, so it counts: 16.5% in October 2023 is over 1 pp behind KSS's trajectory.
    await pane.page
      .getByRole('region', { name: 'Kent, Surrey and Sussex' })
      .getByText(/Off track/)
      .first()
      .waitFor();
    await expect(
      pane.page
        .getByRole('region', { name: 'East of England' })
        .getByText(/No actual yet: 5/)
        .count(),
    ).resolves.toBe(1);
    await expectNoHorizontalScroll(pane.page);
    await screenshot(pane.page, 'taskpane-actuals-progress.png');
  });

  it('imports a wide block from the selection, appended after the existing rows', async () => {
    const before = await actualsRows();
    await pane.book((double) => {
      double.addSheet('Regional return');
      double.pasteCells('Regional return', 'A1', [
        ['Region', 'Metric', 'Apr-23', 'May-23'],
        ['South Central', 'Settled accommodation three months after release', 0.78, 0.79],
      ]);
      double.selectRange('Regional return', 'A1:D2');
    });
    await openView(pane.page, 'Actuals');
    await pane.page.getByRole('button', { name: 'Import selection' }).click();
    await pane.page.getByRole('button', { name: 'Append 2 rows' }).click();
    await pane.page.getByText('OK: 5').waitFor();
    const after = await actualsRows();
    expect(after).toHaveLength(before.length + 2);
    expect(after.slice(0, before.length).map((r) => r.slice(0, 7))).toEqual(before.map((r) => r.slice(0, 7)));
  });

  it('imports a CSV file after a preview, keeping formula-like text as text', async () => {
    const before = await actualsRows();
    const csv =
      'Region,Metric,Month,Value,Note\nKSS,SETTLED_3M,Oct 2023,78%,"=HYPERLINK(""http://example.org"")"\nLDN,EMP_6W,Oct 2023,0.2,\n';
    await pane.page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'october.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await pane.page.getByRole('button', { name: 'Append 2 rows' }).waitFor();
    await expectNoHorizontalScroll(pane.page);
    await screenshot(pane.page, 'taskpane-actuals.png');
    expect(await actualsRows()).toHaveLength(before.length);
    await pane.page.getByRole('button', { name: 'Append 2 rows' }).click();
    await pane.page.getByText('OK: 7').waitFor();
    const appended = await pane.book((double) => {
      const rows = double.tableRows('RRPActuals');
      const info = double.table('RRPActuals');
      const lastRow = Number(/:[A-Z]+(\d+)$/.exec(info?.address ?? '')?.[1]);
      return { rows, note: double.cell('RRP Actuals', `G${lastRow - 1}`) };
    });
    expect(appended.rows).toHaveLength(before.length + 2);
    expect(appended.note?.value).toBe('=HYPERLINK("http://example.org")');
    expect(appended.note?.formula).toBeUndefined(); // text, not a formula
  });
});
