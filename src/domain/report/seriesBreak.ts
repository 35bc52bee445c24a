/**
 * The series break: the Probation Reset of 29 April 2024 changed the published measures, so figures
 * from May 2024 are not comparable with earlier ones.
 */
import { monthIndexOf, type MonthIndex } from '../months';

export const SERIES_BREAK_MONTH: MonthIndex = monthIndexOf(2024, 5);

export const SERIES_BREAK_NOTE =
  'From May 2024 the published measures changed (Probation Reset, 29 April 2024): not comparable with earlier months.';

export const afterBreak = (month: MonthIndex): boolean => month >= SERIES_BREAK_MONTH;

/** True when two months lie on different sides of the break. */
export const acrossBreak = (a: MonthIndex, b: MonthIndex): boolean => afterBreak(a) !== afterBreak(b);
