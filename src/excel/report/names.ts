/**
 * The board report's sheets and tables, and the largest request. (How the add-in knows a report
 * sheet is its own is the domain's: REPORT_TITLE_PREFIX in domain/report/reportGrid.ts.)
 */
import { LOG_TABLE } from '../shared/logPresence';

export const REPORT_SHEETS = {
  report: 'RRP Report',
  history: 'RRP History',
  charts: 'RRP Charts',
  summary: 'RRP Summary',
  log: 'RRP Log',
} as const;
export const REPORT_TABLES = { history: 'RRPHistory', summary: 'RRPSummary', log: LOG_TABLE } as const;

/** Excel on the web refuses a request over 5 MB: the layer keeps each write under this many bytes. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * ExcelApi versions: charts.add and getImage 1.1/1.2; series.add, setValues, setXAxisValues, point
 * markers and data labels 1.7; a data label's text 1.8; page layout (orientation, paper, fit to a
 * page, title rows, footers) 1.9.
 */
export const REPORT_API = '1.9';
