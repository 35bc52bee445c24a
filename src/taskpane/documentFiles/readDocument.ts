/**
 * Reads a plan document's text for review off the pane's thread, in a web worker (planReaderWorker.ts),
 * so the pane stays responsive whatever the text. Where there is no Worker (jsdom in the unit tests)
 * it reads in the page. Text over LONGEST_DOCUMENT is refused with a message before anything is read.
 */
import { documentTooLong, readPlanDocument, type PlanReading } from '../../domain/planDocument';

/** What the worker posts back. */
export type ReaderAnswer = { reading: PlanReading } | { error: string };

const FAILED = 'The document could not be read';

async function readInWorker(text: string): Promise<PlanReading> {
  let worker: Worker;
  try {
    const { startReaderWorker } = await import(/* webpackChunkName: "readerworker" */ './readerWorkerStart');
    worker = startReaderWorker();
  } catch (error) {
    throw new Error(
      `${FAILED}: the reader could not be started (${(error as Error).message}). Check the connection, reload the pane and try again.`,
      { cause: error },
    );
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ReaderAnswer>) => {
      worker.terminate();
      if ('reading' in event.data) resolve(event.data.reading);
      else reject(new Error(`${FAILED} (${event.data.error}).`));
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      worker.terminate();
      event.preventDefault();
      reject(
        new Error(
          `${FAILED}: the reader could not be loaded (${event.message || 'no reason given'}). Check the connection, reload the pane and try again.`,
        ),
      );
    });
    worker.postMessage(text);
  });
}

/** The reading of a document's text; rejects with an Error in the analyst's words. */
export async function readDocument(text: string): Promise<PlanReading> {
  const tooLong = documentTooLong(text);
  if (tooLong !== undefined) throw new Error(tooLong);
  return typeof Worker === 'function' ? readInWorker(text) : readPlanDocument(text);
}
