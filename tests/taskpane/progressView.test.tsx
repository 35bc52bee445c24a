/** @jest-environment jsdom */
/** The Progress view against fake services: counts by status per region, the targets to look at, failures. */
import '../support/jsdomSetup';
import { screen, within } from '@testing-library/react';
import { openView } from '../support/paneFakes';
import { loadButton, renderPane } from '../support/samplePane';

describe('Progress summary', () => {
  it('says nothing is loaded until it has read progress', async () => {
    const { user } = await renderPane();
    const panel = await openView(user, 'Progress');
    expect(within(panel).getByText(/^Nothing loaded yet\./)).toBeTruthy();
  });

  it('counts each region’s targets by status after loading', async () => {
    const { user } = await renderPane();
    await user.click(loadButton());
    await openView(user, 'Progress');
    const yh = await screen.findByRole('region', { name: 'Yorkshire and The Humber' });
    const counts = (region: HTMLElement): string[] =>
      within(within(region).getByRole('list', { name: /targets by status/ }))
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
    expect(counts(yh)).toEqual(['On track: 2', 'Off track: 1', 'Missed: 1', 'Improving: 1', 'No actual yet: 1']);
    expect(counts(screen.getByRole('region', { name: 'Kent, Surrey and Sussex' }))).toEqual([
      'Met: 1',
      'At risk: 1',
      'Not improving: 1',
    ]);
    expect(screen.getByText('9 targets in 2 regions.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'South Central' })).toBeNull();
  });

  it('lists Off track and Missed targets; choosing one selects its row', async () => {
    const { services, user } = await renderPane();
    await openView(user, 'Progress');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const yh = await screen.findByRole('region', { name: 'Yorkshire and The Humber' });
    const links = within(yh).getAllByRole('button');
    expect(links.map((b) => b.textContent)).toEqual([
      'Employed six weeks after release: Off track',
      'Sexual offence interventions completed: Missed',
    ]);
    expect(within(yh).getByText('16.5% in September 2023, 2.5 percentage points short of target')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Kent, Surrey and Sussex' })).queryAllByRole('button'),
    ).toHaveLength(0);

    await user.click(links[0]);
    expect(services.selectProgressRow).toHaveBeenCalledWith('YH', 'EMP_6W');
    await user.click(links[1]);
    expect(services.selectProgressRow).toHaveBeenLastCalledWith('YH', 'SOI_COMPLETED');
  });

  it('shows why a refresh or a selection failed', async () => {
    const { services, user } = await renderPane((s) => {
      s.readProgress.mockRejectedValueOnce(
        new Error('There is no Progress sheet in this workbook. Load plan data first.'),
      );
      s.selectProgressRow.mockRejectedValue(
        new Error('The Progress sheet has no row for this target any more. Choose Refresh.'),
      );
    });
    await openView(user, 'Progress');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('There is no Progress sheet in this workbook. Load plan data first.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await user.click(await screen.findByRole('button', { name: 'Employed six weeks after release: Off track' }));
    expect(services.selectProgressRow).toHaveBeenCalledWith('YH', 'EMP_6W');
    expect(
      await screen.findByText('The Progress sheet has no row for this target any more. Choose Refresh.'),
    ).toBeTruthy();
    expect(screen.queryByText(/no Progress sheet/)).toBeNull();
  });

  it('counts a status it does not know (a cell showing an error) after the known ones', async () => {
    const { user } = await renderPane((s) =>
      s.readProgress.mockResolvedValue([
        { region: 'SC', metric: 'EMP_6W', status: '#NAME?' },
        { region: 'SC', metric: 'SETTLED_3M', status: 'Met' },
      ]),
    );
    await openView(user, 'Progress');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const sc = await screen.findByRole('region', { name: 'South Central' });
    expect(
      within(sc)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Met: 1', '#NAME?: 1']);
  });

  it('says so when the workbook has no progress rows', async () => {
    const { user } = await renderPane((s) => s.readProgress.mockResolvedValue([]));
    await openView(user, 'Progress');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/^The workbook has no progress rows yet\./)).toBeTruthy();
  });
});
