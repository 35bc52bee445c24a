/** @jest-environment jsdom */
/** The task pane against fake services: its views, loading, the progress summary, the function builder, keyboard use and axe. */
import '../support/jsdomSetup';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { PlanChoice, ProgressItem } from '../../src/taskpane/services';
import {
  deferred,
  isDisabled,
  NO_ACTUALS,
  openView,
  openViewWithKeys,
  paneRenderer,
  seriousViolations,
  shownPanel,
  tabTo,
  viewLoaded,
  viewRenderer,
  type ViewLabel,
} from '../support/paneFakes';

// jest applies only the top-level testTimeout, not a project's (the unit project's 30 s never reaches
// these tests), and a pane test that switches views can pass 5 s on a loaded machine.

const CHANGES = ['Added the Plan sheet with 24 targets.', 'Added the Progress sheet with a row for each target.'];

const PROGRESS: ProgressItem[] = [
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

const renderPane = paneRenderer({ changes: CHANGES, progress: PROGRESS, checked: NO_ACTUALS, selection: [] });
/** The pane, showing the function builder. */
const renderFunctions = viewRenderer(renderPane, 'Functions');

const loadButton = (): HTMLElement => screen.getByRole('button', { name: 'Load plan data' });
const formula = (): string => screen.getByRole('status', { name: 'Formula' }).textContent ?? '';
const preview = (): string => screen.getByRole('status', { name: 'Preview' }).textContent ?? '';

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

describe('Function builder', () => {
  const choose = async (user: UserEvent, label: string, value: string): Promise<void> => {
    await user.selectOptions(screen.getByRole('combobox', { name: label }), value);
  };
  const type = async (user: UserEvent, label: string, text: string): Promise<void> => {
    const input = screen.getByRole('textbox', { name: label });
    await user.clear(input);
    if (text !== '') await user.type(input, text);
  };

  it('builds TARGET for KSS six-week employment and previews 19%', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'TARGET');
    await choose(user, 'Region', 'KSS');
    await choose(user, 'Metric', 'EMP_6W');
    expect(formula()).toBe('=RRP.TARGET("KSS","EMP_6W")');
    expect(preview()).toBe('19%');
    await choose(user, 'Plan edition', '2022');
    expect(formula()).toBe('=RRP.TARGET("KSS","EMP_6W",2022)');
    expect(preview()).toBe('19%');
    await choose(user, 'Function', 'DEADLINE');
    expect(preview()).toBe('31/07/2023');
    await choose(user, 'Function', 'BASELINE');
    expect(preview()).toBe('12%');
  });

  it('builds TRAJECTORY for YH in September 2023: 17.92%', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'TRAJECTORY');
    await choose(user, 'Region', 'YH');
    await type(user, 'Month', 'Sep 2023');
    expect(formula()).toBe('=RRP.TRAJECTORY("YH","EMP_6W","Sep 2023")');
    expect(preview()).toBe('17.92%');
  });

  it('builds STATUS from a percentage and a month: At risk', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'STATUS');
    await choose(user, 'Region', 'YH');
    await choose(user, 'Metric', 'EMP_6W');
    await type(user, 'Actual', '17.5%');
    await type(user, 'Month', 'Sep 2023');
    expect(formula()).toBe('=RRP.STATUS("YH","EMP_6W",0.175,"Sep 2023")');
    expect(preview()).toBe('At risk');
    await type(user, 'Actual', '0.165');
    expect(preview()).toBe('Off track');
  });

  it('shows the #VALUE! message for an unreadable month and #N/A for what the plan does not answer', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'STATUS');
    await choose(user, 'Region', 'YH');
    await type(user, 'Actual', '17.5%');
    await type(user, 'Month', 'Smarch 2023');
    expect(preview()).toBe(
      '#VALUE!: Month "Smarch 2023" cannot be read as a month. Give an Excel date (any day in the month) or text such as "2023-10", "Oct 2023", "October 2023", "10/2023" or "Oct-23".',
    );
    await type(user, 'Month', 'Oct 2023');
    await choose(user, 'Region', 'NE');
    expect(preview()).toMatch(/^#N\/A: North East has no Reducing Reoffending Plan targets/);
  });

  it('leaves a cell reference to Excel', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'GAP');
    await choose(user, 'Region', 'SC');
    await type(user, 'Actual', 'b2');
    expect(formula()).toBe('=RRP.GAP("SC","EMP_6W",B2)');
    expect(preview()).toBe('Worked out in Excel from the value in B2.');
    await type(user, 'Actual', '18%');
    expect(preview()).toBe('2%');
  });

  it('doubles quotes in text it puts in the formula', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'TRAJECTORY');
    await type(user, 'Month', 'Oct "23');
    expect(formula()).toBe('=RRP.TRAJECTORY("KSS","EMP_6W","Oct ""23")');
    expect(preview()).toMatch(/^#VALUE!: Month "Oct "23" cannot be read/);
  });

  it("refuses a typed month outside the plans' range beside the field, and does not insert", async () => {
    const { services, user } = await renderFunctions();
    await choose(user, 'Function', 'TRAJECTORY');
    await type(user, 'Month', 'Oct 2099');
    expect(
      screen.getByText(
        "The month, October 2099, is outside the plans' range (April 2021 to March 2030). Choose a month within it.",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Insert in active cell' }));
    expect(services.insertFormula).not.toHaveBeenCalled();
  });

  it('inserts exactly the formula shown, and shows why an insert failed', async () => {
    const { services, user } = await renderFunctions();
    await choose(user, 'Function', 'STATUS');
    await choose(user, 'Region', 'YH');
    await type(user, 'Actual', '17.5%');
    await type(user, 'Month', 'Oct 2023');
    await user.click(screen.getByRole('button', { name: 'Insert in active cell' }));
    expect(services.insertFormula).toHaveBeenCalledWith('=RRP.STATUS("YH","EMP_6W",0.175,"Oct 2023")');
    expect(
      await screen.findByText('Inserted =RRP.STATUS("YH","EMP_6W",0.175,"Oct 2023") in the active cell.'),
    ).toBeTruthy();

    services.insertFormula.mockRejectedValueOnce(
      new Error('Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.'),
    );
    await user.click(screen.getByRole('button', { name: 'Insert in active cell' }));
    expect(
      await screen.findByText('Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.'),
    ).toBeTruthy();
  });
});

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

/** Each view: its tab, its heading (level 2) and a control only it shows. */
const VIEWS: [ViewLabel, string, () => HTMLElement | null][] = [
  ['Plan', 'Plan data', () => screen.queryByRole('button', { name: 'Load plan data' })],
  ['Actuals', 'Actuals', () => screen.queryByRole('button', { name: 'Check actuals' })],
  ['Documents', 'Plans from documents', () => screen.queryByRole('button', { name: 'Read document' })],
  ['Progress', 'Progress summary', () => screen.queryByRole('button', { name: 'Refresh' })],
  ['Report', 'Board report', () => screen.queryByRole('button', { name: 'Build report' })],
  ['Functions', 'Function builder', () => screen.queryByRole('button', { name: 'Insert in active cell' })],
];

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

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ])('has no serious or critical violations in the %s theme, before and after loading', async (_, theme) => {
    const { container, user } = await renderPane(() => {}, theme);
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(loadButton());
    await openView(user, 'Progress');
    await screen.findByRole('region', { name: 'Yorkshire and The Humber' });
    await openView(user, 'Functions');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Function' }), 'STATUS');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), 'whenever');
    expect(await seriousViolations(container)).toEqual([]);
  });

  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ])('has no serious or critical violations in any view (%s theme)', async (_, theme) => {
    const { container, user } = await renderPane(() => {}, theme);
    await user.click(loadButton());
    await screen.findByText('Plan data loaded');
    for (const [label] of VIEWS) {
      await openView(user, label);
      expect(await seriousViolations(container)).toEqual([]);
    }
  });

  it('has no serious or critical violations when a load fails or nothing is chosen', async () => {
    const { container, user } = await renderPane((s) =>
      s.loadPlan.mockRejectedValue(new Error('Excel could not add the sheet.')),
    );
    await user.click(loadButton());
    await screen.findByText('Excel could not add the sheet.');
    await user.click(screen.getByRole('checkbox', { name: 'Kent, Surrey and Sussex' }));
    expect(await seriousViolations(container)).toEqual([]);
  });
});
