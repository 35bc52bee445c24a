/**
 * The targets read from a plan document as the analyst reviews them (what was read, in plain words)
 * and as they are appended (plan records with the document's region, edition and name as source).
 */
import { monthFromIso, monthLabel } from '../../../domain/months';
import { percentText } from '../../../domain/givenValues';
import type { DocumentTarget } from '../../../domain/planDocument';
import type { Edition, PlanRecord, RegionCode } from '../../../domain/planSchema';

const month = (iso: string): string => monthLabel(monthFromIso(iso));

function points(change: number): string {
  const n = Number((change * 100).toFixed(2));
  return `${n} percentage ${n === 1 ? 'point' : 'points'}`;
}

/** "Increase by 7 percentage points from 12% (March 2022) to 19% by July 2023". */
export function readingText(target: DocumentTarget): string {
  switch (target.kind) {
    case 'increase':
      return `Increase by ${points(target.change)} from ${percentText(target.baseline)} (${month(target.baselineMonth)}) to ${percentText(target.target)} by ${month(target.deadlineMonth)}`;
    case 'maintain':
      return `Maintain at ${percentText(target.target)} by ${month(target.deadlineMonth)}`;
    case 'direction':
      return `Continue to increase from ${percentText(target.baseline)} (${month(target.baselineMonth)}), with no level or date to reach`;
    case 'qualitative':
      return 'A commitment in words, with no figures';
  }
}

const LONGEST_NAME = 120;

/** The name a document is given unless the analyst changes it: its file's name, else its first line of text. */
export function defaultDocumentName(text: string, fileName?: string): string {
  if (fileName !== undefined) return fileName;
  const first = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  return first.trim().replace(/\s+/g, ' ').slice(0, LONGEST_NAME);
}

/** The plan records of the accepted targets, each with its region, edition and source. */
export function planRecords(
  targets: readonly DocumentTarget[],
  region: RegionCode,
  edition: number,
  document: string,
): PlanRecord[] {
  return targets.map(
    ({ section, sentence, notes: _notes, ...fields }) =>
      // relaxed by the workbook-plan branch: an edition can be any year from 2022, a document any name
      ({ ...fields, region, edition: edition as Edition, source: { document, section, sentence } }) as PlanRecord,
  );
}
