/** The board report in the workbook: build it, close a month, append the plans' own figures, read the board pack out. */
export { boardPackFileName } from '../../domain/report';
export { readBoardPack } from './boardPack';
export { buildReportInWorkbook } from './buildReport';
export { closeMonthInWorkbook } from './closeMonth';
export { boardPackDelivery, openAsNewWorkbook } from './delivery';
export { LOG_COLUMNS } from '../../domain/report/logTable';
export { CHART_PREFIX } from '../../domain/report';
export { REPORT_API, REPORT_SHEETS, REPORT_TABLES } from './names';
export { readReportOptions } from './options';
export { appendPlanFigures, type AppendActuals } from './planFigures';
export { FOOTER } from '../../domain/report';
