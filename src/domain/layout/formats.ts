/** Number formats (format codes in en-US form, as Range.numberFormat takes them). */
export const FORMAT = {
  general: 'General',
  text: '@',
  year: '0',
  count: '0',
  percent: '0.0%',
  /** Gaps in percentage points, signed so "+2.0%" reads as 2 points short. */
  points: '+0.0%;-0.0%;0.0%',
  month: 'mmm yyyy',
  date: 'dd/mm/yyyy',
} as const;
