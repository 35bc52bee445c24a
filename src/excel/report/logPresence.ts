/**
 * Whether RRP Log exists, learnt in the sync that follows through its isNullObject only: a check then
 * loads closingCheck.ts and reads the log by name. Kept apart so the page's own script carries only this.
 */
import { REPORT_TABLES } from './names';

export const queueLogPresence = (context: Excel.RequestContext): Excel.Table => context.workbook.tables.getItemOrNullObject(REPORT_TABLES.log);
