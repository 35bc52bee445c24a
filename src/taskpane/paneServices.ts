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
  readProgress,
  readSelection,
  selectActualsRow,
  selectProgressRow,
  startWorkbookPlan,
  subscribeWorkbookPlanStatus,
  watchActuals,
  workbookPlanStatus,
} from '../excel';
import type { PaneServices } from './services';

/** Loading the plan is an occasional task: its code is a chunk the page fetches when first asked. */
const planLoading = () => import(/* webpackChunkName: "loadplan" */ '../excel/load/loadPlan');
// The board report's layer and the exceljs file writer load on demand, each its own chunk, so the
// page's own script stays small.
const reportLayer = () => import(/* webpackChunkName: "report" */ '../excel/report');
const boardPackWriter = () => import(/* webpackChunkName: "boardpack" */ './export/boardPackFile');

export const paneServices: PaneServices = {
  loadPlan: async (choice) => (await planLoading()).loadPlanIntoWorkbook(choice),
  readProgress: () => readProgress(),
  selectProgressRow: (region, metric) => selectProgressRow(region, metric),
  insertFormula: (formula) => insertFormula(formula),
  checkActuals: () => checkActualsInWorkbook(),
  watchActuals: (onChecked, onError, onStopped) => watchActuals(onChecked, onError, onStopped),
  selectActualsRow: (row) => selectActualsRow(row),
  readSelection: () => readSelection(),
  appendActuals: (rows) => appendActuals(rows),
  // Only the plan-documents view appends and checks plan rows: that code loads when first used.
  appendPlanRows: async (records) =>
    (await import(/* webpackChunkName: "planAppend" */ '../excel/plan/append')).appendPlanRows(records),
  checkPlan: async () => (await import(/* webpackChunkName: "planCheck" */ '../excel/plan/check')).checkPlan(),
  reportOptions: async () => (await reportLayer()).readReportOptions(),
  buildReport: async (choice) => (await reportLayer()).buildReportInWorkbook(choice),
  closeMonth: async (choice) => (await reportLayer()).closeMonthInWorkbook(choice),
  exportBoardPack: async () => {
    const layer = await reportLayer();
    const pack = await layer.readBoardPack();
    const { boardPackBytes, download, XLSX_TYPE } = await boardPackWriter();
    const fileName = layer.boardPackFileName(pack);
    download(fileName, await boardPackBytes(pack), XLSX_TYPE);
    return fileName;
  },
  appendPlanFigures: async () => (await reportLayer()).appendPlanFigures(),
  workbookPlanStatus: () => workbookPlanStatus(),
  subscribeWorkbookPlanStatus: (listener) => subscribeWorkbookPlanStatus(listener),
  readWorkbookPlanAgain: async () => void (await startWorkbookPlan()),
};
