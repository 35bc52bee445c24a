/**
 * Which region and edition a plan document is, from its identity: the lines of its title and headings
 * (the cover's "North West", "Reducing Reoffending Plan 2022-25", "Annual Update 2024"), never by
 * counting mentions, since an update may name itself once and a neighbour twice. Each comes with the
 * line it was read from and, where the evidence is weak or conflicting, a note saying so for the review.
 */
import { titleLines } from './documentSentences';
import { editionLabel } from './editions';
import type { RegionCode } from './planSchema';
import { REGIONS, regionName } from './regions';

/** Where a document's region or edition was read from, and what the analyst should check. */
export interface IdentityEvidence {
  /** The line of the document it was read from; null when nothing was read. */
  line: string | null;
  /** Why the reading is weak or conflicting, in the analyst's words; null when the title states it plainly. */
  note: string | null;
}

export interface DocumentIdentity {
  region: RegionCode | null;
  edition: number | null;
  evidence: { region: IdentityEvidence; edition: IdentityEvidence };
}

// "England and Wales" is national, not the Wales region.
const NOT_A_REGION = /England\s+(?:and|&)\s+Wales/g;

/** A region's name as written, "and" or "&", "The" or "the", commas optional. */
function regionPattern(name: string): RegExp {
  const words = name.split(/[\s,]+/).map((w) => {
    if (/^and$/i.test(w)) return String.raw`(?:and|&)\s+`;
    if (/^the$/i.test(w)) return String.raw`(?:[Tt]he\s+)?`;
    return `${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},?\\s+`;
  });
  return new RegExp(String.raw`\b${words.join('').replace(/,\?\\s\+$|\\s\+$/, '')}\b`, 'g');
}
const REGION_PATTERNS = REGIONS.map((r) => ({ code: r.code, pattern: regionPattern(r.name) }));

/** The regions a text names in full, in the order first named. */
export function regionsNamed(text: string): RegionCode[] {
  const cleaned = text.replace(NOT_A_REGION, ' ');
  return REGION_PATTERNS.map(({ code, pattern }) => ({ code, first: cleaned.search(pattern) }))
    .filter((r) => r.first >= 0)
    .sort((a, b) => a.first - b.first)
    .map((r) => r.code);
}

const ANNUAL_UPDATE = /\bannual\s+update\s*[:,–-]?\s*(20\d{2})\b/i;
const YEAR_ANNUAL_UPDATE = /(?<![\d–/-])(20\d{2})\s+annual\s+update\b/i;
const UPDATE_WORDS = /\bannual\s+update\b/i;
const THREE_YEAR_PLAN = /\breducing\s+reoffending\s+plan\s*(?:for\s+)?(20\d{2})\s*(?:-|–|to|\/)\s*(?:20)?\d{2}\b/i;

/** The year an annual-update title states ("Annual Update 2024", "2024 Annual Update"). */
const updateYear = (text: string): number | undefined => {
  const found = ANNUAL_UPDATE.exec(text) ?? YEAR_ANNUAL_UPDATE.exec(text);
  return found ? Number(found[1]) : undefined;
};

const quoted = (line: string): string => `“${line}”`;

function regionOf(
  titles: readonly string[],
  commitments: readonly string[],
): Pick<DocumentIdentity, 'region'> & {
  evidence: IdentityEvidence;
} {
  const named = titles.flatMap((line) => regionsNamed(line).map((code) => ({ code, line })));
  if (named.length > 0) {
    const { code, line } = named[0];
    const others = [...new Set(named.filter((n) => n.code !== code).map((n) => n.code))];
    const note =
      others.length === 0
        ? null
        : `The title and headings name ${regionName(code)} first, but also ${others.map(regionName).join(' and ')} (${quoted(named.find((n) => n.code === others[0])?.line ?? '')}). Check the region.`;
    return { region: code, evidence: { line, note } };
  }
  // No title names a region: a region named in the document's own commitments is a guess to check.
  for (const sentence of commitments) {
    const [code] = regionsNamed(sentence);
    if (code !== undefined)
      return {
        region: code,
        evidence: {
          line: sentence,
          note: `The title does not name the region; ${regionName(code)} is read from a commitment in the text. Check the region.`,
        },
      };
  }
  return { region: null, evidence: { line: null, note: 'The document does not name its region in its title.' } };
}

function editionOf(titles: readonly string[]): Pick<DocumentIdentity, 'edition'> & { evidence: IdentityEvidence } {
  // Lines joined, as a cover can put "Annual", "Update" and "2024" on lines of their own.
  const joined = titles.join(' ');
  const year = updateYear(joined);
  if (year !== undefined) {
    const line = titles.find((l) => updateYear(l) === year) ?? titles.find((l) => l.includes(String(year))) ?? null;
    const others = titles.map(updateYear).filter((y): y is number => y !== undefined && y !== year);
    const note =
      others.length === 0
        ? null
        : `The title names the ${year} annual update, but also the ${others[0]} one. Check the edition.`;
    return { edition: year, evidence: { line, note } };
  }
  const update = titles.find((l) => UPDATE_WORDS.test(l));
  if (update !== undefined)
    return {
      edition: null,
      evidence: { line: update, note: 'The title says it is an annual update but not of which year.' },
    };
  const plan = THREE_YEAR_PLAN.exec(joined);
  if (plan) {
    const edition = Number(plan[1]);
    const line = titles.find((l) => THREE_YEAR_PLAN.test(l)) ?? titles.find((l) => l.includes(plan[1])) ?? null;
    return { edition, evidence: { line, note: edition === 2022 ? null : `Read as the ${editionLabel(edition)}.` } };
  }
  return { edition: null, evidence: { line: null, note: 'The title does not say which edition this is.' } };
}

/**
 * The document's region and edition with their evidence. `commitments` are the document's sentences
 * that commit to something, in order: where no title names the region, the first naming one is a guess.
 */
export function documentIdentity(text: string, commitments: readonly string[]): DocumentIdentity {
  const titles = titleLines(text);
  const region = regionOf(titles, commitments);
  const edition = editionOf(titles);
  return {
    region: region.region,
    edition: edition.edition,
    evidence: { region: region.evidence, edition: edition.evidence },
  };
}
