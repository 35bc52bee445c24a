/**
 * Change events of the Excel double: `table.onChanged` and `worksheet.onChanged`, as Office.js has
 * them. Excel raises them after a change is made, whoever made it: the user (the test helpers
 * setCells, pasteCells, fillTable) or an add-in through the API (values, formulas, clear, rows.add,
 * columns.add). So an add-in that writes into a table it watches hears its own writes, as in Excel.
 * Changes are collected while a batch runs and delivered when it has run (also when it failed part
 * way: what ran before the failure stays done), each handler called in a later task (a timer), so
 * after the sync that made the change has resolved and the code awaiting it has run on, with
 * { address (no sheet name), changeType, source: 'Local', … }. Handlers are added and removed when
 * the batch that asks for it is synced, as in Office.js.
 */
import { formatAddress, intersects, type Box } from './addresses';
import { unmodelled, type DoubleContext } from './context';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import type { SheetState, TableState, WorkbookState } from './state';

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';

export interface ChangeRecord {
  sheet: SheetState;
  box: Box;
  changeType: ChangeType;
}

export interface DoubleChangedEventArgs {
  type: 'TableChanged' | 'WorksheetChanged';
  address: string;
  changeType: ChangeType;
  source: 'Local';
  worksheetId: string;
  tableId?: string;
}

/**
 * Handlers are typed as Office.js types them. The double gives what it models (type, address,
 * changeType, source, worksheetId, tableId) and refuses the rest; worksheet events get the same shape.
 */
type Handler = (args: Excel.TableChangedEventArgs) => Promise<unknown>;

function officeArgs(args: DoubleChangedEventArgs): Excel.TableChangedEventArgs {
  const refuse = (): never => {
    throw unmodelled('the changed range of an event (getRange, getRangeOrNullObject)');
  };
  return {
    ...args,
    details: undefined as unknown as Excel.ChangedEventDetail,
    getRange: refuse,
    getRangeOrNullObject: refuse,
  } as unknown as Excel.TableChangedEventArgs;
}

interface Registration {
  target: { table: TableState } | { sheet: SheetState };
  handler: Handler;
}

export interface EventLog {
  registrations: Registration[];
  pending: ChangeRecord[];
  /** Handler calls made (each handler once per change it saw). */
  delivered: number;
  /** What handlers threw or rejected with: Excel swallows these; tests should see none. */
  errors: unknown[];
}

export const newEventLog = (): EventLog => ({ registrations: [], pending: [], delivered: 0, errors: [] });

const logs = new WeakMap<WorkbookState, EventLog>();

export function eventLogOf(book: WorkbookState): EventLog {
  let log = logs.get(book);
  if (!log) {
    log = newEventLog();
    logs.set(book, log);
  }
  return log;
}

/** Notes a change to deliver after the batch (or, for the user's changes, at once by deliverChanges). */
export function recordChange(book: WorkbookState, sheet: SheetState, box: Box, changeType: ChangeType): void {
  eventLogOf(book).pending.push({ sheet, box: { ...box }, changeType });
}

const cellsOnly = (sheet: SheetState, box: Box): string => formatAddress(sheet.name, box).split('!')[1];

function intersection(a: Box, b: Box): Box {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return {
    row,
    col,
    rows: Math.min(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.min(a.col + a.cols, b.col + b.cols) - col,
  };
}

/**
 * Calls the handlers of the changes noted so far, each in a later task: Excel raises events after the
 * batch completes, in no fixed order with the code that resumes after sync(), and the double takes
 * the order that code is least likely to expect.
 */
export function deliverChanges(book: WorkbookState): void {
  const log = eventLogOf(book);
  const changes = log.pending;
  log.pending = [];
  for (const change of changes) {
    for (const { target, handler } of [...log.registrations]) {
      let args: DoubleChangedEventArgs | undefined;
      if ('table' in target) {
        const t = target.table;
        if (!book.tables.includes(t) || t.sheet !== change.sheet || !intersects(t.box, change.box)) continue;
        args = {
          type: 'TableChanged',
          address: cellsOnly(t.sheet, intersection(t.box, change.box)),
          changeType: change.changeType,
          source: 'Local',
          worksheetId: t.sheet.name,
          tableId: t.name,
        };
      } else {
        if (target.sheet !== change.sheet) continue;
        args = {
          type: 'WorksheetChanged',
          address: cellsOnly(change.sheet, change.box),
          changeType: change.changeType,
          source: 'Local',
          worksheetId: change.sheet.name,
        };
      }
      const given = officeArgs(args);
      log.delivered += 1;
      setTimeout(() => {
        void Promise.resolve()
          .then(() => handler(given))
          .catch((error: unknown) => void log.errors.push(error));
      }, 0);
    }
  }
}

/** `table.onChanged` / `worksheet.onChanged`: add(handler) → { context, remove() }. */
export class DoubleEventHandlers implements Modelled<
  OfficeExtension.EventHandlers<Excel.TableChangedEventArgs>,
  'add'
> {
  constructor(
    private readonly context: DoubleContext,
    private readonly target: () => Registration['target'],
  ) {}

  add(handler: Handler): { context: DoubleContext; remove(): void } {
    const log = eventLogOf(this.context.book);
    let registration: Registration | undefined;
    this.context.enqueue(() => {
      registration = { target: this.target(), handler };
      log.registrations.push(registration);
    });
    const context = this.context;
    return {
      context,
      remove(): void {
        context.enqueue(() => {
          log.registrations = log.registrations.filter((r) => r !== registration);
        });
      },
    };
  }
}

export type EventHandlersSpeakOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleEventHandlers, OfficeExtension.EventHandlers<Excel.TableChangedEventArgs>>
>;
