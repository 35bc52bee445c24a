/**
 * The load/sync machinery of the Excel double, shaped like Office.js: calls on proxy objects queue
 * operations; `context.sync()` runs the queue in order against the workbook. Properties are readable
 * only after `load()` and a successful sync. If an operation fails, the sync rejects with its error,
 * the operations after it are not applied and no loaded value from that batch becomes readable
 * (operations before it stay applied, as in Office.js, whose batches are not transactions).
 * The changes the batch made are then raised as events (events.ts).
 */
import { deliverChanges } from './events';
import { DoubleError, type WorkbookState } from './state';
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
}

export interface SyncRecord {
  rowsRead: number;
  rowsWritten: number;
}

/** Counts rows of values read or written by the sync now running (see DoubleStats.syncLog). */
export function noteRows(stats: DoubleStats, what: 'rowsRead' | 'rowsWritten', rows: number): void {
  const current = stats.syncLog[stats.syncLog.length - 1];
  if (current) current[what] += rows;
}

type Op = () => void;

export class DoubleContext {
  /** Syncs made through this context (one Excel.run), so overlapping runs are counted apart. */
  syncs = 0;
  private queue: Op[] = [];
  private staged: Op[] = [];
  private executing = false;
  // Set by createExcelDouble right after construction (the Workbook proxy needs the context first).
  workbook!: DoubleWorkbook;

  constructor(
    readonly book: WorkbookState,
    readonly stats: DoubleStats,
  ) {}

  /** Queues an operation, or runs it at once when it is created while a batch is running. */
  enqueue(op: Op): void {
    if (this.executing) op();
    else this.queue.push(op);
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
    this.stats.syncLog.push({ rowsRead: 0, rowsWritten: 0 });
    const ops = this.queue;
    this.queue = [];
    this.staged = [];
    this.executing = true;
    try {
      for (const op of ops) op();
    } catch (error) {
      this.staged = [];
      throw error;
    } finally {
      this.executing = false;
      deliverChanges(this.book); // what ran is done, even in a failed batch
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

/** Thrown when an operation needs the state of a null object. An object made from a null object is a null object too. */
export class NullObjectError extends DoubleError {
  constructor(typeName: string) {
    super('ItemNotFound', `${typeName} is a null object.`);
  }
}

/**
 * A proxy for one object of the workbook. Its state is found when the operation that created it runs
 * (in batch order); `resolve` returning undefined makes it a null object (only allowed when nullable)
 * or an ItemNotFound error. An object got from a null object (a table's range, a range's cell, a
 * table's worksheet) is a null object too, as in Office.js: loads on it are skipped and its
 * isNullObject is true after the sync.
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
    if (resolve) context.enqueue(() => this.bind(this.resolveFrom(resolve)));
  }

  private resolveFrom(resolve: () => S | undefined): S | undefined {
    try {
      return resolve();
    } catch (error) {
      if (!(error instanceof NullObjectError)) throw error;
      this.nullable = true;
      return undefined;
    }
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
    if (this.resolved.state === undefined) throw new NullObjectError(this.typeName);
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
      this.context.stats.loaded.add(`${this.typeName}.${path}`);
      this.context.stage(() => this.loadedValues.set(path, value));
    }
    for (const [head, rest] of nested) {
      if (!this.loadChild(head, rest)) throw new DoubleError('PropertyNotFound', `The Excel double has no navigation '${head}' on ${this.typeName}.`);
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
