/** The reader on the five published documents gives back exactly the seed records of each, and nothing else. */
import { readFileSync } from 'fs';
import { join } from 'path';
import rawPlanData from '../../seeds/plan-targets.json';
import { readPlanDocument } from '../../src/domain/planDocument';
import { METRIC_CODES, PlanRecordSchema, type MetricCode } from '../../src/domain/planSchema';

const seedText = (file: string): string =>
  readFileSync(join(__dirname, '..', '..', 'seeds', 'documents', file), 'utf8');
// The reader lists targets in the document's order, the seed in metric order.
const byMetric = <T extends { metric: string }>(targets: T[]): T[] =>
  [...targets].sort(
    (a, b) => METRIC_CODES.indexOf(a.metric as MetricCode) - METRIC_CODES.indexOf(b.metric as MetricCode),
  );
const NATIONAL_SENTENCE =
  'Since April 2022, the proportion of prison leavers finding work within six weeks of release increased from 15% to 19%, with a further 30% in work after 6 months, up from 23%';

describe('readPlanDocument on the published plans (seeds/documents)', () => {
  describe.each(rawPlanData.documents)('$file', (doc) => {
    const reading = readPlanDocument(seedText(doc.file));

    it('finds the region and edition', () => {
      expect({ region: reading.region, edition: reading.edition }).toEqual({
        region: doc.region,
        edition: doc.edition,
      });
    });

    it("gives back exactly the seed's records", () => {
      const expected = rawPlanData.targets
        .filter((t) => t.source.document === doc.file)
        .map(({ region: _region, edition: _edition, source, ...fields }) => ({
          ...fields,
          section: source.section,
          sentence: source.sentence,
        }));
      expect(byMetric(reading.targets)).toEqual(byMetric(expected));
    });

    it('reads targets that pass the plan record schema as the seed has them', () => {
      for (const { section, sentence, ...fields } of reading.targets) {
        const record = {
          ...fields,
          region: reading.region,
          edition: reading.edition,
          source: { document: doc.file, section, sentence },
        };
        expect(PlanRecordSchema.safeParse(record).success).toBe(true);
      }
    });

    if (doc.edition === 2023) {
      it('skips the national figures every annual update repeats', () => {
        expect(reading.skipped).toContainEqual({
          sentence: NATIONAL_SENTENCE,
          reason: "a national figure, not the region's",
        });
      });
    }
  });

  it('says why it did not take a relative change ("by 25%")', () => {
    const reading = readPlanDocument(seedText('east-of-england-2023-annual-update.txt'));
    expect(reading.skipped).toContainEqual({
      sentence:
        'Fully implement the community sentence treatment model for mental health support across the region, increasing the mental health treatment requirement by 25% in year one.',
      reason: 'a relative change ("by 25%"), not a change in percentage points',
    });
  });
});
