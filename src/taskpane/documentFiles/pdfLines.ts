/**
 * A PDF's text as lines, from pdf.js text items, so readPlanDocument reads a PDF as it reads the same
 * document's text: items on one baseline joined into a line (with a space where the gap between them
 * is one), a new line where pdf.js marks an end of line or the baseline moves, a blank line where
 * the gap between lines is wider than line spacing (a new paragraph or heading), and page numbers,
 * running headers and footers left out. It takes pdf.js as a parameter, so this module never loads it
 * (pdfText.ts does, on demand); tests pass fakes.
 */

/** The fields of a pdf.js TextItem this module reads. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x and y place the item's baseline start (y grows up the page). */
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface PdfPage {
  getTextContent(): Promise<{ items: readonly (PdfTextItem | object)[] }>;
  cleanup(): unknown;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
/** The part of pdf.js used here (its module, as `import('pdfjs-dist/…')` gives it). */
export interface Pdfjs {
  getDocument(source: { data: Uint8Array; isEvalSupported: boolean; disableFontFace: boolean }): {
    promise: Promise<PdfDocument>;
  };
}

/** A PDF that cannot be read, with the reason in words for the analyst. */
export class PdfReadError extends Error {
  override name = 'PdfReadError';
}

// Fractions of the font size: a gap wider than this between items is a space; a baseline that moves
// by more than this starts a new line (a superscript moves less); a drop wider than this is a paragraph.
const SPACE_GAP = 0.15;
const SAME_LINE = 0.5;
const PARAGRAPH_DROP = 1.5;

interface Line {
  text: string;
  y: number;
  size: number;
  endX: number;
}

const sizeOf = (item: PdfTextItem): number => item.height || Math.hypot(item.transform[2], item.transform[3]) || 1;

/** One page's items as lines, in the order pdf.js gives the text. */
function pageLines(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let ended = true;
  for (const item of items) {
    const [, , , , x, y] = item.transform;
    const size = sizeOf(item);
    const line = lines[lines.length - 1];
    if (item.str !== '') {
      if (ended || !line || Math.abs(y - line.y) > SAME_LINE * Math.max(size, line.size)) {
        lines.push({ text: item.str, y, size, endX: x + item.width });
      } else {
        const gap = x - line.endX > SPACE_GAP * size && !/\s$/.test(line.text) && !/^\s/.test(item.str);
        line.text += (gap ? ' ' : '') + item.str;
        line.endX = x + item.width;
        line.size = Math.max(line.size, size);
      }
    }
    ended = item.hasEOL;
  }
  return lines.filter((line) => line.text.trim() !== '');
}

// A running header or footer is at the top or bottom of at least half the pages (two at least).
const FURNITURE_PAGES = 2;
const FURNITURE_DEPTH = 2; // lines from each edge of a page
const furnitureKey = (line: Line): string => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Page furniture: bare page numbers, and running headers and footers (the same line, numbers aside,
 * at the top or bottom of most pages). Left in, they would split a sentence that runs onto the next page.
 */
function pageFurniture(pages: readonly Line[][]): Set<Line> {
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return [byHeight.slice(0, FURNITURE_DEPTH), byHeight.slice(-FURNITURE_DEPTH).reverse()];
  });
  const pagesWith = new Map<string, number>();
  for (const [top, bottom] of edges)
    for (const key of new Set([...top, ...bottom].map(furnitureKey))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const needed = Math.max(FURNITURE_PAGES, pages.length / 2);
  const isFurniture = (line: Line): boolean =>
    /^\d{1,3}$/.test(line.text.trim()) || (pagesWith.get(furnitureKey(line)) ?? 0) >= needed;
  const furniture = new Set<Line>();
  for (const side of edges.flat()) {
    for (const line of side) {
      if (!isFurniture(line)) break; // only lines at the very edge, not a body line that happens to match
      furniture.add(line);
    }
  }
  return furniture;
}

/** Lines as text, with "" where a paragraph starts. */
function paragraphs(lines: readonly Line[]): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    // Moving up the page (a new column) or down by more than line spacing starts a paragraph.
    if (previous && (line.y > previous.y || previous.y - line.y > PARAGRAPH_DROP * Math.max(line.size, previous.size)))
      out.push('');
    out.push(line.text.trimEnd());
  });
  return out;
}

/**
 * The text of a document's pages, without page numbers, running headers and footers. A page carries
 * straight on from the last, as a sentence can run onto the next page.
 */
export function textOfPages(pages: readonly (readonly PdfTextItem[])[]): string {
  const lines = pages.map(pageLines);
  const furniture = pageFurniture(lines);
  return lines.flatMap((page) => paragraphs(page.filter((line) => !furniture.has(line)))).join('\n');
}

const isTextItem = (item: PdfTextItem | object): item is PdfTextItem => 'str' in item;

/** Reads every page's text with the given pdf.js. Rejects with a PdfReadError the analyst can act on. */
export async function textOfPdf(pdfjs: Pdfjs, bytes: ArrayBuffer | Uint8Array): Promise<string> {
  // A copy: pdf.js hands its data to the worker, which would leave the caller's buffer empty.
  const data = bytes instanceof Uint8Array ? bytes.slice() : new Uint8Array(bytes.slice(0));
  let pdf: PdfDocument;
  try {
    pdf = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
  } catch (error) {
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new PdfReadError('This PDF is protected by a password. Open it, copy its text and paste the text instead.');
    }
    throw new PdfReadError(
      `This file could not be read as a PDF (${(error as Error).message}). Check it is the plan document, or paste its text instead.`,
    );
  }
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      pages.push((await page.getTextContent()).items.filter(isTextItem));
      page.cleanup();
    }
    const text = textOfPages(pages);
    if (text.trim() === '')
      throw new PdfReadError(
        "This PDF has no text to read: its pages may be scanned images. Paste the plan document's text instead.",
      );
    return text;
  } finally {
    await pdf.destroy();
  }
}
