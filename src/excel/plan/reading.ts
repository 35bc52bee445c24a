/**
 * What every reading of RRP Plan shares (the reading itself, read.ts; the check, check.ts, loaded on
 * demand): how it treats a protected sheet, and its name in messages. (What follows a change of the
 * plan, recalculating RRP formulas: recalculate.ts.)
 */

/** What to do when Check needs writing and the sheet is protected: refuse (an asked-for check) or leave Check as it is (a reading). */
export type WhenProtected = 'refuse' | 'leave';

/** What a reading does, for messages: "Excel could not read RRP Plan …". */
export const READING = 'read RRP Plan';
