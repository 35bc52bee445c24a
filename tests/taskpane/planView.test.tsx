/** @jest-environment jsdom */
/** The Plan view against fake services: choosing regions and editions, loading, and a failed load. */
import '../support/jsdomSetup';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { PlanChoice } from '../../src/taskpane/services';
import { deferred, isDisabled } from '../support/paneFakes';
import { CHANGES, loadButton, renderPane } from '../support/samplePane';

describe('Plan data: loading', () => {
  it('offers the regions with plan data, all chosen, and loads them in their latest edition', async () => {
    const { services, user } = await renderPane();
    const boxes = within(screen.getByRole('group', { name: 'Regions' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.labels?.[0]?.textContent)).toEqual([
      'Kent, Surrey and Sussex',
      'South Central',
      'East of England',
      'Yorkshire and The Humber',
    ]);
    expect(boxes.every((b) => b.checked)).toBe(true);
    expect((screen.getByRole('radio', { name: /^Latest/ }) as HTMLInputElement).checked).toBe(true);

    await user.click(loadButton());

    expect(services.loadPlan).toHaveBeenCalledWith<[PlanChoice]>({
      regions: ['KSS', 'SC', 'EOE', 'YH'],
      editions: 'latest',
    });
    expect(await screen.findByText('Plan data loaded')).toBeTruthy();
    for (const line of CHANGES) expect(screen.getByText(line)).toBeTruthy();
    // Loading reads progress straight away.
    await waitFor(() => expect(services.readProgress).toHaveBeenCalledTimes(1));
  });

  it('disables the button with a hint when no region is chosen', async () => {
    const { services, user } = await renderPane();
    for (const name of ['Kent, Surrey and Sussex', 'South Central', 'East of England', 'Yorkshire and The Humber']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(isDisabled(loadButton())).toBe(true);
    const hint = screen.getByText('Choose at least one region to load.');
    expect(loadButton().getAttribute('aria-describedby')).toBe(hint.id);
    await user.click(loadButton());
    expect(services.loadPlan).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'South Central' }));
    expect(isDisabled(loadButton())).toBe(false);
    await user.click(loadButton());
    expect(services.loadPlan).toHaveBeenCalledWith({ regions: ['SC'], editions: 'latest' });
  });

  it('loads the chosen editions and says which chosen regions lack one', async () => {
    const { services, user } = await renderPane();
    await user.click(screen.getByRole('radio', { name: 'Every edition' }));
    expect(
      screen.getByText('South Central, East of England and Yorkshire and The Humber have no 2022-25 plan.'),
    ).toBeTruthy();
    await user.click(loadButton());
    expect(services.loadPlan).toHaveBeenLastCalledWith({ regions: ['KSS', 'SC', 'EOE', 'YH'], editions: [2022, 2023] });

    await user.click(screen.getByRole('radio', { name: '2022-25 plan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kent, Surrey and Sussex' }));
    expect(screen.getByText('None of the chosen regions has that edition of the plan.')).toBeTruthy();
    expect(isDisabled(loadButton())).toBe(true);
  });

  it("labels the button 'Loading plan data…' and keeps it disabled while loading", async () => {
    const pending = deferred<{ changes: string[] }>();
    const { services, user } = await renderPane((s) => s.loadPlan.mockReturnValue(pending.promise));
    await user.click(loadButton());
    const busy = screen.getByRole('button', { name: 'Loading plan data…' });
    expect(isDisabled(busy)).toBe(true);
    await user.click(busy);
    expect(services.loadPlan).toHaveBeenCalledTimes(1);

    await act(async () => pending.resolve({ changes: [] }));
    expect(isDisabled(loadButton())).toBe(false);
    expect(screen.getByText('The workbook already had this plan data; nothing changed.')).toBeTruthy();
  });

  it('shows the plain-words message of a failed load and reads no progress', async () => {
    const { services, user } = await renderPane((s) =>
      s.loadPlan.mockRejectedValue(
        new Error('The workbook is protected, so plan data cannot be added. Unprotect it and try again.'),
      ),
    );
    await user.click(loadButton());
    expect(
      await screen.findByText('The workbook is protected, so plan data cannot be added. Unprotect it and try again.'),
    ).toBeTruthy();
    expect(screen.getByText('Plan data not loaded')).toBeTruthy();
    expect(screen.queryByText('Plan data loaded')).toBeNull();
    expect(services.readProgress).not.toHaveBeenCalled();
  });
});
