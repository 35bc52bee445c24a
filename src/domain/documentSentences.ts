/**
 * A plan document's text as sentences, each with the section it is under and whether it sits in a
 * targets list ("Targets", "Regional targets"). Copes with text as pasted or extracted from a PDF:
 * sentences wrapped across lines, bullets ("-", "•", "- »"), markdown headings ("## Targets"), and
 * headings that are just a short line of their own. A sentence keeps the document's words, with line
 * breaks and runs of spaces collapsed to one space, so it can be found again in the document.
 */

export interface DocumentSentence {
  /** The sentence as written, whitespace collapsed. */
  text: string;
  /** The topic heading it is under ("Training, skills and work progress"), or "" before any. */
  section: string;
  /** Under a "Targets" or "Regional targets" heading (until the next heading). */
  underTargets: boolean;
  /** Which item (paragraph or bullet) it is in, counted from 0: sentences of one item share it. */
  item: number;
}

const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.*)$/;
// "- ", "– ", "* ", "» " need a space after them (so "-5" stays); the bullet glyphs do not.
const BULLET = /^\s*(?:(?:[-–—*»]\s)|[•●▪◦‣■□➢·])(?:\s*(?:(?:[-–—*»]\s)|[•●▪◦‣■□➢·]))*\s*/;
const BLANK = /^\s*$/;
// A heading's number ("4. Family, …", "2.1 Housing", "B. Drugs"): not part of its title.
const NUMBERING = /^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,5}\.)\s+(?=\S)/;
// A numbered item of a list: "1. By March 2025 …", "2) We will …", "(a) …".
const NUMBERED_ITEM = /^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\)|[a-z]\))\s+(?=\S)/;
// A page number on a line of its own: "12", "Page 12", "- 12 -", "Page 3 of 20", "3/20".
const PAGE_NUMBER = /^\s*(?:page\s+)?[-–(]?\s*\d{1,3}\s*[-–)]?(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i;
// A line repeated this often (page numbers aside) is a running header or footer, not a heading.
const RUNNING_REPEATS = 3;
const TARGETS_HEADING = /\btargets?\b/i;
// Template sub-headings that sit under a topic rather than start one (used when there is no contents list).
const SUB_HEADING =
  /^(?:regional context|important partners|(?:three|3)[- ]year (?:objectives|activities)|objectives|activities|our partners|key partners|we said we would|what we have done|over the past year|contents)\b/i;
const CONTENTS_HEADING = /^(?:table of )?contents$/i;
// "Training, skills and work<TAB>9", "Foreword ........ 1": leaders between the title and its page.
const LEADERS = new Set([' ', '\t', '.', '…', '·']);
// A heading may name a year ("Priorities for 2024-25") but states no percentage and no commitment.
const NOT_IN_HEADINGS = /\d\s*(?:%|per\s?cent)|\bwill\b/i;
const MAX_HEADING = 100;
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'approx',
  'cf',
  'inc',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
// End of a sentence: ., ! or ?, closing quotes or brackets, then space and what can start a sentence.
// Only from the first mark of a run (the lookbehind), so a run of dots is tried once, not once per dot.
const SENTENCE_END = /(?<![.!?])[.!?]+["”’)\]]*(?=\s["“‘([]?[A-Z0-9£])/g;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

const unnumbered = (line: string): string => line.replace(NUMBERING, '');

/** Heading text for comparison with the contents list: only its words count ("&" is "and"), not its number. */
const headingKey = (text: string): string =>
  unnumbered(collapse(text))
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function looksLikeHeading(line: string): boolean {
  const text = collapse(unnumbered(line));
  return (
    text.length > 0 &&
    text.length <= MAX_HEADING &&
    !/[.,;]$/.test(text) &&
    !/^[a-z]/.test(text) &&
    !NOT_IN_HEADINGS.test(text) &&
    !BULLET.test(line)
  );
}

/**
 * Whether a line of a paragraph is a heading. Text pasted from a PDF often has no blank line around
 * headings ("Regional targets" straight after a sentence, then "- By …"), so a heading-shaped line
 * counts when it starts the paragraph or follows a heading or the end of a sentence, and the next
 * line does not carry on its sentence (a wrapped line starts in lower case).
 */
function isHeadingLine(paragraph: readonly string[], i: number, afterHeading: boolean): boolean {
  const line = paragraph[i];
  if (!looksLikeHeading(line) || /[.!?]\s/.test(unnumbered(line))) return false;
  const previous = paragraph[i - 1];
  const next = paragraph[i + 1];
  return (
    (previous === undefined || afterHeading || /[.:!?]["”’)]?\s*$/.test(previous)) &&
    (next === undefined || !/^\s*[a-z]/.test(next))
  );
}

/**
 * A contents entry's title ("Training, skills and work" of "Training, skills and work ..... 9"), or
 * undefined. Scanned from the end by hand: a pattern for it backtracks in the square of a long line
 * with no page number.
 */
function contentsEntry(line: string): string | undefined {
  let end = line.length;
  while (end > 0 && end > line.length - 3 && line[end - 1] >= '0' && line[end - 1] <= '9') end--;
  if (end === line.length || (end > 0 && line[end - 1] >= '0' && line[end - 1] <= '9')) return undefined;
  const page = end;
  while (end > 0 && LEADERS.has(line[end - 1])) end--;
  if (end === page || end === 0) return undefined;
  const title = line.slice(0, end);
  return /[A-Za-z]/.test(title) ? title : undefined;
}

/** The entries of the document's contents list, if it has one, and the lines the list takes up. */
function contentsOf(lines: readonly string[]): { entries: Set<string>; lineNumbers: Set<number> } {
  const entries = new Set<string>();
  const lineNumbers = new Set<number>();
  const start = lines.findIndex((line) => CONTENTS_HEADING.test(collapse(line.replace(MARKDOWN_HEADING, '$1'))));
  if (start < 0) return { entries, lineNumbers };
  for (let i = start + 1; i < lines.length; i++) {
    if (BLANK.test(lines[i])) continue;
    const entry = contentsEntry(collapse(lines[i]));
    if (entry === undefined) break;
    entries.add(headingKey(entry));
    lineNumbers.add(i);
  }
  if (entries.size < 2) return { entries: new Set(), lineNumbers: new Set() };
  lineNumbers.add(start);
  return { entries, lineNumbers };
}

/** Splits a paragraph's text into sentences, keeping each sentence's closing punctuation. */
function splitSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const stop = end.index + end[0].length;
    // The word before the mark: at most 12 characters are looked at, however long the run of marks.
    const word = /\S*$/.exec(text.slice(Math.max(from, end.index - 12), end.index))?.[0] ?? '';
    // "e.g. West Yorkshire", "J. Smith": a full stop that does not end the sentence.
    if (end[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase().replace(/^\(/, '')) || /^[A-Z]$/.test(word)))
      continue;
    out.push(text.slice(from, stop).trim());
    from = stop;
  }
  out.push(text.slice(from).trim());
  return out.filter((s) => s.length > 0);
}

// The cover and the first headings: where a document says which region and edition it is.
const TITLE_CHARS = 3000;

/**
 * The heading-shaped lines near the top of a document (markdown headings, and short lines that are
 * not part of a sentence), whitespace collapsed: its title, cover and first headings, where it names
 * itself. Sentences are left out, so "since our 2023 annual update" in a foreword is not read as a title.
 */
export function titleLines(text: string): string[] {
  const lines = text.slice(0, TITLE_CHARS).split(/\r\n|\r|\n/);
  const titles: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    let afterHeading = false;
    paragraph.forEach((line, i) => {
      afterHeading = isHeadingLine(paragraph, i, afterHeading);
      if (afterHeading) titles.push(collapse(line));
    });
    paragraph = [];
  };
  for (const line of lines) {
    const markdown = MARKDOWN_HEADING.exec(line);
    if (BLANK.test(line) || markdown) {
      endParagraph();
      if (markdown) titles.push(collapse(markdown[1]));
    } else paragraph.push(line);
  }
  endParagraph();
  return titles.filter((t) => t !== '');
}

/**
 * The lines that are page furniture, not text: page numbers, and running headers and footers (a
 * short heading-shaped line repeated on page after page, its page number aside), so a section is
 * never named after a footer and sentences are not cut by one.
 */
function pageFurniture(
  lines: readonly string[],
  contents: { entries: Set<string>; lineNumbers: Set<number> },
): Set<number> {
  const keyOf = (line: string): string => collapse(line).replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    if (BLANK.test(line) || line.length > MAX_HEADING * 2 || contents.lineNumbers.has(i)) return;
    const key = keyOf(line);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const furniture = new Set<number>();
  lines.forEach((line, i) => {
    if (BLANK.test(line) || contents.lineNumbers.has(i)) return;
    if (PAGE_NUMBER.test(line)) {
      furniture.add(i);
      return;
    }
    if (line.length > MAX_HEADING * 2 || (counts.get(keyOf(line)) ?? 0) < RUNNING_REPEATS) return;
    const key = headingKey(line);
    const kept = TARGETS_HEADING.test(key) || SUB_HEADING.test(key) || contents.entries.has(key) || /:\s*$/.test(line);
    if (!kept && looksLikeHeading(line)) furniture.add(i);
  });
  return furniture;
}

/** Whether the paragraph's last line breaks off mid-sentence and `next` carries it on (a page break between). */
const carriesOn = (paragraph: readonly string[], next: string | undefined): boolean =>
  paragraph.length > 0 &&
  next !== undefined &&
  /^\s*[a-z]/.test(next) &&
  !/[.!?:;]["”’)]?\s*$/.test(paragraph[paragraph.length - 1]);

/** Every sentence of a plan document, in order, with its section and whether it is in a targets list. */
export function documentSentences(text: string): DocumentSentence[] {
  const lines = text.split(/\r\n|\r|\n/);
  const contents = contentsOf(lines);
  const isTopic = (heading: string): boolean => {
    const key = headingKey(heading);
    if (contents.entries.size > 0) return contents.entries.has(key);
    return !TARGETS_HEADING.test(key) && !SUB_HEADING.test(key) && !heading.trim().endsWith(':');
  };

  const sentences: DocumentSentence[] = [];
  let section = '';
  let underTargets = false;
  const heading = (line: string): void => {
    const title = collapse(unnumbered(line));
    underTargets = TARGETS_HEADING.test(title) && title.length <= 40;
    if (isTopic(title)) section = title.replace(/:$/, '');
  };
  let items = 0;
  const item = (itemLines: string[]): void => {
    const joined = collapse(itemLines.join(' ').replace(BULLET, '').replace(NUMBERED_ITEM, ''));
    const itemNumber = items++;
    for (const sentence of splitSentences(joined))
      sentences.push({ text: sentence, section, underTargets, item: itemNumber });
  };

  let paragraph: string[] = [];
  const endParagraph = (): void => {
    let current: string[] = [];
    const flush = (): void => {
      if (current.length > 0) item(current);
      current = [];
    };
    let afterHeading = false;
    for (let i = 0; i < paragraph.length; i++) {
      const line = paragraph[i];
      // A contents entry wrapped onto two lines, as a large heading in a PDF can be.
      const twoLines = contents.entries.size > 0 && i + 1 < paragraph.length ? `${line} ${paragraph[i + 1]}` : '';
      if (twoLines !== '' && contents.entries.has(headingKey(twoLines))) {
        flush();
        heading(twoLines);
        afterHeading = true;
        i++;
        continue;
      }
      afterHeading = isHeadingLine(paragraph, i, afterHeading);
      if (afterHeading) {
        flush();
        heading(line);
        continue;
      }
      if (BULLET.test(line) || NUMBERED_ITEM.test(line)) flush();
      current.push(line);
    }
    flush();
    paragraph = [];
  };

  const furniture = pageFurniture(lines, contents);
  // The next line with text after each line, page furniture aside: a sentence may carry on over a page break.
  const nextText: number[] = new Array<number>(lines.length);
  for (let i = lines.length - 1, next = -1; i >= 0; i--) {
    nextText[i] = next;
    if (!furniture.has(i) && !BLANK.test(lines[i])) next = i;
  }
  lines.forEach((line, i) => {
    if (furniture.has(i)) return;
    const markdown = MARKDOWN_HEADING.exec(line);
    if (BLANK.test(line) && carriesOn(paragraph, lines[nextText[i]])) return;
    if (contents.lineNumbers.has(i) || BLANK.test(line) || markdown) {
      if (paragraph.length > 0) endParagraph();
      if (markdown && !contents.lineNumbers.has(i)) heading(markdown[1]);
      return;
    }
    paragraph.push(line);
  });
  if (paragraph.length > 0) endParagraph();
  return sentences;
}
