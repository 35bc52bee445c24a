/**
 * What a check of RRP Actuals adds once a month has been closed: RRP Log's rows, read with the
 * check's first block, and a note on each used row whose figure changed after its month was closed.
 * Loaded by the check only when RRP Log exists (its own chunk), so a workbook that never closed
 * a month does not load it.
 */
import type { CheckResult } from '../../domain/actuals';
import { withClosingNotes } from '../../domain/report/closing';
import { logEntriesOf } from '../../domain/report/logEntries';
import { LOG_TABLE } from './logPresence';

/** Queues the read of RRP Log's rows; `apply` (after the next sync) notes the check's changed rows. */
export function queueClosingNotes(context: Excel.RequestContext): (result: CheckResult) => CheckResult {
  const body = context.workbook.tables.getItem(LOG_TABLE).getDataBodyRange().load('values');
  return (result) => withClosingNotes(result, logEntriesOf(body.values));
}
