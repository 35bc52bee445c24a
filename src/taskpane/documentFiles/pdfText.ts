/**
 * The text of a PDF plan document, for readPlanDocument. pdf.js is loaded only when a PDF is read:
 * the dynamic import() makes it a chunk of its own, fetched on demand, so the task pane page does not
 * carry it. It is pdf.js's published minified legacy build, which also runs in the older Safari of
 * Excel on Mac. pdf.js parses in a web worker: webpack emits the worker file as an asset (new URL(…,
 * import.meta.url); see scripts/pdfjsBuild.js) and gives its URL relative to the page's scripts.
 */
import { PdfReadError, textOfPdf, type Pdfjs } from './pdfLines';

export { PdfReadError } from './pdfLines';

/** The PDF's text, one line per line of the page, "" between paragraphs. Rejects with a PdfReadError. */
export async function pdfText(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  let pdfjs: Pdfjs;
  try {
    const loaded = await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/legacy/build/pdf.min.mjs');
    if (loaded.GlobalWorkerOptions.workerSrc === '') {
      loaded.GlobalWorkerOptions.workerSrc = new URL(
        'pdfjs-dist/legacy/build/pdf.worker.min.mjs',
        import.meta.url,
      ).href;
    }
    pdfjs = loaded;
  } catch (error) {
    throw new PdfReadError(
      `The PDF reader could not be loaded (${(error as Error).message}). Check the connection and try again, or paste the document's text instead.`,
    );
  }
  return textOfPdf(pdfjs, bytes);
}
