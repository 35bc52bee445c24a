/**
 * Importing actuals in two steps: read (the Excel selection, or a CSV file) into a preview, where
 * nothing has been written, then append on the analyst's confirmation. A newer read replaces a pending
 * preview and supersedes a read still under way; while rows are being appended nothing else starts.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { shown } from '../../domain/givenValues';
import { currentMonth } from '../../domain/months';
import { prepareImport, type PreparedImport, type ReadRows } from '../components/actualsText';
import { countOf } from '../../domain/wording';
import { messageOf, type ActualsCheckSummary, type PaneServices } from '../services';

export type ImportSource = { kind: 'selection' } | { kind: 'file'; name: string };

export interface PendingImport extends PreparedImport {
  source: ImportSource;
}

export interface ImportState {
  busy?: 'reading' | 'appending';
  /** Read and waiting for the analyst to append or cancel. */
  pending?: PendingImport;
  /** Why the last read or append failed, in plain words. */
  error?: string;
  /** What the last finished step did ("Nothing was appended."), in plain words. */
  notice?: string;
}

export interface ActualsImport extends ImportState {
  fromSelection: () => Promise<void>;
  fromFile: (file: File) => Promise<void>;
  /** Appends the pending rows; resolves when done, whether or not it worked (the state says which). */
  confirm: () => Promise<void>;
  cancel: () => void;
}

async function readFile(file: File): Promise<ReadRows> {
  let bytes: Uint8Array;
  try {
    // Bytes, not text(): text() reads UTF-8 only, and Excel also saves UTF-16 and Windows-1252 files.
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new Error(
      `The file ${shown(file.name)} could not be read (${messageOf(error)}). Choose it again, or save it as CSV and try again.`,
      { cause: error },
    );
  }
  // The CSV parser is loaded only when a file is chosen: most sessions never import one.
  const { parseActualsCsv } = await import(/* webpackChunkName: "csv" */ '../../domain/actuals/csv');
  const csv = parseActualsCsv(bytes, { today: currentMonth() });
  const { layout, encoding, problems, ignoredColumns, missingColumns } = csv.preview;
  return { layout, encoding, rows: csv.rows, problems, ignoredColumns, missingColumns };
}

export function useActualsImport(
  services: Pick<PaneServices, 'readSelection' | 'appendActuals'>,
  onAppended: (summary: ActualsCheckSummary, appended: number) => void,
): ActualsImport {
  const [state, setRenderedState] = useState<ImportState>({});
  // The callbacks read the state from here, set at once, so a second click before the next render
  // (a double-click on Append) already sees the first one's "appending" and does nothing.
  const latest = useRef(state);
  const setState = useCallback((next: ImportState) => {
    latest.current = next;
    setRenderedState(next);
  }, []);
  const appended = useRef(onAppended);
  useEffect(() => {
    appended.current = onAppended;
  });
  const reads = useRef(0);

  const read = useCallback(
    async (source: ImportSource, get: () => Promise<ReadRows>): Promise<void> => {
      if (latest.current.busy === 'appending') return;
      const id = ++reads.current;
      setState({ busy: 'reading' });
      try {
        const rows = await get();
        if (id === reads.current) setState({ pending: { ...prepareImport(rows, currentMonth()), source } });
      } catch (error) {
        if (id === reads.current) setState({ error: messageOf(error) });
      }
    },
    [setState],
  );

  const fromSelection = useCallback(
    () =>
      read({ kind: 'selection' }, async () => {
        const block = await services.readSelection();
        // Like the CSV parser, the block reader loads only when an import is asked for (in the same chunk).
        const { rowsFromBlock } = await import(/* webpackChunkName: "csv" */ '../../domain/actuals/blocks');
        return rowsFromBlock(block);
      }),
    [read, services],
  );
  const fromFile = useCallback((file: File) => read({ kind: 'file', name: file.name }, () => readFile(file)), [read]);

  const confirm = useCallback(async (): Promise<void> => {
    const { pending, busy } = latest.current;
    if (pending === undefined || busy !== undefined || pending.rows.length === 0) return;
    reads.current++;
    setState({ busy: 'appending', pending });
    try {
      const summary = await services.appendActuals(pending.rows);
      setState({ notice: `Appended ${countOf(pending.rows.length, 'row')} to RRP Actuals.` });
      appended.current(summary, pending.rows.length);
    } catch (error) {
      // Keep the preview: the analyst can try again (after closing a cell edit, say) or cancel.
      setState({ pending, error: messageOf(error) });
    }
  }, [services, setState]);

  const cancel = useCallback(() => {
    if (latest.current.busy === 'appending') return;
    reads.current++;
    setState({ notice: 'Import cancelled: nothing was appended.' });
  }, [setState]);

  return { ...state, fromSelection, fromFile, confirm, cancel };
}
