/**
 * The plan document reader in a web worker: the text in, the reading (or a message) out, so a long or
 * strange document never holds up the pane. readDocument.ts starts it.
 */
import { readPlanDocument } from '../../domain/planDocument';
import type { ReaderAnswer } from './readDocument';

globalThis.addEventListener('message', (event: MessageEvent<string>) => {
  let answer: ReaderAnswer;
  try {
    answer = { reading: readPlanDocument(event.data) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  globalThis.postMessage(answer);
});
