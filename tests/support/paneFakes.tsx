/**
 * The task pane against fake services, for the jsdom tests: a fake for every PaneService (jest mocks
 * answering with the given data), the pane rendered in Fluent's provider, and helpers for its views,
 * keyboard use and axe. Import './support/jsdomSetup' first in the test file.
 */
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { App } from '../../src/taskpane/App';
import type {
  ActualsCheckSummary,
  ActualsRow,
  CellValue,
  CloseChoice,
  LoadResult,
  MetricCode,
  PaneServices,
  PlanCheckSummary,
  PlanChoice,
  PlanRecord,
  ProgressItem,
  RegionCode,
  ReportChoice,
  WorkbookPlanStatus,
} from '../../src/taskpane/services';

export const NO_ACTUALS: ActualsCheckSummary = {
  rowCount: 0,
  counts: { ok: 0, warnings: 0, errors: 0, missing: 0 },
  problems: [],
};

export const NO_PLAN_ROWS: PlanCheckSummary = { rows: 0, used: 0, errors: 0, empty: 0, problems: [], regions: [] };

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

/** A promise the test settles when it chooses. */
export function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type FakeServices = { [K in keyof PaneServices]: jest.MockedFunction<PaneServices[K]> };

/** The callbacks the pane gave watchActuals, so a test can report a check (or a deletion) as the workbook would. */
export interface Watcher {
  onChecked: (summary: ActualsCheckSummary) => void;
  onError: (message: string) => void;
  onStopped: (message: string) => void;
}

/** What the fake services answer with until a test says otherwise. */
export interface FakeAnswers {
  /** loadPlan's changes. */
  changes: string[];
  /** readProgress's items. */
  progress: ProgressItem[];
  /** checkActuals's summary. */
  checked: ActualsCheckSummary;
  /** readSelection's cells. */
  selection: CellValue[][];
  /** appendPlanRows's summary (unless given: every record added and used). */
  planAppended?: PlanCheckSummary;
}

export function fakeServices(answers: FakeAnswers) {
  const watchers: Watcher[] = [];
  const unsubscribe = jest.fn(async () => {});
  let planStatus: WorkbookPlanStatus = { reading: 'read', waitsForF9: false };
  const planStatusListeners = new Set<() => void>();
  /** What the layer would report about RRP Plan (read at opening, formulas waiting for F9). */
  const setPlanStatus = (status: WorkbookPlanStatus): void => {
    planStatus = status;
    for (const listener of planStatusListeners) listener();
  };
  const services: FakeServices = {
    loadPlan: jest.fn(async (_choice: PlanChoice): Promise<LoadResult> => ({ changes: answers.changes })),
    readProgress: jest.fn(async () => answers.progress),
    selectProgressRow: jest.fn(async (_region: RegionCode, _metric: MetricCode) => {}),
    insertFormula: jest.fn(async (_formula: string) => {}),
    checkActuals: jest.fn(async () => answers.checked),
    watchActuals: jest.fn(
      async (onChecked: Watcher['onChecked'], onError: Watcher['onError'], onStopped: Watcher['onStopped']) => {
        watchers.push({ onChecked, onError, onStopped });
        return unsubscribe;
      },
    ),
    selectActualsRow: jest.fn(async (_row: number) => {}),
    readSelection: jest.fn(async () => answers.selection),
    appendActuals: jest.fn(async (_rows: ActualsRow[]) => NO_ACTUALS),
    appendPlanRows: jest.fn(
      async (records: PlanRecord[]) =>
        answers.planAppended ?? { ...NO_PLAN_ROWS, rows: records.length, used: records.length, added: records.length },
    ),
    checkPlan: jest.fn(async () => NO_PLAN_ROWS),
    reportOptions: jest.fn(async () => ({ months: [], regions: [] })),
    buildReport: jest.fn(async (choice: ReportChoice) => ({
      month: choice.month,
      lines: 0,
      restated: 0,
      historyRows: 0,
      charts: 0,
    })),
    closeMonth: jest.fn(async (choice: CloseChoice) => ({
      region: choice.region,
      month: choice.month,
      rowsUsed: 0,
      closedAt: 0,
    })),
    exportBoardPack: jest.fn(async () => ({ fileName: 'board-pack.xlsx', delivery: 'download' as const })),
    appendPlanFigures: jest.fn(async () => ({ added: 0, alreadyThere: 0 })),
    workbookPlanStatus: jest.fn(() => planStatus),
    subscribeWorkbookPlanStatus: jest.fn((listener: () => void) => {
      planStatusListeners.add(listener);
      return () => void planStatusListeners.delete(listener);
    }),
    readWorkbookPlanAgain: jest.fn(async () => {}),
  };
  return { services, watchers, unsubscribe, setPlanStatus };
}

/**
 * A renderPane for a test file: renders the pane against fake services answering with `answers`
 * (after `configure` has changed any of them) and lets its start-up (the first watchActuals call) settle.
 */
export function paneRenderer(answers: FakeAnswers) {
  return async function renderPane(
    configure: (services: FakeServices) => void = () => {},
    theme: Theme = webLightTheme,
  ) {
    const fakes = fakeServices(answers);
    configure(fakes.services);
    const user = userEvent.setup();
    // The pane opens on the view it last showed; every test starts where an analyst first does.
    window.localStorage.clear();
    const view = render(
      <FluentProvider theme={theme}>
        <App services={fakes.services} />
      </FluentProvider>,
    );
    await act(async () => {});
    return { ...fakes, user, ...view };
  };
}

/** A renderPane (from paneRenderer) that then shows the view `label`: for tests that start in one view. */
export function viewRenderer(
  renderPane: ReturnType<typeof paneRenderer>,
  label: ViewLabel,
): ReturnType<typeof paneRenderer> {
  return async (...args) => {
    const pane = await renderPane(...args);
    await openView(pane.user, label);
    return pane;
  };
}

/** The button with this accessible name. */
export const button = (name: string | RegExp): HTMLElement => screen.getByRole('button', { name });

/** The pane's tab labels, in order. */
export type ViewLabel = 'Plan' | 'Actuals' | 'Documents' | 'Progress' | 'Report' | 'Functions';

/** Shows a view by clicking its tab, checks that only its panel is shown, and waits for a view loaded on demand. */
export async function openView(user: UserEvent, label: ViewLabel): Promise<HTMLElement> {
  await user.click(screen.getByRole('tab', { name: label }));
  const panel = shownPanel(label);
  await viewLoaded(panel);
  return panel;
}

/** Resolves once a view loaded on demand has replaced its "Opening …" line. */
export async function viewLoaded(panel: HTMLElement): Promise<void> {
  await waitFor(() => expect(within(panel).queryByText(/^Opening .*…$/)).toBeNull());
}

/** The one panel shown, checked to be the one named `label` (by its tab). */
export function shownPanel(label: ViewLabel): HTMLElement {
  const panels = screen.getAllByRole('tabpanel');
  expect(panels.map((p) => p.getAttribute('aria-labelledby'))).toEqual([
    screen.getByRole('tab', { name: label, selected: true }).id,
  ]);
  return panels[0];
}

/**
 * Shows a view with the keyboard alone: Shift+Tab back to the selected tab (the only tab in the Tab
 * order), then the right arrow until the view's tab is reached (each tab shows its view on focus).
 */
export async function openViewWithKeys(user: UserEvent, label: ViewLabel): Promise<void> {
  const selected = screen.getByRole('tab', { selected: true });
  for (let i = 0; i < 40 && document.activeElement !== selected; i++) await user.tab({ shift: true });
  expect(document.activeElement).toBe(selected);
  const target = screen.getByRole('tab', { name: label });
  for (let i = 0; i < screen.getAllByRole('tab').length && document.activeElement !== target; i++)
    await user.keyboard('{ArrowRight}');
  await viewLoaded(shownPanel(label));
}

export const isDisabled = (el: HTMLElement): boolean =>
  el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;

/** Presses Tab until the element is focused; fails if it is not reached within the pane. */
export async function tabTo(user: UserEvent, target: HTMLElement): Promise<void> {
  for (let i = 0; i < 40 && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

/** Serious and critical axe violations, with rules that need a real layout engine turned off. */
export async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, 'color-contrast-enhanced': { enabled: false } },
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
