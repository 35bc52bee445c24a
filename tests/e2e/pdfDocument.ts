/**
 * A PDF of a test document for the end-to-end tests, made with pdf-lib the way published plans are
 * laid out, so reading it exercises what real PDFs do to text.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

const SIZE = 11;
const LEADING = 14;
const MARGIN = 50;
const PAGE: [number, number] = [420, 595]; // A5: lines are re-wrapped shorter than the text's, over several pages

/** Splits a line into pieces that fit `width`, at spaces. */
function wrap(line: string, font: PDFFont, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(next, SIZE) > width) {
      pieces.push(current);
      current = word;
    } else current = next;
  }
  return [...pieces, current];
}

/**
 * A PDF of a text document, laid out as a published plan is: wrapped to the page, paragraphs spaced,
 * bullets and contents page numbers apart from their text, and on every page a running header and a
 * page number, drawn last, as page furniture often is.
 */
export async function pdfOf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page: PDFPage = pdf.addPage(PAGE);
  let y = PAGE[1] - 2 * MARGIN;
  const draw = (piece: string, x: number): void => {
    if (piece.trim() !== '') page.drawText(piece, { x, y, size: SIZE, font });
  };
  let spaced = true;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      if (!spaced) y -= LEADING; // one gap for a run of blank lines
      spaced = true;
      continue;
    }
    spaced = false;
    const bullet = /^\s*([•-])\s+/.exec(line);
    const [words, pageNumber] = line.split('\t'); // a contents line: its page number at the right margin
    const indent = bullet ? 14 : 0;
    for (const [i, piece] of wrap(
      words.slice(bullet ? bullet[0].length : 0).trim(),
      font,
      PAGE[0] - 2 * MARGIN - indent,
    ).entries()) {
      if (y < 2 * MARGIN) {
        page = pdf.addPage(PAGE);
        y = PAGE[1] - 2 * MARGIN;
      }
      if (bullet && i === 0) draw(bullet[1], MARGIN);
      draw(piece, MARGIN + indent);
      if (pageNumber !== undefined && i === 0) draw(pageNumber, PAGE[0] - MARGIN - 10);
      y -= LEADING;
    }
  }
  pdf.getPages().forEach((each, i) => {
    each.drawText('Reducing Reoffending Plan: regional update', { x: MARGIN, y: PAGE[1] - MARGIN, size: 9, font });
    each.drawText(String(i + 1), { x: PAGE[0] / 2, y: MARGIN / 2, size: 9, font });
  });
  return pdf.save();
}
