/** RRP Log's rows written and read back, in the domain (no Excel, no double). */
import { monthFromIso } from '../../../src/domain/months';
import { LOG_COLUMNS, logRow } from '../../../src/domain/report/logTable';
import { logEntriesOf } from '../../../src/domain/report/logEntries';
import type { LogEntry } from '../../../src/domain/report';

describe('logRow', () => {
  it('writes one cell per column, the analyst’s text as typed, and reads back as the same entry', () => {
    const entry: LogEntry = {
      closedAt: 45_500.5,
      region: 'KSS',
      month: monthFromIso('2024-06'),
      metric: 'EMP_6W',
      value: 0.18,
      rowsUsed: 3,
      analyst: '=Sam',
      note: '0012',
    };
    const row = logRow(entry);
    expect(row).toHaveLength(LOG_COLUMNS.length);
    expect(row[LOG_COLUMNS.findIndex((c) => c.header === 'Analyst')]).toBe('=Sam');
    expect(logEntriesOf([row])).toEqual([entry]);
  });
});
