/**
 * Whether RRP Log exists, learnt in the sync that follows through its isNullObject only: a check then
 * loads closingCheck.ts and reads the log by name. Kept apart (with the log's table name) so the page's
 * own script carries only this.
 */
export const LOG_TABLE = 'RRPLog';

export const queueLogPresence = (context: Excel.RequestContext): Excel.Table =>
  context.workbook.tables.getItemOrNullObject(LOG_TABLE);
