/** @jest-environment jsdom */
/**
 * The pane and the plan kept in the workbook: regions and editions a workbook plan adds appear in
 * Plan data (chosen) and the function builder as soon as the plan is read. North West's figures are invented for these tests (it has no built-in plan).
 */
import '../support/jsdomSetup';
import { act, screen } from '@testing-library/react';
import { setWorkbookPlan } from '../../src/domain/planData';
import type { PlanChoice, PlanRecord } from '../../src/taskpane/services';
import { NO_ACTUALS, openView, paneRenderer } from '../support/paneFakes';

const renderPane = paneRenderer({ changes: [], progress: [], checked: NO_ACTUALS, selection: [] });

/** Invented: North West's 2024 update, 20% (March 2024) + 3 pp = 23% by March 2025. */
const NW_EMP: PlanRecord = {
  region: 'NW',
  edition: 2024,
  metric: 'EMP_6W',
  kind: 'increase',
  baseline: 0.2,
  baselineMonth: '2024-03',
  change: 0.03,
  target: 0.23,
  deadlineMonth: '2025-03',
  source: {
    document: 'North West plan, 2024 annual update (invented)',
    section: 'Employment',
    sentence:
      'Increase employment six weeks after release by 3 percentage points from 20% in March 2024, by March 2025.',
  },
};

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
