/** Shared by the domain tests of RRP Report: one row of the report, for June 2024. */
import { monthFromIso } from '../../src/domain/months';
import type { ReportRow } from '../../src/domain/report';

/** The month the sample row reports on. */
export const reportMonth = monthFromIso('2024-06');

/** KSS's EMP_6W for June 2024, on track against its 2023 target; `others` changes any field. */
export const reportRow = (others: Partial<ReportRow> = {}): ReportRow => ({
  month: reportMonth,
  region: 'KSS',
  metric: 'EMP_6W',
  edition: 2023,
  kind: 'increase',
  target: 0.2,
  actualMonth: reportMonth,
  actual: 0.18,
  status: 'On track',
  notes: [],
  ...others,
});
