/**
 * The text of a PDF plan document, for readPlanDocument. pdf.js is loaded only when a PDF is read:
 * the dynamic import() makes it a chunk of its own, fetched on demand, so the task pane page does not
 * carry it. Its legacy build, which also runs in the older Safari of Excel on Mac. pdf.js parses in a
 * web worker: webpack emits the worker file as an asset (new URL(…, import.meta.url), see the
 * pdfjsWorker rule in webpack.config.js) and gives its URL relative to the page's scripts.
 */
import { textOfPdf } from './pdfLines';

export { PdfReadError } from './pdfLines';

export async function pdfText(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.min.mjs');
  if (pdfjs.GlobalWorkerOptions.workerSrc === '') {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url).href;
  }
  return textOfPdf(pdfjs, bytes);
}
