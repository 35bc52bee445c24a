/** The colours of statuses, on RRP Progress and in RRP Report alike. */
import { NO_ACTUAL_YET } from '../actuals';
import type { Status } from '../status';

export const GREEN = { fill: '#C6EFCE', font: '#006100' };
const AMBER = { fill: '#FFEB9C', font: '#9C5700' };
export const RED = { fill: '#FFC7CE', font: '#9C0006' };
const GREY = { fill: '#EDEDED', font: '#595959' };

/**
 * Status colours, one for every status RRP.STATUS gives and for "No actual yet" (a status renamed or
 * added in src/domain/status.ts does not compile until it has its colour); each rule matches the
 * start of the text, so "Met" does not colour "Missed".
 */
export const STATUS_COLOURS: Readonly<Record<Status | typeof NO_ACTUAL_YET, { fill: string; font: string }>> = {
  Met: GREEN,
  'On track': GREEN,
  Improving: GREEN,
  'At risk': AMBER,
  'Not improving': AMBER,
  'Off track': RED,
  Missed: RED,
  [NO_ACTUAL_YET]: GREY,
};
