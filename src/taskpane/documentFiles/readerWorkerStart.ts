/**
 * Starts the reader's web worker. A module of its own, imported only where Worker exists: webpack
 * emits planReaderWorker.ts as a chunk from the new URL(…, import.meta.url) below, and jest (which
 * runs CommonJS, where import.meta is a syntax error) never loads it.
 */
export const startReaderWorker = (): Worker =>
  new Worker(new URL('./planReaderWorker.ts', import.meta.url), { name: 'planreader' });
