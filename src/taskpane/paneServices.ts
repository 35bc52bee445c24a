/**
 * The pane's services backed by the Excel layer (whose errors are already in plain words): what
 * index.tsx gives <App/>. No React here, so tests can call it against the Excel double. The wrappers
 * pass only the pane's arguments: the layer's optional extras (the current month, the debounce) keep
 * their defaults.
 */
import {
  checkPlan,
  checkActualsInWorkbook,
  readProgress,
  startWorkbookPlan,
  subscribeWorkbookPlanStatus,
  watchActuals,
  workbookPlanStatus,
} from '../excel';
import { tooLongForCell } from '../domain/cellText';
import { monthOutsidePlans } from '../domain/planMonths';
import type { PaneServices } from './services';

/** Loading the plan is an occasional task: its code is a chunk the page fetches when first asked. */
const planLoading = () => import(/* webpackChunkName: "loadplan" */ '../excel/load/loadPlan');
// The board report's layer and the exceljs file writer load on demand, each its own chunk, so the
// page's own script stays small.
const reportLayer = () => import(/* webpackChunkName: "report" */ '../excel/report');
const boardPackWriter = () => import(/* webpackChunkName: "boardpack" */ './export/boardPackFile');
// Selecting a row or inserting a formula waits for a click.
const selection = () => import(/* webpackChunkName: "selection" */ '../excel/shared/selection');
// Importing actuals (a selection or a file, and the plans' own figures) is occasional too.
const actualsAppend = () => import(/* webpackChunkName: "actualsappend" */ '../excel/actuals/append');

/** Throws a refusal, in the analyst's words, when there is one. */
function refuse(problem: string | undefined): void {
  if (problem !== undefined) throw new Error(`${problem} Nothing was written.`);
}

export const paneServices: PaneServices = {
  loadPlan: async (choice) => (await planLoading()).loadPlanIntoWorkbook(choice),
  readProgress: () => readProgress(),
  selectProgressRow: async (region, metric) => (await selection()).selectProgressRow(region, metric),
  insertFormula: async (formula) => (await selection()).insertFormula(formula),
  checkActuals: () => checkActualsInWorkbook(),
  watchActuals: (onChecked, onError, onStopped) => watchActuals(onChecked, onError, onStopped),
  selectActualsRow: async (row) => (await selection()).selectActualsRow(row),
  readSelection: async () =>
    (await import(/* webpackChunkName: "selectionread" */ '../excel/actuals/readSelection')).readSelection(),
  appendActuals: async (rows) => (await actualsAppend()).appendActuals(rows),
  // Only the plan-documents view appends and checks plan rows: that code loads when first used.
  appendPlanRows: async (records) =>
    (await import(/* webpackChunkName: "planAppend" */ '../excel/plan/append')).appendPlanRows(records),
  checkPlan: () => checkPlan(),
  reportOptions: async () => (await reportLayer()).readReportOptions(),
  buildReport: async (choice) => {
    refuse(monthOutsidePlans('The report month', choice.month));
    return (await reportLayer()).buildReportInWorkbook(choice);
  },
  closeMonth: async (choice) => {
    // A month outside the plans' range, and text longer than the log's cells hold, are refused before anything is written.
    refuse(
      monthOutsidePlans('The month to close', choice.month) ??
        tooLongForCell('Your name', choice.analyst) ??
        tooLongForCell('The note', choice.note),
    );
    return (await reportLayer()).closeMonthInWorkbook(choice);
  },
  exportBoardPack: async () => {
    const layer = await reportLayer();
    const pack = await layer.readBoardPack();
    const { base64Of, boardPackBytes, download, XLSX_TYPE } = await boardPackWriter();
    const fileName = layer.boardPackFileName(pack);
    const bytes = await boardPackBytes(pack);
    const delivery = layer.boardPackDelivery();
    if (delivery === 'new workbook') await layer.openAsNewWorkbook(base64Of(bytes));
    else download(fileName, bytes, XLSX_TYPE);
    return { fileName, delivery };
  },
  appendPlanFigures: async () => (await reportLayer()).appendPlanFigures((await actualsAppend()).appendActuals),
  workbookPlanStatus: () => workbookPlanStatus(),
  subscribeWorkbookPlanStatus: (listener) => subscribeWorkbookPlanStatus(listener),
  readWorkbookPlanAgain: async () => void (await startWorkbookPlan()),
};
