/**
 * The text of a plan document the analyst chose: a .txt file decoded as Notepad and Word save them
 * (UTF-8 with or without a byte order mark, UTF-16 with one, else Windows-1252), or a .pdf through
 * pdfText (which loads pdf.js only then). Rejects with an Error whose message is in plain words.
 */
import { messageOf } from '../services';

const PDF = /\.pdf$/i;
const TEXT = /\.txt$/i;

/** The file types the chooser offers. */
export const DOCUMENT_FILE_TYPES = '.txt,.pdf,text/plain,application/pdf';

/** Text from a file's bytes. The decoder drops the byte order mark it was chosen by. */
export function textOfBytes(bytes: ArrayBuffer): string {
  const [first, second] = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  if (first === 0xff && second === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (first === 0xfe && second === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Word's "Plain Text" on Windows saves in the Windows code page, with its dashes and bullets.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function bytesOf(file: File): Promise<ArrayBuffer> {
  try {
    return await file.arrayBuffer();
  } catch (error) {
    throw new Error(
      `${file.name} could not be read (${messageOf(error)}). Choose it again, or paste the document's text instead.`,
      { cause: error },
    );
  }
}

export async function documentText(file: File): Promise<string> {
  const isPdf = PDF.test(file.name) || file.type === 'application/pdf';
  if (!isPdf && !TEXT.test(file.name) && file.type !== 'text/plain') {
    throw new Error(
      `${file.name} is not a .txt or .pdf file. Save the plan document as PDF or plain text, or copy its text and paste it here.`,
    );
  }
  const bytes = await bytesOf(file);
  if (bytes.byteLength === 0)
    throw new Error(`${file.name} is empty. Choose the plan document itself, or paste its text.`);
  if (!isPdf) return textOfBytes(bytes);
  // Its own chunk too: most documents are pasted, and the PDF code has no use for them.
  const { pdfText } = await import(/* webpackChunkName: "pdftext" */ './pdfText');
  return pdfText(bytes);
}
