/**
 * The pane as the tests of its Plan, Progress and Function builder views, its tabs and its axe checks
 * see it (tests/taskpane/planView, progressView, functionBuilder, pane, paneAccessibility): fake
 * services whose plan load makes two changes and whose progress covers two regions.
 */
import { screen } from '@testing-library/react';
import type { ProgressItem } from '../../src/taskpane/services';
import { NO_ACTUALS, paneRenderer, viewRenderer, type ViewLabel } from './paneFakes';

export const CHANGES = [
  'Added the Plan sheet with 24 targets.',
  'Added the Progress sheet with a row for each target.',
];

export const PROGRESS: ProgressItem[] = [
  {
    region: 'KSS',
    metric: 'EMP_6W',
    edition: 2023,
    status: 'Met',
    latestMonth: '2023-09',
    latestActual: 0.19,
    gapToTarget: 0,
  },
  {
    region: 'KSS',
    metric: 'SETTLED_3M',
    edition: 2023,
    status: 'At risk',
    latestMonth: '2023-09',
    latestActual: 0.77,
    gapToTarget: 0.03,
  },
  { region: 'KSS', metric: 'EMP_6M', edition: 2023, status: 'Not improving' },
  {
    region: 'YH',
    metric: 'EMP_6W',
    edition: 2023,
    status: 'Off track',
    latestMonth: '2023-09',
    latestActual: 0.165,
    gapToTarget: 0.025,
  },
  { region: 'YH', metric: 'HOUSED_NIGHT1', edition: 2023, status: 'On track' },
  { region: 'YH', metric: 'SETTLED_3M', edition: 2023, status: 'On track' },
  {
    region: 'YH',
    metric: 'SOI_COMPLETED',
    edition: 2023,
    status: 'Missed',
    latestMonth: '2024-05',
    latestActual: 0.6,
    gapToTarget: 0.1,
  },
  { region: 'YH', metric: 'EMP_6M', edition: 2023, status: 'Improving' },
  { region: 'YH', metric: 'CSTR', edition: 2023, status: 'No actual yet' },
];

export const renderPane = paneRenderer({ changes: CHANGES, progress: PROGRESS, checked: NO_ACTUALS, selection: [] });
/** The pane, showing the function builder. */
export const renderFunctions = viewRenderer(renderPane, 'Functions');

export const loadButton = (): HTMLElement => screen.getByRole('button', { name: 'Load plan data' });
/** The function builder's formula. */
export const formula = (): string => screen.getByRole('status', { name: 'Formula' }).textContent ?? '';

/** Each view: its tab, its heading (level 2) and a control only it shows. */
export const VIEWS: [ViewLabel, string, () => HTMLElement | null][] = [
  ['Plan', 'Plan data', () => screen.queryByRole('button', { name: 'Load plan data' })],
  ['Actuals', 'Actuals', () => screen.queryByRole('button', { name: 'Check actuals' })],
  ['Documents', 'Plans from documents', () => screen.queryByRole('button', { name: 'Read document' })],
  ['Progress', 'Progress summary', () => screen.queryByRole('button', { name: 'Refresh' })],
  ['Report', 'Board report', () => screen.queryByRole('button', { name: 'Build report' })],
  ['Functions', 'Function builder', () => screen.queryByRole('button', { name: 'Insert in active cell' })],
];
