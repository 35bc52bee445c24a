/** @jest-environment jsdom */
/**
 * Buttons made disabledFocusable while their action runs stay focusable (so focus is not lost and
 * screen readers still find them) but do nothing: Fluent drops their onClick for a mouse click and
 * for Enter and Space. These tests hold that for each such button, with no guard of the pane's own.
 */
import '../support/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { PendingImport } from '../../src/taskpane/hooks/useActualsImport';
import { ImportPanel } from '../../src/taskpane/components/ImportPanel';
import { ImportPreview } from '../../src/taskpane/components/ImportPreview';
import { LoadPlanPanel } from '../../src/taskpane/components/LoadPlanPanel';
import { ProgressSummary } from '../../src/taskpane/components/ProgressSummary';
import { isDisabled } from '../support/paneFakes';

const PENDING: PendingImport = {
  source: { kind: 'selection' },
  layout: 'long',
  rows: [
    { Region: 'KSS', Metric: 'EMP_6W', Month: '2023-10', Value: '0.16', Numerator: '', Denominator: '', Note: '' },
  ],
  counts: { ok: 1, warnings: 0, errors: 0, missing: 0 },
  notes: [],
};

function renderInFluent(ui: ReactElement) {
  const user = userEvent.setup();
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  return user;
}

/** Clicks the button, then focuses it and presses Enter and Space: none of it may call `action`. */
async function expectInert(user: ReturnType<typeof userEvent.setup>, name: string, action: jest.Mock): Promise<void> {
  const button = screen.getByRole('button', { name });
  expect(isDisabled(button)).toBe(true);
  await user.click(button);
  button.focus();
  expect(document.activeElement).toBe(button); // still focusable
  await user.keyboard('{Enter}');
  await user.keyboard(' ');
  expect(action).not.toHaveBeenCalled();
}

describe('buttons disabled while their action runs', () => {
  it('Loading plan data… does not load again, and Load plan data does nothing with no region chosen', async () => {
    const onLoad = jest.fn();
    const user = renderInFluent(<LoadPlanPanel regions={['KSS']} running onLoad={onLoad} />);
    await expectInert(user, 'Loading plan data…', onLoad);
    const blocked = renderInFluent(<LoadPlanPanel regions={[]} running={false} onLoad={onLoad} />);
    await expectInert(blocked, 'Load plan data', onLoad);
  });

  it('Refreshing… does not refresh again', async () => {
    const onRefresh = jest.fn();
    const user = renderInFluent(<ProgressSummary running onRefresh={onRefresh} onSelect={jest.fn()} />);
    await expectInert(user, 'Refreshing…', onRefresh);
  });

  it('Import selection does nothing while appending', async () => {
    const onImportSelection = jest.fn();
    const user = renderInFluent(
      <ImportPanel
        busy="appending"
        pending={PENDING}
        onImportSelection={onImportSelection}
        onFile={jest.fn()}
        onConfirm={jest.fn()}
        onCancel={jest.fn()}
      />,
    );
    await expectInert(user, 'Import selection', onImportSelection);
  });

  it('Appending… and Cancel do nothing while appending', async () => {
    const onConfirm = jest.fn();
    const onCancel = jest.fn();
    const user = renderInFluent(
      <ImportPreview pending={PENDING} appending onConfirm={onConfirm} onCancel={onCancel} />,
    );
    await expectInert(user, 'Appending…', onConfirm);
    await expectInert(user, 'Cancel', onCancel);
  });

  it('the same buttons act when not disabled', async () => {
    const onLoad = jest.fn();
    const onRefresh = jest.fn();
    const onConfirm = jest.fn();
    const onCancel = jest.fn();
    const user = renderInFluent(
      <>
        <LoadPlanPanel regions={['KSS']} running={false} onLoad={onLoad} />
        <ProgressSummary running={false} onRefresh={onRefresh} onSelect={jest.fn()} />
        <ImportPreview pending={PENDING} appending={false} onConfirm={onConfirm} onCancel={onCancel} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Load plan data' }));
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await user.click(screen.getByRole('button', { name: 'Append 1 row' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect([
      onLoad.mock.calls.length,
      onRefresh.mock.calls.length,
      onConfirm.mock.calls.length,
      onCancel.mock.calls.length,
    ]).toEqual([1, 1, 1, 1]);
    expect(onLoad).toHaveBeenCalledWith({ regions: ['KSS'], editions: 'latest' });
  });
});
