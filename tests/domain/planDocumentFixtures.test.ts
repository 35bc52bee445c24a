/**
 * The reader on documents written for the tests (tests/fixtures/documents) in other styles than the
 * published plans: other regions, later years, wrapped lines, "•" bullets, no blank lines around
 * headings, no contents list, "per cent", "49 %", "Sept 2025", "March 24", decimals, levels to reach;
 * and a PDF paste (page footers, numbered and capitalised headings, a sentence across a page break,
 * financial years, figures in words, smart quotes, baselines in the sentence before, two targets in one).
 * Each document's whole expected reading, skipped sentences included, is in its .expected.json.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlanDocument } from '../../src/domain/planDocument';

const FIXTURES = join(__dirname, '..', 'fixtures', 'documents');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const DOCUMENTS = [
  'north-west-2024-annual-update', // plain text wrapped at 100 columns, "•" bullets, contents list
  'wales-2025-annual-update', // markdown headings, no contents list, "England and Wales"
  'london-2022-25-plan', // the three-year plan's layout, dot leaders in the contents
  'greater-manchester-2024-annual-update', // no blank lines around headings, "2024 Annual Update"
  'east-midlands-2025-pdf-paste', // running footers, "2. Training …", capitals, 2025/26, "seventy-two per cent"
];

describe.each(DOCUMENTS)('readPlanDocument on %s', (name) => {
  it('gives back the expected reading: region, edition, every target and every skipped sentence with its reason', () => {
    expect(readPlanDocument(fixture(`${name}.txt`))).toEqual(JSON.parse(fixture(`${name}.expected.json`)));
  });
});
