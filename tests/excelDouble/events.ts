/**
 * Events of the Excel double, as Office.js has them: `table.onChanged` and `worksheet.onChanged` (a
 * change to cells), `tables.onDeleted` and `worksheets.onDeleted` (the workbook's collections: a table
 * or a sheet deleted). Excel raises them after a change is made, whoever made it: the user (the test
 * helpers setCells, pasteCells, fillTable, deleteSheet) or an add-in through the API (values,
 * formulas, clear, rows.add, columns.add, table.delete). So an add-in that writes into a table it
 * watches hears its own writes, as in Excel. Events are collected while a batch runs and delivered when
 * it has run (also when it failed part way: what ran before the failure stays done), each handler
 * called in a later task (a timer), so after the sync that made the change has resolved and the code
 * awaiting it has run on. Change events get { address (no sheet name), changeType, source, … };
 * deleted events get Office.js's arguments in full. Handlers are added and removed when the batch
 * that asks for it is synced, as in Office.js.
 * Source: every change and deletion is made by someone (the analyst here, YOU, or a co-author a test
 * plays), and every handler belongs to someone (whose add-in added it); a handler hears its own
 * author's changes as Local and everyone else's as Remote, as co-authors' add-ins do in a shared
 * workbook (Excel.EventSource).
 */
import { formatAddress, intersects, type Box } from './addresses';
import { unmodelled, type DoubleContext } from './context';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import type { SheetState, TableState, WorkbookState } from './state';

/** Who works in the workbook when nobody else is named: the analyst at this computer. */
export const YOU = 'you';

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
  source: 'Local' | 'Remote';
  worksheetId: string;
  tableId?: string;
}

/** What a deleted event tells, in full: a table's (ExcelApi 1.9) or a sheet's (ExcelApi 1.7). */
export type Deletion = Excel.TableDeletedEventArgs | Excel.WorksheetDeletedEventArgs;

/** What an added event tells, in full: a table's (TableCollection.onAdded, ExcelApi 1.7). */
export type Addition = Excel.TableAddedEventArgs;

/** Arguments of the events the double raises. */
type EventArgs = Excel.TableChangedEventArgs | Deletion | Addition;

/**
 * Handlers are typed as Office.js types them. For changes, the double gives what it models (type,
 * address, changeType, source, worksheetId, tableId) and refuses the rest; worksheet changes get the
 * same shape.
 */
type Handler<A> = (args: A) => Promise<unknown>;

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

/** What a handler listens to: changes to a table or a sheet, every deletion of a table or a sheet, every table added. */
type Target =
  { table: TableState } | { sheet: SheetState } | { deleted: Deletion['type'] } | { added: Addition['type'] };

interface Registration {
  target: Target;
  /** Whose add-in added the handler. */
  author: string;
  /** Called only with the arguments its target raises (see DoubleEventHandlers.add). */
  handler: Handler<EventArgs>;
}

export interface EventLog {
  registrations: Registration[];
  /** Changes, deletions and additions not delivered yet, in the order they were made, each with who made it. */
  pending: { event: ChangeRecord | Deletion | Addition; author: string }[];
  /** Who is changing the workbook now: the author of the batch running, or of the user action. */
  acting: string;
  /** Handler calls made (each handler once per change or deletion it saw). */
  delivered: number;
  /** What handlers threw or rejected with: Excel swallows these; tests should see none. */
  errors: unknown[];
}

export const newEventLog = (): EventLog => ({ registrations: [], pending: [], acting: YOU, delivered: 0, errors: [] });

const logs = new WeakMap<WorkbookState, EventLog>();

export function eventLogOf(book: WorkbookState): EventLog {
  let log = logs.get(book);
  if (!log) {
    log = newEventLog();
    logs.set(book, log);
  }
  return log;
}

/** Notes a change to deliver after the batch (or, for the user's changes, at once by deliverEvents). */
export function recordChange(book: WorkbookState, sheet: SheetState, box: Box, changeType: ChangeType): void {
  const log = eventLogOf(book);
  log.pending.push({ event: { sheet, box: { ...box }, changeType }, author: log.acting });
}

/** Notes a table's deletion (TableCollection.onDeleted), to deliver as recordChange's changes are. */
export function recordTableDeleted(book: WorkbookState, table: TableState): void {
  const log = eventLogOf(book);
  log.pending.push({
    event: {
      type: 'TableDeleted',
      tableId: table.id,
      tableName: table.name,
      worksheetId: table.sheet.id,
      source: 'Local',
    },
    author: log.acting,
  });
}

/** Notes a table added to the workbook (TableCollection.onAdded), to deliver as the others are. */
export function recordTableAdded(book: WorkbookState, table: TableState): void {
  const log = eventLogOf(book);
  log.pending.push({
    event: { type: 'TableAdded', tableId: table.id, worksheetId: table.sheet.id, source: 'Local' },
    author: log.acting,
  });
}

/**
 * Notes a sheet's deletion (WorksheetCollection.onDeleted). Only the sheet's event: whether Excel also
 * raises TableCollection.onDeleted for the tables on it is not documented, so the double does not.
 */
export function recordSheetDeleted(book: WorkbookState, sheet: SheetState): void {
  const log = eventLogOf(book);
  log.pending.push({ event: { type: 'WorksheetDeleted', worksheetId: sheet.id, source: 'Local' }, author: log.acting });
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

/** The arguments a handler on `target` gets for a change, or undefined when the change is not its. */
function changeArgs(
  book: WorkbookState,
  target: Target,
  change: ChangeRecord,
  source: 'Local' | 'Remote',
): DoubleChangedEventArgs | undefined {
  if ('table' in target) {
    const t = target.table;
    if (!book.tables.includes(t) || t.sheet !== change.sheet || !intersects(t.box, change.box)) return undefined;
    return {
      type: 'TableChanged',
      address: cellsOnly(t.sheet, intersection(t.box, change.box)),
      changeType: change.changeType,
      source,
      worksheetId: t.sheet.id,
      tableId: t.id,
    };
  }
  if ('sheet' in target && target.sheet === change.sheet) {
    return {
      type: 'WorksheetChanged',
      address: cellsOnly(change.sheet, change.box),
      changeType: change.changeType,
      source,
      worksheetId: change.sheet.id,
    };
  }
  return undefined;
}

/**
 * Calls the handlers of the changes and deletions noted so far, each in a later task: Excel raises
 * events after the batch completes, in no fixed order with the code that resumes after sync(), and
 * the double takes the order that code is least likely to expect.
 */
export function deliverEvents(book: WorkbookState): void {
  const log = eventLogOf(book);
  const events = log.pending;
  log.pending = [];
  for (const { event, author } of events) {
    for (const registration of [...log.registrations]) {
      const { target, handler } = registration;
      const source = registration.author === author ? 'Local' : 'Remote';
      let given: EventArgs | undefined;
      if ('box' in event) {
        const args = changeArgs(book, target, event, source);
        given = args && officeArgs(args);
      } else if ('deleted' in target && target.deleted === event.type) {
        given = { ...event, source };
      } else if ('added' in target && target.added === event.type) {
        given = { ...event, source };
      }
      if (given === undefined) continue;
      const args = given;
      log.delivered += 1;
      setTimeout(() => {
        void Promise.resolve()
          .then(() => handler(args))
          .catch((error: unknown) => void log.errors.push(error));
      }, 0);
    }
  }
}

/**
 * `table.onChanged`, `worksheet.onChanged`, `tables.onDeleted`, `worksheets.onDeleted`:
 * add(handler) → { context, remove() }.
 */
export class DoubleEventHandlers<A extends EventArgs> implements Modelled<OfficeExtension.EventHandlers<A>, 'add'> {
  constructor(
    private readonly context: DoubleContext,
    private readonly target: () => Target,
  ) {}

  add(handler: Handler<A>): { context: DoubleContext; remove(): void } {
    const log = eventLogOf(this.context.book);
    let registration: Registration | undefined;
    this.context.enqueue(() => {
      // The target decides which arguments deliverEvents gives, and a target raises only A's kind.
      registration = { target: this.target(), author: this.context.author, handler: handler as Handler<EventArgs> };
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
  NoExtraMembers<
    DoubleEventHandlers<Excel.TableChangedEventArgs>,
    OfficeExtension.EventHandlers<Excel.TableChangedEventArgs>
  >
>;
