/**
 * The load/sync machinery of the Excel double, shaped like Office.js: calls on proxy objects queue
 * operations; `context.sync()` runs the queue in order against the workbook. Properties are readable
 * only after `load()` and a successful sync. If an operation fails, the sync rejects with its error,
 * the operations after it are not applied and no loaded value from that batch becomes readable
 * (operations before it stay applied, as in Office.js, whose batches are not transactions).
 * Each sync is measured as Excel on the web measures it: a request (the values, formulas and number
 * formats it writes) over PAYLOAD_LIMIT_BYTES is refused whole; a response (what its loads return)
 * over the limit fails the sync. The changes the batch made are then raised as events (events.ts),
 * in a later task, after the sync has resolved.
 */
import { deliverEvents, eventLogOf, YOU } from './events';
import { DoubleError, type WorkbookState } from './state';
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import type { DoubleWorkbook } from './worksheet';

export interface DoubleStats {
  syncCount: number;
  /** "Type.property" for every property loaded through `load()`. */
  loaded: Set<string>;
  /** Test hooks run just before a given sync (by count) executes: the user changing the workbook meanwhile. */
  beforeSync: Map<number, () => void>;
  /** One record per sync: rows of cell values it read (loads of `values`) and wrote (values, formulas, rows added). */
  syncLog: SyncRecord[];
  /** Syncs of each finished Excel.run, in the order the runs finished. */
  runSyncs: number[];
  /** The options of each Excel.run that made a new context, in the order the runs began. */
  runOptions: Excel.RunOptions[];
}

export interface SyncRecord {
  rowsRead: number;
  rowsWritten: number;
  /** Cells given a value or formula (values, formulas, rows added; a null entry leaves its cell alone and is not counted). */
  cellsWritten: number;
  /** Cells given a number format (a null entry is not counted). */
  formatsWritten: number;
  /** UTF-8 bytes of the JSON of the values, formulas and number formats the sync sent. */
  requestBytes: number;
  /** UTF-8 bytes of the JSON of what the sync's loads returned. */
  responseBytes: number;
}

/** Excel on the web refuses a request or a response over 5 MB (README: payload size). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const encoder = new TextEncoder();

/** The UTF-8 size of a value's JSON: what goes over the wire for it. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;

/** Counts rows of values read or written by the sync now running (see DoubleStats.syncLog). */
export function noteRows(stats: DoubleStats, what: 'rowsRead' | 'rowsWritten', rows: number): void {
  const current = stats.syncLog[stats.syncLog.length - 1];
  if (current) current[what] += rows;
}

/** Counts cells given content or a number format by the sync now running (see SyncRecord). */
export function noteCells(stats: DoubleStats, what: 'cellsWritten' | 'formatsWritten', cells: number): void {
  const current = stats.syncLog[stats.syncLog.length - 1];
  if (current) current[what] += cells;
}

type Op = () => void;

function payloadError(what: 'request' | 'response', bytes: number): DoubleError {
  const code = what === 'request' ? 'RequestPayloadSizeLimitExceeded' : 'ResponsePayloadSizeLimitExceeded';
  return new DoubleError(
    code,
    `The ${what} payload size (${bytes.toLocaleString('en-GB')} bytes) has exceeded the limit of ${PAYLOAD_LIMIT_BYTES.toLocaleString('en-GB')} bytes.`,
  );
}

/** Refused while a cell is being edited, by a batch that did not ask to wait (README: cell-edit mode). */
function cellEditError(): DoubleError {
  return new DoubleError(
    'InvalidOperationInCellEditMode',
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  );
}

export class DoubleContext implements Modelled<Excel.RequestContext, 'workbook' | 'sync'> {
  /** Syncs made through this context (one Excel.run), so overlapping runs are counted apart. */
  syncs = 0;
  private queue: Op[] = [];
  private queuedBytes = 0;
  private staged: Op[] = [];
  private executing = false;
  // Set by createExcelDouble right after construction (the Workbook proxy needs the context first).
  workbook!: DoubleWorkbook;

  constructor(
    readonly book: WorkbookState,
    readonly stats: DoubleStats,
    /** Whose add-in runs this batch: its changes reach the others' handlers as Remote (events.ts). */
    readonly author: string = YOU,
    /** The Excel.run options of the batch that made this context. */
    readonly runOptions: Excel.RunOptions = {},
  ) {}

  /**
   * Queues an operation, or runs it at once when it is created while a batch is running.
   * `sends`: what the operation sends to Excel (values, formulas, formats), measured for the request.
   */
  enqueue(op: Op, sends?: unknown): void {
    if (sends !== undefined && !this.executing) this.queuedBytes += jsonBytes(sends);
    if (this.executing) op();
    else this.queue.push(op);
  }

  /** Counts what a load returns towards the response of the sync now running. */
  noteResponse(value: unknown): void {
    const current = this.stats.syncLog[this.stats.syncLog.length - 1];
    if (current) current.responseBytes += jsonBytes(value);
  }

  /** Runs when the batch succeeds: how loaded values become readable. */
  stage(op: Op): void {
    this.staged.push(op);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.stats.syncCount += 1;
    this.syncs += 1;
    const hook = this.stats.beforeSync.get(this.stats.syncCount);
    this.stats.beforeSync.delete(this.stats.syncCount);
    hook?.();
    const record: SyncRecord = {
      rowsRead: 0,
      rowsWritten: 0,
      cellsWritten: 0,
      formatsWritten: 0,
      requestBytes: this.queuedBytes,
      responseBytes: 0,
    };
    this.stats.syncLog.push(record);
    const ops = this.queue;
    this.queue = [];
    this.queuedBytes = 0;
    this.staged = [];
    // In cell-edit mode a batch fails, or with delayForCellEdit waits until the edit ends.
    while (this.book.cellEdit) {
      if (!this.runOptions.delayForCellEdit) throw cellEditError();
      await this.book.cellEdit.ended;
    }
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) throw payloadError('request', record.requestBytes); // refused whole: nothing runs
    this.executing = true;
    const events = eventLogOf(this.book);
    events.acting = this.author;
    try {
      for (const op of ops) op();
      if (record.responseBytes > PAYLOAD_LIMIT_BYTES) throw payloadError('response', record.responseBytes);
    } catch (error) {
      this.staged = [];
      throw error;
    } finally {
      this.executing = false;
      events.acting = YOU;
      deliverEvents(this.book); // what ran is done, even in a failed batch
    }
    for (const op of this.staged) op();
    this.staged = [];
    await Promise.resolve();
  }
}

export function propertyNotLoaded(typeName: string, property: string): DoubleError {
  return new DoubleError(
    'PropertyNotLoaded',
    `The property '${property}' of ${typeName} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

type LoadSpec = string | string[] | undefined;

function normalise(spec: LoadSpec): string[] {
  const list = spec === undefined ? [] : Array.isArray(spec) ? spec : spec.split(',');
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

/** An argument Office.js accepts and the double does not model: refused when the batch runs, so a test cannot pass on it. */
export function unmodelled(what: string): DoubleError {
  return new DoubleError('NotImplemented', `The Excel double does not model ${what}.`);
}

/**
 * Office.js documents only `isNullObject` on what an *OrNullObject method returns; an object reached
 * through a null object (its range, its columns, a cell of it), or a method or property write on it,
 * fails the whole batch, with the error Office.js gives for an object path that leads nowhere.
 */
export function invalidObjectPath(typeName: string): DoubleError {
  return new DoubleError(
    'InvalidObjectPath',
    `The object path of this ${typeName} isn't working for the request: it was reached through a null object (an *OrNullObject result whose isNullObject is true).`,
  );
}

/**
 * A proxy for one object of the workbook. Its state is found when the operation that created it runs
 * (in batch order); `resolve` returning undefined makes it a null object (only allowed when nullable)
 * or an ItemNotFound error. A null object's isNullObject is true after the sync and loads on it are
 * skipped; anything else done with it, and any object got from it (a table's range, a range's cell,
 * a table's worksheet), fails the batch with InvalidObjectPath (see invalidObjectPath).
 */
export abstract class DoubleObject<S> {
  private readonly loadedValues = new Map<string, unknown>();
  private resolved: { state: S | undefined } | undefined;

  constructor(
    readonly context: DoubleContext,
    readonly typeName: string,
    resolve?: () => S | undefined,
    private nullable = false,
    private readonly missingMessage = 'The requested resource does not exist.',
  ) {
    if (resolve) context.enqueue(() => this.bind(resolve()));
  }

  /** Sets the state this proxy stands for; called in batch order. */
  bind(state: S | undefined): void {
    if (state === undefined && !this.nullable) throw new DoubleError('ItemNotFound', this.missingMessage);
    this.resolved = { state };
    if (this.nullable) this.context.stage(() => this.loadedValues.set('isNullObject', state === undefined));
  }

  /** The workbook state behind this proxy; only valid while a batch runs. */
  protected get state(): S {
    if (!this.resolved) throw new Error(`Excel double: ${this.typeName} used before it was resolved`);
    if (this.resolved.state === undefined) throw invalidObjectPath(this.typeName);
    return this.resolved.state;
  }

  protected get isNull(): boolean {
    return this.resolved !== undefined && this.resolved.state === undefined;
  }

  /** Readers of the scalar properties `load` may ask for, evaluated when the batch runs. */
  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** Child objects that load paths may go through ("protection/protected", "worksheet/name"). */
  protected navigation(name: string): DoubleObject<unknown> | undefined {
    void name;
    return undefined;
  }

  load(spec?: LoadSpec): this {
    const paths = normalise(spec);
    this.context.enqueue(() => this.loadNow(paths));
    return this;
  }

  /** Loads paths while the batch runs; an empty list means every scalar property. */
  loadNow(paths: string[]): void {
    if (this.isNull) return;
    const readers = this.scalars();
    const heads = paths.length === 0 ? Object.keys(readers) : paths;
    const nested = new Map<string, string[]>();
    for (const path of heads) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const head = path.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
        continue;
      }
      const read = readers[path];
      if (!read) {
        if (this.loadChild(path, [])) continue;
        throw new DoubleError('PropertyNotFound', `The Excel double has no property '${path}' on ${this.typeName}.`);
      }
      const value = read();
      this.context.noteResponse(value);
      this.context.stats.loaded.add(`${this.typeName}.${path}`);
      this.context.stage(() => this.loadedValues.set(path, value));
    }
    for (const [head, rest] of nested) {
      if (!this.loadChild(head, rest))
        throw new DoubleError('PropertyNotFound', `The Excel double has no navigation '${head}' on ${this.typeName}.`);
    }
  }

  /** Loads through a navigation property or (collections) the items; false when there is none. */
  protected loadChild(name: string, rest: string[]): boolean {
    const child = this.navigation(name);
    if (!child) return false;
    child.loadNow(rest);
    return true;
  }

  /** A loaded value, or Office.js's PropertyNotLoaded error. */
  protected read<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedValues.get(name) as T;
  }

  get isNullObject(): boolean {
    return this.nullable ? this.read<boolean>('isNullObject') : false;
  }
}

/** A collection proxy: `items` (and "items/…" load paths) list one proxy per member, cached by state. */
export abstract class DoubleCollection<S, Item extends DoubleObject<unknown>, M> extends DoubleObject<S> {
  private readonly itemProxies = new Map<M, Item>();

  protected abstract members(): M[];
  protected abstract makeItem(member: M): Item;

  protected itemFor(member: M): Item {
    let item = this.itemProxies.get(member);
    if (!item) {
      item = this.makeItem(member);
      this.itemProxies.set(member, item);
    }
    return item;
  }

  protected override loadChild(name: string, rest: string[]): boolean {
    if (name !== 'items') return super.loadChild(name, rest);
    const items = this.members().map((m) => this.itemFor(m));
    for (const item of items) item.loadNow(rest);
    this.context.stage(() => this.setItems(items));
    return true;
  }

  private loadedItems: Item[] | undefined;
  private setItems(items: Item[]): void {
    this.loadedItems = items;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }
}

/** OfficeExtension.ClientResult: a value readable after the sync that computed it. */
export class DoubleClientResult<T> {
  private done = false;
  private result: T | undefined;

  constructor(context: DoubleContext, compute: () => T) {
    context.enqueue(() => {
      const v = compute();
      context.stage(() => {
        this.result = v;
        this.done = true;
      });
    });
  }

  get value(): T {
    if (!this.done) throw propertyNotLoaded('ClientResult', 'value');
    return this.result as T;
  }
}

export type ContextSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<
    DoubleContext,
    Excel.RequestContext,
    'syncs' | 'book' | 'stats' | 'author' | 'runOptions' | 'enqueue' | 'noteResponse' | 'stage' | 'pending'
  >
>;
export type ClientResultSpeaksOfficeJs = SpeaksOfficeJs<
  NoExtraMembers<DoubleClientResult<number>, OfficeExtension.ClientResult<number>>
>;
