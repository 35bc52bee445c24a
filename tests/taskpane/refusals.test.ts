/**
 * Issue 19 points 5 and 6 at the pane's service boundary: a month outside the plans' range, and a
 * name or note longer than a cell holds, are refused in plain words before the Excel layer is asked
 * (there is no Excel here: reaching it would fail differently).
 */
import { monthIndexOf } from '../../src/domain/months';
import { paneServices } from '../../src/taskpane/paneServices';

const APRIL_2023 = monthIndexOf(2023, 4);
const LONG = 'x'.repeat(32_768);

it.each([
  [
    'a far month',
    monthIndexOf(2099, 10),
    /^The report month, October 2099, is outside the plans' range \(April 2021 to March 2030\)\./,
  ],
  ['a month before the plans', monthIndexOf(2010, 1), /^The report month, January 2010, is outside the plans' range/],
  ['no month at all', -5, /^The report month is not a month the plans cover\./],
  ['a fraction', APRIL_2023 + 0.5, /^The report month is not a month the plans cover\./],
])('refuses to build a report for %s', async (_what, month, message) => {
  await expect(paneServices.buildReport({ month, editions: {} })).rejects.toThrow(message);
});

it.each([
  [
    'a far month',
    { month: monthIndexOf(2099, 10), analyst: 'Sam', note: '' },
    /^The month to close, October 2099, is outside/,
  ],
  [
    'a long name',
    { month: APRIL_2023, analyst: LONG, note: '' },
    /^Your name is 32,768 characters long, and an Excel cell holds at most 32,767: shorten it by 1\. Nothing was written\.$/,
  ],
  [
    'a long note',
    { month: APRIL_2023, analyst: 'Sam', note: `=${'x'.repeat(32_766)}` },
    /^The note is 32,768 characters long/,
  ],
])('refuses to close a month with %s', async (_what, choice, message) => {
  await expect(paneServices.closeMonth({ region: 'KSS', ...choice })).rejects.toThrow(message);
});
