/** @jest-environment jsdom */
/**
 * The task pane's Actuals view against fake services: checking on demand and automatically (also
 * while another view is shown), stepping through problems, importing a selection or a CSV file through a preview, year-to-date in
 * the progress summary, keyboard use and axe.
 */
import '../support/jsdomSetup';
import { TextEncoder as NodeTextEncoder } from 'util';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, screen, waitFor, within } from '@testing-library/react';
import { monthIndexOf } from '../../src/domain/months';
import { ACTUALS_DELETED } from '../../src/excel';
import type { ActualsCheckSummary, ActualsRow, CellValue } from '../../src/taskpane/services';
import {
  button,
  deferred,
  isDisabled,
  NO_ACTUALS,
  openView,
  openViewWithKeys,
  paneRenderer,
  seriousViolations,
  shownPanel,
  tabTo,
  viewRenderer,
} from '../support/paneFakes';

// jest applies only the top-level testTimeout, not a project's (the unit project's 30 s never reaches
// these tests), and a pane test that switches views can pass 5 s on a loaded machine.

const CHECKED: ActualsCheckSummary = {
  rowCount: 40,
  counts: { ok: 36, warnings: 1, errors: 2, missing: 1 },
  problems: [
    { row: 3, status: 'error', message: 'Region "Londn" is not recognised. Did you mean London (LDN)?' },
    { row: 14, status: 'warning', message: 'Note: read 16.5 as 16.5%.' },
    { row: 20, status: 'missing', message: 'No value given (TBC): the row is kept but not used.' },
    { row: 31, status: 'error', message: 'October 2030 is in the future.' },
  ],
};

const ALL_OK: ActualsCheckSummary = {
  rowCount: 12,
  counts: { ok: 12, warnings: 0, errors: 0, missing: 0 },
  problems: [],
};

/** A wide block as an analyst might select it: months across, a total column, a blank and a TBC. */
const WIDE_BLOCK: CellValue[][] = [
  ['Region', 'Metric', 'Apr-23', 'May-23', 'Jun-23', 'Total'],
  ['KSS', 'EMP_6W', 0.1, 0.12, '', 0.22],
  ['YH', 'EMP_6W', '15%', 'TBC', 0.17, 0.32],
];

const WIDE_ROWS: ActualsRow[] = [
  { Region: 'KSS', Metric: 'EMP_6W', Month: 'Apr-23', Value: 0.1, Numerator: '', Denominator: '', Note: '' },
  { Region: 'KSS', Metric: 'EMP_6W', Month: 'May-23', Value: 0.12, Numerator: '', Denominator: '', Note: '' },
  { Region: 'YH', Metric: 'EMP_6W', Month: 'Apr-23', Value: '15%', Numerator: '', Denominator: '', Note: '' },
  { Region: 'YH', Metric: 'EMP_6W', Month: 'May-23', Value: 'TBC', Numerator: '', Denominator: '', Note: '' },
  { Region: 'YH', Metric: 'EMP_6W', Month: 'Jun-23', Value: 0.17, Numerator: '', Denominator: '', Note: '' },
];

const CSV = [
  'Region,Metric,Month,Value,Numerator,Denominator,Regoin',
  'KSS,EMP_6W,2023-04,,30,200,x',
  'YH,EMP_6W,Apr-23,16.5%,,,',
  'YH,EMP_6W,2023-13,0.2,,,',
  '',
].join('\r\n');

const renderPane = paneRenderer({
  changes: ['Added the RRP Actuals table.'],
  progress: [],
  checked: CHECKED,
  selection: WIDE_BLOCK,
});

/** The pane, showing its Actuals view. */
const renderActuals = viewRenderer(renderPane, 'Actuals');
const toggle = (): HTMLInputElement => screen.getByRole('checkbox', { name: 'Automatic checking' });
const counts = (label: string | RegExp): string[] =>
  within(screen.getByRole('list', { name: label }))
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
const tableCounts = (): string[] => counts('RRP Actuals rows by check result');
const previewCounts = (): string[] => counts('Rows found by check result');
const problemText = (): string => screen.getByText(/^Problem \d+ of \d+:/).textContent ?? '';
const csvFile = (text: string, name = 'actuals.csv'): File => new File([text], name, { type: 'text/csv' });

describe('Check actuals', () => {
  it('shows the counts in words and steps through the problems, selecting each row; Previous and Next stop at the ends', async () => {
    const { services, user } = await renderActuals();
    expect(screen.getByText('Not checked yet.')).toBeTruthy();

    await user.click(button('Check actuals'));
    expect(services.checkActuals).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Checked 40 rows.')).toBeTruthy();
    expect(tableCounts()).toEqual(['OK: 36', 'Warnings: 1', 'Errors: 2', 'Missing: 1']);

    expect(problemText()).toBe('Problem 1 of 4: Row 3 — Region "Londn" is not recognised. Did you mean London (LDN)?');
    expect(isDisabled(button('Previous'))).toBe(true);
    await user.click(button('Previous'));
    expect(services.selectActualsRow).not.toHaveBeenCalled();

    await user.click(button('Go to row 3'));
    expect(services.selectActualsRow).toHaveBeenLastCalledWith(3);

    await user.click(button('Next'));
    expect(services.selectActualsRow).toHaveBeenLastCalledWith(14);
    expect(problemText()).toBe('Problem 2 of 4: Row 14 — Note: read 16.5 as 16.5%.');
    await user.click(button('Next'));
    await user.click(button('Next'));
    expect(services.selectActualsRow.mock.calls.map(([row]) => row)).toEqual([3, 14, 20, 31]);
    expect(problemText()).toBe('Problem 4 of 4: Row 31 — October 2030 is in the future.');
    expect(isDisabled(button('Next'))).toBe(true);
    await user.click(button('Next'));
    expect(services.selectActualsRow).toHaveBeenCalledTimes(4);

    await user.click(button('Previous'));
    expect(services.selectActualsRow).toHaveBeenLastCalledWith(20);
    expect(problemText()).toMatch(/^Problem 3 of 4: Row 20 — No value given/);
    // The problem's kind in words ("Missing"), beside the count pills ("Missing: 1").
    expect(screen.getByText('Missing')).toBeTruthy();
  });

  it('says every row is OK when there are no problems, and that the table is empty when it has no rows', async () => {
    const { services, user } = await renderActuals((s) => s.checkActuals.mockResolvedValueOnce(ALL_OK));
    await user.click(button('Check actuals'));
    expect(await screen.findByText('No problems: every row is OK.')).toBeTruthy();
    expect(tableCounts()).toEqual(['OK: 12', 'Warnings: 0', 'Errors: 0', 'Missing: 0']);
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();

    services.checkActuals.mockResolvedValueOnce(NO_ACTUALS);
    await user.click(button('Check actuals'));
    expect(await screen.findByText(/^RRP Actuals has no rows yet\./)).toBeTruthy();
  });

  it('shows why a check or a selection failed', async () => {
    const { services, user } = await renderActuals((s) => {
      s.checkActuals.mockRejectedValueOnce(
        new Error('There is no RRP Actuals table in this workbook. Load plan data first.'),
      );
      s.selectActualsRow.mockRejectedValue(
        new Error('RRP Actuals has fewer rows than before. Choose Check actuals again.'),
      );
    });
    await user.click(button('Check actuals'));
    expect(
      await screen.findByText('There is no RRP Actuals table in this workbook. Load plan data first.'),
    ).toBeTruthy();

    await user.click(button('Check actuals'));
    expect(await screen.findByText('Checked 40 rows.')).toBeTruthy();
    expect(screen.queryByText(/no RRP Actuals table/)).toBeNull();
    await user.click(button('Next'));
    expect(services.selectActualsRow).toHaveBeenCalledWith(14);
    expect(await screen.findByText('RRP Actuals has fewer rows than before. Choose Check actuals again.')).toBeTruthy();
  });

  it('shows the button as busy while checking and checks once', async () => {
    const pending = deferred<ActualsCheckSummary>();
    const { services, user } = await renderActuals((s) => s.checkActuals.mockReturnValueOnce(pending.promise));
    await user.click(button('Check actuals'));
    const busy = button('Checking…');
    expect(isDisabled(busy)).toBe(true);
    await user.click(busy);
    expect(services.checkActuals).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve(ALL_OK));
    expect(screen.getByText('Checked 12 rows.')).toBeTruthy();
  });
});

describe('Automatic checking', () => {
  it('starts watching once on mount; each summary updates the same display; stops on unmount', async () => {
    const { services, watchers, unsubscribe, user, unmount } = await renderActuals();
    expect(services.watchActuals).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('checkbox', { name: 'Automatic checking' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Rows are checked whenever the table changes.')).toBeTruthy();

    await act(async () => watchers[0].onChecked(CHECKED));
    expect(screen.getByText('Checked 40 rows automatically after the table changed.')).toBeTruthy();
    expect(tableCounts()).toEqual(['OK: 36', 'Warnings: 1', 'Errors: 2', 'Missing: 1']);
    expect(problemText()).toMatch(/^Problem 1 of 4: Row 3 — /);

    // The stepper keeps its place in the table when a new summary comes: the analyst fixed row 14.
    await user.click(button('Next'));
    expect(problemText()).toMatch(/^Problem 2 of 4: Row 14 — /);
    await act(async () =>
      watchers[0].onChecked({
        rowCount: 40,
        counts: { ok: 37, warnings: 0, errors: 2, missing: 1 },
        problems: CHECKED.problems.filter((p) => p.row !== 14),
      }),
    );
    expect(tableCounts()).toEqual(['OK: 37', 'Warnings: 0', 'Errors: 2', 'Missing: 1']);
    expect(problemText()).toMatch(/^Problem 2 of 3: Row 20 — /);

    await act(async () => watchers[0].onError('Excel could not check RRP Actuals just now: the sheet is protected.'));
    expect(screen.getByText('Excel could not check RRP Actuals just now: the sheet is protected.')).toBeTruthy();
    // A failed check on demand is out of date once a later summary arrives.
    services.checkActuals.mockRejectedValueOnce(new Error('Excel is busy editing a cell.'));
    await user.click(button('Check actuals'));
    expect(await screen.findByText('Excel is busy editing a cell.')).toBeTruthy();
    await act(async () => watchers[0].onChecked(CHECKED));
    expect(screen.queryByText('Excel is busy editing a cell.')).toBeNull();
    expect(screen.queryByText(/the sheet is protected/)).toBeNull();

    // Checking on demand still works while watching, and no second watch starts.
    await user.click(button('Check actuals'));
    expect(await screen.findByText('Checked 40 rows.')).toBeTruthy();
    expect(services.watchActuals).toHaveBeenCalledTimes(1);
    expect(services.checkActuals).toHaveBeenCalledTimes(2);
    expect(unsubscribe).not.toHaveBeenCalled();

    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('keeps checking while another view is shown, and shows the latest check on coming back', async () => {
    const { services, watchers, unsubscribe, user } = await renderPane();
    // The pane opens on Plan, yet checking starts at once: the Actuals view is there, hidden.
    expect(services.watchActuals).toHaveBeenCalledTimes(1);
    await openView(user, 'Actuals');
    await act(async () => watchers[0].onChecked(CHECKED));
    await user.click(button('Next'));
    expect(problemText()).toMatch(/^Problem 2 of 4: Row 14 — /);

    await openView(user, 'Functions');
    expect(screen.queryByRole('checkbox', { name: 'Automatic checking' })).toBeNull();
    await act(async () =>
      watchers[0].onChecked({
        rowCount: 41,
        counts: { ok: 37, warnings: 1, errors: 2, missing: 1 },
        problems: CHECKED.problems,
      }),
    );
    await openView(user, 'Plan');

    await openView(user, 'Actuals');
    expect((screen.getByRole('checkbox', { name: 'Automatic checking' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Rows are checked whenever the table changes.')).toBeTruthy();
    expect(screen.getByText('Checked 41 rows automatically after the table changed.')).toBeTruthy();
    expect(tableCounts()).toEqual(['OK: 37', 'Warnings: 1', 'Errors: 2', 'Missing: 1']);
    expect(problemText()).toMatch(/^Problem 2 of 4: Row 14 — /);
    expect(services.watchActuals).toHaveBeenCalledTimes(1);
    expect(unsubscribe).not.toHaveBeenCalled();
  });

  it('stops a watch that starts only after the pane has gone', async () => {
    const start = deferred<() => Promise<void>>();
    const late = jest.fn(async () => {});
    const { services, unmount } = await renderPane((s) => s.watchActuals.mockReturnValueOnce(start.promise));
    expect(services.watchActuals).toHaveBeenCalledTimes(1);
    unmount();
    await act(async () => start.resolve(late));
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('shows only a quiet hint when watching cannot start, keeps Check actuals working, and starts watching once the table is there', async () => {
    const { services, user } = await renderActuals((s) =>
      s.watchActuals.mockRejectedValueOnce(new Error('There is no RRP Actuals table yet.')),
    );
    expect(screen.getByText('Not checking automatically yet. There is no RRP Actuals table yet.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('.fui-MessageBar')).toBeNull();
    expect((screen.getByRole('checkbox', { name: 'Automatic checking' }) as HTMLInputElement).checked).toBe(false);

    await user.click(button('Check actuals'));
    expect(await screen.findByText('Checked 40 rows.')).toBeTruthy();
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(2));
    expect(await screen.findByText('Rows are checked whenever the table changes.')).toBeTruthy();
  });

  it('treats a watch that throws at once like one that rejects', async () => {
    const { services, user } = await renderActuals((s) =>
      s.watchActuals.mockImplementationOnce(() => {
        throw new Error('Excel is not available here.');
      }),
    );
    expect(screen.getByText('Not checking automatically yet. Excel is not available here.')).toBeTruthy();
    await user.click(button('Check actuals'));
    expect(await screen.findByText('Checked 40 rows.')).toBeTruthy();
    expect(services.checkActuals).toHaveBeenCalledTimes(1);
  });

  it('tries to start watching again after plan data is loaded', async () => {
    const { services, user } = await renderPane((s) =>
      s.watchActuals.mockRejectedValueOnce(new Error('There is no RRP Actuals table yet.')),
    );
    await user.click(button('Load plan data'));
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(2));
  });

  it('starts watching again after every load, saying "on" only once the new watch listens', async () => {
    const again = deferred<() => Promise<void>>();
    const { services, unsubscribe, user } = await renderPane();
    expect(await screen.findByText('Rows are checked whenever the table changes.')).toBeTruthy();
    services.watchActuals.mockReturnValueOnce(again.promise);
    // The analyst deleted RRP Actuals; the load makes it afresh, and Excel would never call the old handler.
    await user.click(button('Load plan data'));
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(2));
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Rows are checked whenever the table changes.')).toBeNull();
    await act(async () => again.resolve(jest.fn(async () => {})));
    expect(await screen.findByText('Rows are checked whenever the table changes.')).toBeTruthy();
  });

  it('turns off and says so when RRP Actuals is deleted, and starts again when a load makes the table again', async () => {
    const { services, watchers, unsubscribe, user } = await renderActuals();
    expect(toggle().checked).toBe(true);
    await act(async () => watchers[0].onChecked(CHECKED));

    await act(async () => watchers[0].onStopped(ACTUALS_DELETED));
    expect(toggle().checked).toBe(false);
    // In a live region, so a screen reader announces it.
    expect(within(screen.getByRole('status', { name: 'Automatic checking' })).getByText(ACTUALS_DELETED)).toBeTruthy();
    expect(screen.queryByText('Rows are checked whenever the table changes.')).toBeNull();
    expect(unsubscribe).not.toHaveBeenCalled(); // the watch stopped itself: nothing left to stop
    expect(services.watchActuals).toHaveBeenCalledTimes(1);

    await openView(user, 'Plan');
    await user.click(button('Load plan data'));
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(2));
    await openView(user, 'Actuals');
    expect(await screen.findByText('Rows are checked whenever the table changes.')).toBeTruthy();
    expect(toggle().checked).toBe(true);
    expect(screen.queryByText(ACTUALS_DELETED)).toBeNull();
    await act(async () => watchers[1].onChecked(ALL_OK));
    expect(screen.getByText('Checked 12 rows automatically after the table changed.')).toBeTruthy();
    expect(unsubscribe).not.toHaveBeenCalled();
  });

  it('after RRP Actuals is deleted, switching automatic checking on tries again, and starts once the table is back', async () => {
    const { services, watchers, user } = await renderActuals();
    await act(async () => watchers[0].onStopped(ACTUALS_DELETED));
    services.watchActuals.mockRejectedValueOnce(
      new Error('There is no RRP Actuals table yet: load the plan data first.'),
    );
    await user.click(toggle());
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(2));
    expect(
      await screen.findByText(
        'Not checking automatically yet. There is no RRP Actuals table yet: load the plan data first.',
      ),
    ).toBeTruthy();
    expect(toggle().checked).toBe(false);

    // The analyst undid the deletion in Excel.
    await user.click(toggle());
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(3));
    expect(await screen.findByText('Rows are checked whenever the table changes.')).toBeTruthy();
    expect(toggle().checked).toBe(true);
  });

  it('can be switched off and on', async () => {
    const { services, unsubscribe, user } = await renderActuals();
    const toggle = screen.getByRole('checkbox', { name: 'Automatic checking' });
    await user.click(toggle);
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Choose Check actuals after pasting rows.')).toBeTruthy();
    await user.click(toggle);
    await waitFor(() => expect(services.watchActuals).toHaveBeenCalledTimes(2));
    expect((toggle as HTMLInputElement).checked).toBe(true);
  });
});

describe('Import selection', () => {
  it('previews a wide block without writing, then appends its long rows on confirm', async () => {
    const { services, user } = await renderActuals((s) => s.appendActuals.mockResolvedValue(ALL_OK));
    await user.click(button('Import selection'));
    expect(services.readSelection).toHaveBeenCalledTimes(1);

    const preview = await screen.findByRole('region', { name: 'Preview of the selection' });
    expect(
      within(preview).getByText('Read as a wide block: months across the columns, one row for each filled month cell.'),
    ).toBeTruthy();
    expect(within(preview).getByText('5 rows found.')).toBeTruthy();
    expect(previewCounts()).toEqual(['OK: 4', 'Warnings: 0', 'Errors: 0', 'Missing: 1']);
    expect(
      within(preview).getByText(/^Header "Total" \(column 6\) is not a month, so its 2 values were skipped\./),
    ).toBeTruthy();
    // Focus moves to the preview, so keyboard and screen-reader users land on it.
    expect(document.activeElement).toBe(within(preview).getByRole('heading', { name: 'Preview of the selection' }));
    expect(services.appendActuals).not.toHaveBeenCalled();

    await user.click(within(preview).getByRole('button', { name: 'Append 5 rows' }));
    expect(services.appendActuals).toHaveBeenCalledTimes(1);
    expect(services.appendActuals).toHaveBeenCalledWith(WIDE_ROWS);
    expect(await screen.findByText('Appended 5 rows to RRP Actuals.')).toBeTruthy();
    expect(screen.getByText('Checked 12 rows after appending 5 rows.')).toBeTruthy();
    expect(tableCounts()).toEqual(['OK: 12', 'Warnings: 0', 'Errors: 0', 'Missing: 0']);
    expect(screen.queryByRole('region', { name: 'Preview of the selection' })).toBeNull();
    expect(document.activeElement).toBe(button('Import selection'));
  });

  it('appends nothing on Cancel', async () => {
    const { services, user } = await renderActuals();
    await user.click(button('Import selection'));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: /^Preview of/ })).toBeNull();
    expect(screen.getByText('Import cancelled: nothing was appended.')).toBeTruthy();
    expect(services.appendActuals).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Import selection'));
  });

  it('reads a long selection, skipping empty rows', async () => {
    const { services, user } = await renderActuals((s) =>
      s.readSelection.mockResolvedValue([
        ['Region', 'Metric', 'Month', 'Value', 'Check'],
        ['KSS', 'EMP_6W', 'Apr 2023', 0.1, 'OK'],
        ['', '', '', '', ''],
        ['KSS', 'EMP_6W', 'Apr 2023', 0.2, ''],
      ]),
    );
    await user.click(button('Import selection'));
    const preview = await screen.findByRole('region', { name: 'Preview of the selection' });
    expect(within(preview).getByText('Read as a long table: one actual per row.')).toBeTruthy();
    expect(within(preview).getByText('2 rows found.')).toBeTruthy();
    expect(previewCounts()).toEqual(['OK: 0', 'Warnings: 0', 'Errors: 2', 'Missing: 0']);
    expect(within(preview).getByText('Column "Check" will be ignored: checking writes it afresh.')).toBeTruthy();
    expect(within(preview).getByText('1 empty row will be skipped.')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Append 2 rows' }));
    expect(services.appendActuals.mock.calls[0][0].map((r) => r.Value)).toEqual([0.1, 0.2]);
  });

  it('offers no Append when nothing could be read, and says why', async () => {
    const { services, user } = await renderActuals((s) =>
      s.readSelection.mockResolvedValue([
        ['Area', 'Metric', 'Apr-23'],
        ['LDN', 'EMP_6W', 0.1],
      ]),
    );
    await user.click(button('Import selection'));
    const preview = await screen.findByRole('region', { name: 'Preview of the selection' });
    expect(within(preview).getByText('No rows to append.')).toBeTruthy();
    expect(within(preview).getByText(/^No Region and Month column\./)).toBeTruthy();
    expect(within(preview).queryByRole('button', { name: /^Append/ })).toBeNull();
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(services.appendActuals).not.toHaveBeenCalled();
  });

  it('shows why reading the selection or appending failed, keeping the preview to try again', async () => {
    const { services, user } = await renderActuals((s) => {
      s.readSelection.mockRejectedValueOnce(new Error('Select the cells to import first.'));
      s.appendActuals.mockRejectedValueOnce(
        new Error('Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.'),
      );
    });
    await user.click(button('Import selection'));
    expect(await screen.findByText('Select the cells to import first.')).toBeTruthy();

    await user.click(button('Import selection'));
    expect(screen.queryByText('Select the cells to import first.')).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Append 5 rows' }));
    expect(
      await screen.findByText('Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.'),
    ).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Preview of the selection' })).toBeTruthy();

    await user.click(button('Append 5 rows'));
    expect(services.appendActuals).toHaveBeenCalledTimes(2);
    expect(await screen.findByText('Appended 5 rows to RRP Actuals.')).toBeTruthy();
  });

  it('appends once however often Append is pressed while appending', async () => {
    const pending = deferred<ActualsCheckSummary>();
    const { services, user } = await renderActuals((s) => s.appendActuals.mockReturnValueOnce(pending.promise));
    await user.click(button('Import selection'));
    await user.click(await screen.findByRole('button', { name: 'Append 5 rows' }));
    const busy = button('Appending…');
    expect(isDisabled(busy)).toBe(true);
    await user.click(busy);
    expect(isDisabled(button('Cancel'))).toBe(true);
    expect(services.appendActuals).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve(ALL_OK));
    expect(screen.getByText('Appended 5 rows to RRP Actuals.')).toBeTruthy();
  });
});

describe('Import CSV', () => {
  it('previews a chosen file with its counts and notes, and appends on confirm', async () => {
    const { services, user } = await renderActuals((s) => s.appendActuals.mockResolvedValue(ALL_OK));
    const input = screen.getByLabelText('Import CSV…') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.csv,text/csv');

    await user.upload(input, csvFile(CSV, 'kss-april.csv'));
    const preview = await screen.findByRole('region', { name: 'Preview of kss-april.csv' });
    expect(within(preview).getByText('Read as a long table: one actual per row.')).toBeTruthy();
    expect(within(preview).getByText('3 rows found.')).toBeTruthy();
    expect(previewCounts()).toEqual(['OK: 2', 'Warnings: 0', 'Errors: 1', 'Missing: 0']);
    expect(within(preview).getByText('Column "Regoin" was not recognised and will be ignored.')).toBeTruthy();
    expect(services.appendActuals).not.toHaveBeenCalled();

    await user.click(within(preview).getByRole('button', { name: 'Append 3 rows' }));
    expect(services.appendActuals).toHaveBeenCalledWith([
      { Region: 'KSS', Metric: 'EMP_6W', Month: '2023-04', Value: '', Numerator: '30', Denominator: '200', Note: '' },
      { Region: 'YH', Metric: 'EMP_6W', Month: 'Apr-23', Value: '16.5%', Numerator: '', Denominator: '', Note: '' },
      { Region: 'YH', Metric: 'EMP_6W', Month: '2023-13', Value: '0.2', Numerator: '', Denominator: '', Note: '' },
    ]);
    expect(await screen.findByText('Appended 3 rows to RRP Actuals.')).toBeTruthy();
    expect(document.activeElement).toBe(input);
  });

  it('reads a wide CSV, and appends nothing on Cancel', async () => {
    const { services, user } = await renderActuals();
    await user.upload(
      screen.getByLabelText('Import CSV…'),
      csvFile('Region,Metric,Apr-23,May-23\nKSS,EMP_6W,0.1,0.11\nSC,EMP_6W,0.2,\n'),
    );
    const preview = await screen.findByRole('region', { name: 'Preview of actuals.csv' });
    expect(within(preview).getByText(/^Read as a wide block/)).toBeTruthy();
    expect(within(preview).getByText('3 rows found.')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(services.appendActuals).not.toHaveBeenCalled();
    expect(screen.getByText('Import cancelled: nothing was appended.')).toBeTruthy();
  });

  it('says so when the file cannot be read', async () => {
    const { services, user } = await renderActuals();
    const text = jest.spyOn(Blob.prototype, 'arrayBuffer').mockRejectedValueOnce(new Error('NotReadableError'));
    try {
      await user.upload(screen.getByLabelText('Import CSV…'), csvFile(CSV, 'locked.csv'));
      expect(
        await screen.findByText(
          'The file "locked.csv" could not be read (NotReadableError). Choose it again, or save it as CSV and try again.',
        ),
      ).toBeTruthy();
      expect(screen.queryByRole('region', { name: /^Preview of/ })).toBeNull();
      expect(services.appendActuals).not.toHaveBeenCalled();
    } finally {
      text.mockRestore();
    }
  });

  it('says how a file was read, and flags the row a byte of another encoding spoils', async () => {
    const { services, user } = await renderActuals();
    const bytes = new Uint8Array([
      ...new NodeTextEncoder().encode(
        'Region,Metric,Month,Value,Note\nKSS,EMP_6W,2023-04,0.2,café\nYH,EMP_6W,2023-04,0.2,caf',
      ),
      0xe9,
      0x0a,
    ]);
    await user.upload(screen.getByLabelText('Import CSV…'), new File([bytes], 'mixed.csv', { type: 'text/csv' }));
    const preview = await screen.findByRole('region', { name: 'Preview of mixed.csv' });
    expect(within(preview).getByText('Read as UTF-8 text.')).toBeTruthy();
    expect(within(preview).getByText(/^A character could not be read as UTF-8/)).toBeTruthy();
    expect(previewCounts()).toEqual(['OK: 1', 'Warnings: 0', 'Errors: 1', 'Missing: 0']);
    await user.click(within(preview).getByRole('button', { name: 'Append 2 rows' }));
    // Kept as it came, the unreadable byte as U+FFFD: the table's check gives it its message.
    expect(services.appendActuals.mock.calls[0][0][1].Note).toBe('caf\uFFFD');
  });

  it('says what is wrong with an empty file', async () => {
    const { user } = await renderActuals();
    await user.upload(screen.getByLabelText('Import CSV…'), csvFile(''));
    expect(await screen.findByText(/^The file is empty\./)).toBeTruthy();
    expect(screen.getByText('No rows to append.')).toBeTruthy();
  });
});

describe('Year to date in the progress summary', () => {
  it('shows Σ numerators / Σ denominators for targets that have it', async () => {
    const { user } = await renderPane((s) =>
      s.readProgress.mockResolvedValue([
        {
          region: 'YH',
          metric: 'EMP_6W',
          edition: 2023,
          status: 'At risk',
          yearToDate: {
            value: 0.175,
            numerator: 70,
            denominator: 400,
            months: 6,
            monthsWithoutCounts: 0,
            from: monthIndexOf(2023, 4),
            to: monthIndexOf(2023, 9),
          },
        },
        {
          region: 'YH',
          metric: 'SETTLED_3M',
          edition: 2023,
          status: 'On track',
          yearToDate: {
            value: 0.8,
            numerator: 1200,
            denominator: 1500,
            months: 1,
            monthsWithoutCounts: 1,
            from: monthIndexOf(2024, 4),
            to: monthIndexOf(2024, 5),
          },
        },
        { region: 'YH', metric: 'EMP_6M', edition: 2023, status: 'Improving' },
      ]),
    );
    await openView(user, 'Progress');
    await user.click(button('Refresh'));
    const yh = await screen.findByRole('region', { name: 'Yorkshire and The Humber' });
    expect(within(yh).getByRole('heading', { name: 'Year to date' })).toBeTruthy();
    expect(within(yh).getByText('Year to date (April 2023 – September 2023): 17.5% (70 of 400)')).toBeTruthy();
    expect(
      within(yh).getByText(
        'Year to date (April 2024 – May 2024): 80% (1,200 of 1,500); 1 month with a value but no counts is not included',
      ),
    ).toBeTruthy();
    expect(within(yh).getAllByText(/^Year to date \(/)).toHaveLength(2);
  });

  it('refreshes a progress summary already read after each check', async () => {
    const { services, watchers, user } = await renderPane();
    await act(async () => watchers[0].onChecked(ALL_OK));
    expect(services.readProgress).not.toHaveBeenCalled();
    await openView(user, 'Progress');
    await user.click(button('Refresh'));
    await waitFor(() => expect(services.readProgress).toHaveBeenCalledTimes(1));
    await act(async () => watchers[0].onChecked(CHECKED));
    await waitFor(() => expect(services.readProgress).toHaveBeenCalledTimes(2));
  });
});

describe('keyboard', () => {
  it('checks, steps through problems and imports with Tab, Enter and Space', async () => {
    const { services, user } = await renderPane();
    await openViewWithKeys(user, 'Actuals');
    await tabTo(user, button('Check actuals'));
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Checked 40 rows.')).toBeTruthy();

    await tabTo(user, button('Next'));
    await user.keyboard('{Enter}');
    expect(services.selectActualsRow).toHaveBeenCalledWith(14);

    await tabTo(user, screen.getByRole('checkbox', { name: 'Automatic checking' }));
    await user.keyboard(' ');
    expect((screen.getByRole('checkbox', { name: 'Automatic checking' }) as HTMLInputElement).checked).toBe(false);

    await tabTo(user, button('Import selection'));
    await user.keyboard(' ');
    const appendButton = await screen.findByRole('button', { name: 'Append 5 rows' });
    await tabTo(user, appendButton);
    await user.keyboard('{Enter}');
    expect(services.appendActuals).toHaveBeenCalledWith(WIDE_ROWS);

    // The CSV picker is the real file input, reached by Tab.
    await tabTo(user, screen.getByLabelText('Import CSV…'));
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ])('has no serious or critical violations with the Actuals view in use (%s theme)', async (_, theme) => {
    const { container, user } = await renderActuals(
      (s) => s.selectActualsRow.mockRejectedValue(new Error('Excel could not select the row.')),
      theme,
    );
    shownPanel('Actuals');
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(button('Check actuals'));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByText('Excel could not select the row.');
    await user.upload(screen.getByLabelText('Import CSV…'), csvFile(CSV));
    await screen.findByRole('region', { name: 'Preview of actuals.csv' });
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('has no serious or critical violations when watching could not start', async () => {
    const { container } = await renderActuals((s) =>
      s.watchActuals.mockRejectedValue(new Error('There is no RRP Actuals table yet.')),
    );
    await screen.findByText(/^Not checking automatically yet\./);
    expect(await seriousViolations(container)).toEqual([]);
  });
});
