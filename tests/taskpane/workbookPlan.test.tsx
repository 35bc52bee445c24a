/** @jest-environment jsdom */
/**
 * The pane and the plan kept in the workbook: regions and editions a workbook plan adds appear in
 * Plan data (chosen) and the function builder as soon as the plan is read. North West's figures are invented for these tests (it has no built-in plan).
 */
import '../support/jsdomSetup';
import { act, screen } from '@testing-library/react';
import { setWorkbookPlan } from '../../src/domain/planData';
import type { PlanChoice } from '../../src/taskpane/services';
import { button, NO_ACTUALS, openView, paneRenderer } from '../support/paneFakes';
import { NW_EMP } from '../fixtures/inventedPlans';

const renderPane = paneRenderer({ changes: [], progress: [], checked: NO_ACTUALS, selection: [] });

afterEach(() => setWorkbookPlan([]));

it('offers a region and an edition the workbook plan adds, chosen, as soon as the plan is read', async () => {
  const { services, user } = await renderPane();
  expect(screen.queryByRole('checkbox', { name: 'North West' })).toBeNull();
  act(() => void setWorkbookPlan([NW_EMP]));
  const northWest = screen.getByRole('checkbox', { name: 'North West' }) as HTMLInputElement;
  expect(northWest.checked).toBe(true);
  expect(screen.getByRole('radio', { name: 'Every edition' })).toBeTruthy();
  await user.click(screen.getByRole('radio', { name: '2024 annual update' }));
  await user.click(screen.getByRole('button', { name: 'Load plan data' }));
  expect(services.loadPlan).toHaveBeenCalledWith<[PlanChoice]>({
    regions: ['KSS', 'SC', 'EOE', 'YH', 'NW'],
    editions: [2024],
  });
  // The function builder lists it as a region with plan data, and previews its target.
  await openView(user, 'Functions');
  expect(screen.getByRole('option', { name: 'North West' })).toBeTruthy();
});

describe('what the pane says about reading RRP Plan', () => {
  it('says when RRP Plan could not be read, and reads it again when asked', async () => {
    const { services, setPlanStatus, user } = await renderPane();
    expect(screen.queryByRole('button', { name: 'Read RRP Plan again' })).toBeNull();
    const error =
      'RRP Plan could not be read, so RRP functions use the built-in plan only. Excel could not read RRP Plan (busy).';
    act(() => setPlanStatus({ reading: 'failed', error, waitsForF9: false }));
    expect(await screen.findByText(error)).toBeTruthy(); // its code loads on demand
    await user.click(button('Read RRP Plan again'));
    expect(services.readWorkbookPlanAgain).toHaveBeenCalledTimes(1);
    act(() => setPlanStatus({ reading: 'read', waitsForF9: false }));
    expect(screen.queryByText(error)).toBeNull();
  });

  it('says that RRP formulas wait for F9 in Manual calculation, until dismissed or the plan changes again', async () => {
    const { setPlanStatus, user } = await renderPane();
    const waits = /RRP formulas show the changed RRP Plan after you press F9/;
    expect(screen.queryByText(waits)).toBeNull();
    act(() => setPlanStatus({ reading: 'read', waitsForF9: true }));
    expect((await screen.findByRole('status')).textContent).toMatch(waits);
    await user.click(button('Dismiss'));
    expect(screen.queryByText(waits)).toBeNull();
    act(() => setPlanStatus({ reading: 'read', waitsForF9: true })); // changed again, still Manual
    expect(screen.getByText(waits)).toBeTruthy();
  });
});
