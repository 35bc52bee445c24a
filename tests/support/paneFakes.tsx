/**
 * The task pane against fake services, for the jsdom tests: a fake for every PaneService (jest mocks
 * answering with the given data), the pane rendered in Fluent's provider, and helpers for keyboard use
 * and axe. Import './support/jsdomSetup' first in the test file.
 */
import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { act, render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { App } from '../../src/taskpane/App';
import type { ActualsCheckSummary, ActualsRow, CellValue, LoadResult, MetricCode, PaneServices, PlanCheckSummary, PlanChoice, PlanRecord, ProgressItem, RegionCode } from '../../src/taskpane/services';

export const NO_ACTUALS: ActualsCheckSummary = { rowCount: 0, counts: { ok: 0, warnings: 0, errors: 0, missing: 0 }, problems: [] };

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

/** The callbacks the pane gave watchActuals, so a test can report a check as the workbook would. */
export interface Watcher {
  onChecked: (summary: ActualsCheckSummary) => void;
  onError: (message: string) => void;
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
}

export function fakeServices(answers: FakeAnswers) {
  const watchers: Watcher[] = [];
  const unsubscribe = jest.fn(async () => {});
  const services: FakeServices = {
    loadPlan: jest.fn(async (_choice: PlanChoice): Promise<LoadResult> => ({ changes: answers.changes })),
    readProgress: jest.fn(async () => answers.progress),
    selectProgressRow: jest.fn(async (_region: RegionCode, _metric: MetricCode) => {}),
    insertFormula: jest.fn(async (_formula: string) => {}),
    checkActuals: jest.fn(async () => answers.checked),
    watchActuals: jest.fn(async (onChecked: Watcher['onChecked'], onError: Watcher['onError']) => {
      watchers.push({ onChecked, onError });
      return unsubscribe;
    }),
    selectActualsRow: jest.fn(async (_row: number) => {}),
    readSelection: jest.fn(async () => answers.selection),
    appendActuals: jest.fn(async (_rows: ActualsRow[]) => NO_ACTUALS),
    appendPlanRows: jest.fn(async (records: PlanRecord[]) => ({ ...NO_PLAN_ROWS, rows: records.length, used: records.length, added: records.length })),
    checkPlan: jest.fn(async () => NO_PLAN_ROWS),
  };
  return { services, watchers, unsubscribe };
}

/**
 * A renderPane for a test file: renders the pane against fake services answering with `answers`
 * (after `configure` has changed any of them) and lets its start-up (the first watchActuals call) settle.
 */
export function paneRenderer(answers: FakeAnswers) {
  return async function renderPane(configure: (services: FakeServices) => void = () => {}, theme: Theme = webLightTheme) {
    const fakes = fakeServices(answers);
    configure(fakes.services);
    const user = userEvent.setup();
    const view = render(
      <FluentProvider theme={theme}>
        <App services={fakes.services} />
      </FluentProvider>,
    );
    await act(async () => {});
    return { ...fakes, user, ...view };
  };
}

export const isDisabled = (el: HTMLElement): boolean => el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;

/** Presses Tab until the element is focused; fails if it is not reached within the pane. */
export async function tabTo(user: UserEvent, target: HTMLElement): Promise<void> {
  for (let i = 0; i < 40 && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

/** Serious and critical axe violations, with rules that need a real layout engine turned off. */
export async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false }, 'color-contrast-enhanced': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}
