/** A PDF's text items as lines (pdfLines.ts), with hand-made items and a stand-in for pdf.js. */
import {
  PdfReadError,
  textOfPages,
  textOfPdf,
  type Pdfjs,
  type PdfTextItem,
} from '../../../src/taskpane/documentFiles/pdfLines';

/** An item of `str` at (x, y) in a 10 pt font, about 5 pt a character. */
const item = (str: string, x: number, y: number, more: Partial<PdfTextItem> = {}): PdfTextItem => ({
  str,
  transform: [10, 0, 0, 10, x, y],
  width: str.length * 5,
  height: 10,
  hasEOL: false,
  ...more,
});

/** The lines of one page. */
const pageLines = (items: PdfTextItem[]): string[] => textOfPages([items]).split('\n');

describe('textOfPages', () => {
  it('joins items on one baseline, with a space only where there is a gap', () => {
    expect(
      pageLines([item('By April', 50, 700), item('2024,', 95, 700), item(' South', 120, 700), item('ern', 150, 700)]),
    ).toEqual(['By April 2024, Southern']);
  });

  it('starts a new line where pdf.js marks an end of line, or the baseline moves', () => {
    expect(
      pageLines([
        item('one', 50, 700, { hasEOL: true }),
        item('two', 50, 700),
        item('', 65, 700, { hasEOL: true }),
        item('three', 50, 687),
      ]),
    ).toEqual(['one', 'two', 'three']);
  });

  it('keeps a footnote mark raised less than half a line on its line', () => {
    expect(pageLines([item('employment.', 50, 700), item('5', 105, 703.5, { height: 6, width: 3 })])).toEqual([
      'employment.5',
    ]);
  });

  it('puts a blank line where lines are further apart than line spacing, or text goes back up the page', () => {
    const lines = pageLines([
      item('Regional targets', 50, 700),
      item('• By March 2025', 50, 680),
      item('wrapped on', 62, 667),
      item('Second column', 300, 700),
    ]);
    expect(lines).toEqual(['Regional targets', '', '• By March 2025', 'wrapped on', '', 'Second column']);
  });

  it('carries a sentence on from one page to the next, and drops empty pages', () => {
    expect(
      textOfPages([[item('Heading', 50, 700), item('by 25% by', 50, 60)], [], [item('March 2025.', 50, 780)]]),
    ).toBe('Heading\n\nby 25% by\nMarch 2025.');
  });

  it('leaves out page numbers, and headers and footers repeated on most pages, so a sentence runs on across pages', () => {
    const page = (n: number, body: string[]): PdfTextItem[] => [
      item(`London Reducing Reoffending Plan 2022-25 – page ${n}`, 50, 800),
      ...body.map((line, i) => item(line, 50, 700 - 14 * i)),
      item('OFFICIAL', 50, 40),
    ];
    const pages = [
      page(1, ['Regional targets', 'By July 2023, London will']),
      page(2, ['increase the proportion']),
      page(3, ['employed six weeks after']),
      page(4, ['release.']),
    ];
    expect(textOfPages(pages)).toBe(
      'Regional targets\nBy July 2023, London will\nincrease the proportion\nemployed six weeks after\nrelease.',
    );
    expect(
      textOfPages([
        [item('one', 50, 700), item('2', 300, 30)],
        [item('3', 300, 800), item('two', 50, 700)],
      ]),
    ).toBe('one\ntwo');
  });

  it('keeps a line that happens to repeat but is not at the edge of the page', () => {
    const page = (first: string): PdfTextItem[] => [
      item(first, 50, 700),
      item('We said we would:', 50, 686),
      item(`Develop ${first} partnerships.`, 50, 672),
    ];
    expect(
      textOfPages([page('Training'), page('Drugs'), page('Family')])
        .split('\n')
        .filter((l) => l === 'We said we would:'),
    ).toHaveLength(3);
  });
});

/** A stand-in for pdf.js: a document of the given pages, or a load that fails with `error`. */
function fakePdfjs(
  pages: PdfTextItem[][],
  error?: { name: string; message: string },
): Pdfjs & { given?: Uint8Array; destroyed: boolean } {
  const fake: Pdfjs & { given?: Uint8Array; destroyed: boolean } = {
    destroyed: false,
    getDocument(source) {
      fake.given = source.data;
      const document = {
        numPages: pages.length,
        getPage: async (n: number) => ({
          getTextContent: async () => ({ items: [{ type: 'beginMarkedContent' }, ...pages[n - 1]] }),
          cleanup: () => true,
        }),
        destroy: async () => {
          fake.destroyed = true;
        },
      };
      return {
        promise: error
          ? Promise.reject(Object.assign(new Error(error.message), { name: error.name }))
          : Promise.resolve(document),
      };
    },
  };
  return fake;
}

describe('textOfPdf', () => {
  it("reads every page, hands pdf.js a copy of the caller's bytes, and closes the document", async () => {
    const pdfjs = fakePdfjs([[item('North West', 50, 700)], [item('Annual Update 2024', 50, 700)]]);
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await expect(textOfPdf(pdfjs, bytes.buffer)).resolves.toBe('North West\nAnnual Update 2024');
    expect(pdfjs.given).toEqual(bytes);
    expect(pdfjs.given?.buffer).not.toBe(bytes.buffer);
    expect(pdfjs.destroyed).toBe(true);
  });

  it('says in words when the PDF has a password, cannot be read, or has no text', async () => {
    await expect(
      textOfPdf(fakePdfjs([], { name: 'PasswordException', message: 'No password given' }), new Uint8Array(4)),
    ).rejects.toThrow(
      new PdfReadError('This PDF is protected by a password. Open it, copy its text and paste the text instead.'),
    );
    await expect(
      textOfPdf(fakePdfjs([], { name: 'InvalidPDFException', message: 'Invalid PDF structure.' }), new Uint8Array(4)),
    ).rejects.toThrow(
      'This file could not be read as a PDF (Invalid PDF structure.). Check it is the plan document, or paste its text instead.',
    );
    const scanned = fakePdfjs([[], []]);
    await expect(textOfPdf(scanned, new Uint8Array(4))).rejects.toThrow(
      "This PDF has no text to read: its pages may be scanned images. Paste the plan document's text instead.",
    );
    expect(scanned.destroyed).toBe(true);
  });
});
