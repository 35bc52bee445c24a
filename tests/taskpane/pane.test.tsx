/** @jest-environment jsdom */
/** The task pane against fake services: its views behind tabs (by mouse and keys, kept while hidden, the last one reopened) and keyboard use across views. */
import '../support/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import {
  deferred,
  openView,
  openViewWithKeys,
  shownPanel,
  tabTo,
  viewLoaded,
  type ViewLabel,
} from '../support/paneFakes';
import { CHANGES, formula, loadButton, renderFunctions, renderPane, VIEWS } from '../support/samplePane';

describe('keyboard', () => {
  it('reaches and operates the main actions with Tab, Enter and Space', async () => {
    const { services, user } = await renderPane();
    await tabTo(user, screen.getByRole('checkbox', { name: 'South Central' }));
    await user.keyboard(' ');
    expect((screen.getByRole('checkbox', { name: 'South Central' }) as HTMLInputElement).checked).toBe(false);

    await tabTo(user, loadButton());
    await user.keyboard('{Enter}');
    expect(services.loadPlan).toHaveBeenCalledWith({ regions: ['KSS', 'EOE', 'YH'], editions: 'latest' });

    await openViewWithKeys(user, 'Progress');
    const offTrack = await screen.findByRole('button', { name: 'Employed six weeks after release: Off track' });
    await tabTo(user, offTrack);
    await user.keyboard('{Enter}');
    expect(services.selectProgressRow).toHaveBeenCalledWith('YH', 'EMP_6W');

    await tabTo(user, screen.getByRole('button', { name: 'Refresh' }));
    await user.keyboard(' ');
    await waitFor(() => expect(services.readProgress).toHaveBeenCalledTimes(2));

    await openViewWithKeys(user, 'Functions');
    await tabTo(user, screen.getByRole('combobox', { name: 'Function' }));
    await tabTo(user, screen.getByRole('button', { name: 'Insert in active cell' }));
    await user.keyboard(' ');
    expect(services.insertFormula).toHaveBeenCalledWith('=RRP.TARGET("KSS","EMP_6W")');
  });
});

describe('views', () => {
  it('opens on Plan, with a tab for each view in one list', async () => {
    await renderPane();
    const tabs = within(screen.getByRole('tablist', { name: 'Tasks' })).getAllByRole('tab');
    expect(tabs).toEqual(VIEWS.map(([label]) => screen.getByRole('tab', { name: label })));
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(VIEWS.map((_, i) => String(i === 0)));
    shownPanel('Plan');
  });

  it('shows one view at a time, each a tabpanel named by its tab, with its heading and its controls only', async () => {
    const { user } = await renderPane();
    for (const [label, title, control] of VIEWS) {
      const panel = await openView(user, label);
      const tab = screen.getByRole('tab', { name: label });
      expect(tab.getAttribute('aria-selected')).toBe('true');
      expect(tab.getAttribute('aria-controls')).toBe(panel.id);
      expect(screen.getByRole('tabpanel', { name: label })).toBe(panel);
      expect(within(panel).getByRole('heading', { level: 2, name: title })).toBeTruthy();
      for (const [other, , otherControl] of VIEWS) expect(otherControl() !== null).toBe(other === label);
      expect(panel.contains(control())).toBe(true);
    }
  });

  it('moves between tabs with the arrow keys, Home and End, showing each view as its tab is reached', async () => {
    const { user } = await renderPane();
    const tab = (name: ViewLabel): HTMLElement => screen.getByRole('tab', { name });
    await tabTo(user, tab('Plan'));

    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Actuals'));
    shownPanel('Actuals');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(tab('Functions'));
    shownPanel('Functions');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Plan'));
    shownPanel('Plan');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tab('Functions'));
    shownPanel('Functions');
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(tab('Plan'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(tab('Functions'));
    shownPanel('Functions');

    // Only the selected tab is in the Tab order: Tab goes on into its view.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tabpanel', { name: 'Functions' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Function' }));
  });

  it('keeps what was typed in a view while another is shown', async () => {
    const { user } = await renderFunctions();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Function' }), 'TRAJECTORY');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), 'Sep 2023');
    await openView(user, 'Plan');
    await user.click(screen.getByRole('checkbox', { name: 'South Central' }));
    await openView(user, 'Functions');
    expect((screen.getByRole('textbox', { name: 'Month' }) as HTMLInputElement).value).toBe('Sep 2023');
    expect(formula()).toBe('=RRP.TRAJECTORY("KSS","EMP_6W","Sep 2023")');
    await openView(user, 'Plan');
    expect((screen.getByRole('checkbox', { name: 'South Central' }) as HTMLInputElement).checked).toBe(false);
  });

  it('shows the result of a plan load finished while another view is shown', async () => {
    const pending = deferred<{ changes: string[] }>();
    const { services, user } = await renderPane((s) => s.loadPlan.mockReturnValue(pending.promise));
    await user.click(loadButton());
    await openView(user, 'Progress');
    await act(async () => pending.resolve({ changes: CHANGES }));
    expect(await screen.findByRole('region', { name: 'Yorkshire and The Humber' })).toBeTruthy();
    expect(services.readProgress).toHaveBeenCalledTimes(1);
    const plan = await openView(user, 'Plan');
    expect(within(plan).getByText('Plan data loaded')).toBeTruthy();
  });

  it('opens again on the view last shown', async () => {
    const first = await renderPane();
    await openView(first.user, 'Functions');
    first.unmount();
    render(
      <FluentProvider theme={webLightTheme}>
        <App services={first.services} />
      </FluentProvider>,
    );
    await viewLoaded(shownPanel('Functions'));
  });

  it('opens on Plan and still switches views when the browser refuses storage', async () => {
    const refuse = (): never => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const getItem = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    try {
      const { user } = await renderPane();
      shownPanel('Plan');
      await openView(user, 'Progress');
      expect(setItem).toHaveBeenCalled();
    } finally {
      getItem.mockRestore();
      setItem.mockRestore();
    }
  });
});
