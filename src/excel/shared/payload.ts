/**
 * Request and response sizes. Excel on the web refuses a request or a response over 5 MB (Microsoft's
 * resource limits for Excel add-ins), counted as the JSON that goes over the wire. The layer sizes
 * every block of rows it writes by the bytes of what it sends, so no request passes PAYLOAD_BUDGET_BYTES
 * whatever the text in the rows; reads are sized from the bytes per row the block before returned,
 * and a block Excel refuses as too large is read again in halves, as Microsoft advises.
 */
import { officeErrorCode } from './layerErrors';

/** The most one request (or, as far as the layer can tell beforehand, one response) carries: under Excel's 5 MB. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** The most rows one sync reads or writes, whatever their size: small requests keep Excel responsive. */
export const BLOCK_ROWS = 20_000;

export interface Block {
  start: number;
  count: number;
}

/** UTF-8 bytes of the JSON of `value`, without building the bytes. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else if (code >= 0x800) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/**
 * Consecutive blocks covering every row, each of at most `maxRows` rows and at most `budget` bytes
 * (`sizes[i]`: the bytes row i adds to the request); a row bigger than the budget goes alone.
 */
export function blocksBySize(sizes: readonly number[], budget = PAYLOAD_BUDGET_BYTES, maxRows = BLOCK_ROWS): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    const count = i - start;
    if (count > 0 && (count >= maxRows || bytes + sizes[i] > budget)) {
      blocks.push({ start, count });
      start = i;
      bytes = 0;
    }
    bytes += sizes[i];
  }
  if (sizes.length > start) blocks.push({ start, count: sizes.length - start });
  return blocks;
}

/** Bytes each row of `rows` adds to a request that writes it as values ("[…]," per row). */
export const rowBytes = (rows: readonly (readonly unknown[])[]): number[] => rows.map((row) => jsonBytes(row) + 1);

/**
 * Reads rows [0, total) in blocks, one sync each: `load(block)` queues the load of a block's values
 * and returns the range; `take(values, block)` receives them in order. The first block is BLOCK_ROWS
 * rows; each next one is sized by the bytes per row the last one returned, to stay within the budget.
 * A block Excel refuses as too large a response is read again in halves.
 * `alongside` queues the caller's other loads, which travel with the first block's sync (with no rows,
 * it is called all the same and the caller's next sync carries them). Excel fulfils no load of a sync
 * that fails, so when the first block is read again smaller they are queued again with it.
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  total: number,
  load: (block: Block) => Excel.Range,
  take: (values: unknown[][], block: Block) => void,
  alongside?: () => void,
): Promise<void> {
  if (total === 0) alongside?.();
  let size = BLOCK_ROWS;
  for (let start = 0; start < total;) {
    const block = { start, count: Math.min(size, total - start) };
    if (start === 0) alongside?.();
    const range = load(block);
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || block.count === 1) throw error;
      size = Math.ceil(block.count / 2);
      continue;
    }
    const values = range.values;
    take(values, block);
    start += block.count;
    const perRow = Math.max(1, jsonBytes(values) / block.count);
    size = Math.max(1, Math.min(BLOCK_ROWS, Math.floor(PAYLOAD_BUDGET_BYTES / perRow)));
  }
}
