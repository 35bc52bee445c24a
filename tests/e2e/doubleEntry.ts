/**
 * Browser entry for the end-to-end tests: puts the in-memory Excel double behind `window.Excel`
 * before the task pane loads (the real office.js still provides `Office`), and exposes the double
 * as `window.excelDouble` so the test can act as the user and inspect the workbook.
 */
import { createExcelDouble } from '../excelDouble';

const double = createExcelDouble();
const w = window as unknown as Record<string, unknown>;
w.Excel = double.Excel;
w.excelDouble = double;
