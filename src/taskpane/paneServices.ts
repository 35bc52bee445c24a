/**
 * The pane's services backed by the Excel layer (whose errors are already in plain words): what
 * index.tsx gives <App/>. No React here, so tests can call it against the Excel double. The wrappers
 * pass only the pane's arguments: the layer's optional extras (the current month, the debounce) keep
 * their defaults.
 */
import {
  appendActuals,
  checkActualsInWorkbook,
  insertFormula,
  loadPlanIntoWorkbook,
  readProgress,
  readSelection,
  selectActualsRow,
  selectProgressRow,
  watchActuals,
} from '../excel';
import type { PaneServices } from './services';

export const paneServices: PaneServices = {
  loadPlan: (choice) => loadPlanIntoWorkbook(choice),
  readProgress: () => readProgress(),
  selectProgressRow: (region, metric) => selectProgressRow(region, metric),
  insertFormula: (formula) => insertFormula(formula),
  checkActuals: () => checkActualsInWorkbook(),
  watchActuals: (onChecked, onError) => watchActuals(onChecked, onError),
  selectActualsRow: (row) => selectActualsRow(row),
  readSelection: () => readSelection(),
  appendActuals: (rows) => appendActuals(rows),
  // Only the plan-documents view appends and checks plan rows: that code loads when first used.
  appendPlanRows: async (records) => (await import(/* webpackChunkName: "planAppend" */ '../excel/plan/append')).appendPlanRows(records),
  checkPlan: async () => (await import(/* webpackChunkName: "planCheck" */ '../excel/plan/check')).checkPlan(),
};
