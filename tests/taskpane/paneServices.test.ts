/** @jest-environment jsdom */
/**
 * The pane's use of what the Excel layer answers: a check's summary carries the progress worked out
 * from it, and the pane shows that instead of reading progress from the workbook again.
 * (The pane's own behaviour is in taskpane*.test.tsx.)
 */
import '../support/jsdomSetup';
import { act, screen, waitFor } from '@testing-library/react';
import type { ActualsCheckSummary, ProgressItem } from '../../src/taskpane/services';
import { button, NO_ACTUALS, openView, paneRenderer } from '../support/paneFakes';

// jest applies only the top-level testTimeout, not a project's (the unit project's 30 s never reaches
// these tests), and a pane test that switches views can pass 5 s on a loaded machine.

const READ: ProgressItem[] = [{ region: 'YH', metric: 'EMP_6W', edition: 2023, status: 'No actual yet' }];
const CHECKED_PROGRESS: ProgressItem[] = [
  {
    region: 'YH',
    metric: 'EMP_6W',
    edition: 2023,
    status: 'Off track',
    latestMonth: 'September 2023',
    latestActual: 0.15,
    gapToTarget: 0.04,
  },
];
const WITH_PROGRESS: ActualsCheckSummary = {
  rowCount: 1,
  counts: { ok: 1, warnings: 0, errors: 0, missing: 0 },
  problems: [],
  progress: CHECKED_PROGRESS,
};
const WITHOUT_PROGRESS: ActualsCheckSummary = {
  rowCount: 1,
  counts: { ok: 1, warnings: 0, errors: 0, missing: 0 },
  problems: [],
};

const renderPane = paneRenderer({ changes: [], progress: READ, checked: WITH_PROGRESS, selection: [] });

describe('progress after a check', () => {
  it('shows the progress a check carries, manual or automatic, without reading progress again', async () => {
    const { services, watchers, user } = await renderPane((s) => s.appendActuals.mockResolvedValue(NO_ACTUALS));
    await openView(user, 'Progress');
    await user.click(button('Refresh'));
    expect(await screen.findByText('No actual yet: 1')).toBeTruthy();
    expect(services.readProgress).toHaveBeenCalledTimes(1);

    await openView(user, 'Actuals');
    await user.click(button('Check actuals'));
    await openView(user, 'Progress');
    expect(await screen.findByText('Off track: 1')).toBeTruthy();
    expect(screen.getByText('15% in September 2023, 4 percentage points short of target')).toBeTruthy();
    expect(services.checkActuals).toHaveBeenCalledTimes(1);

    await act(async () => watchers[0].onChecked({ ...WITH_PROGRESS, progress: READ }));
    expect(await screen.findByText('No actual yet: 1')).toBeTruthy();
    expect(services.readProgress).toHaveBeenCalledTimes(1);
  });

  it('reads progress as before when a summary carries none, and leaves a summary never read alone', async () => {
    const { services, watchers, user } = await renderPane();
    await act(async () => watchers[0].onChecked(WITH_PROGRESS));
    await openView(user, 'Progress');
    expect(screen.queryByText('Off track: 1')).toBeNull(); // never read: left for the analyst to ask for
    await user.click(button('Refresh'));
    await waitFor(() => expect(services.readProgress).toHaveBeenCalledTimes(1));
    await act(async () => watchers[0].onChecked(WITHOUT_PROGRESS));
    await waitFor(() => expect(services.readProgress).toHaveBeenCalledTimes(2));
  });
});
