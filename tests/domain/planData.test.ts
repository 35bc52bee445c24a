/** Ties every plan record to the sentence it comes from, and every target sentence in the documents to a record. */
import { readFileSync } from 'fs';
import { join } from 'path';
import rawPlanData from '../../seeds/plan-targets.json';
import { PlanDataSchema, PlanRecordSchema, type PlanRecord } from '../../src/domain/planSchema';
import { editionsOf, planData } from '../../src/domain/planData';

const documentText = (file: string): string =>
  readFileSync(join(__dirname, '..', '..', 'seeds', 'documents', file), 'utf8');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "2023-03" written as the plans write it: "March 2023" or "March 23". */
const monthWritten = (iso: string): RegExp =>
  new RegExp(`\\b${MONTHS[Number(iso.slice(5)) - 1]} (${iso.slice(0, 4)}|${iso.slice(2, 4)})\\b`);
/** 0.49 written as "49%" or "49 %". */
const percentWritten = (fraction: number): RegExp => new RegExp(`(^|[^0-9.])${Math.round(fraction * 1000) / 10} ?%`);
const pointsWritten = (fraction: number): RegExp =>
  new RegExp(`\\b${Math.round(fraction * 1000) / 10} percentage points\\b`);

describe('plan data', () => {
  // planData.ts parses the seed at import, so the seed passing is a given; what matters is that the
  // whole-data rules would catch a bad edit of it.
  describe('the whole-data schema refuses a modified copy of the seed', () => {
    type Seed = typeof rawPlanData;
    const copy = (): Seed => JSON.parse(JSON.stringify(rawPlanData)) as Seed;
    const issues = (data: unknown): string[] => {
      const result = PlanDataSchema.safeParse(data);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    const SAME_DOCUMENT = 'every target must come from a listed document of its own region and edition';

    it('accepts the seed itself', () => {
      expect(issues(copy())).toEqual([]);
    });

    it('refuses a record given twice', () => {
      const data = copy();
      data.targets.push(data.targets[0]);
      expect(issues(data)).toEqual(['one record per region, edition and metric']);
    });

    it("refuses a record whose source is another region's document", () => {
      const data = copy();
      const target = data.targets[0];
      const other = data.documents.find((d) => d.region !== target.region) as Seed['documents'][number];
      target.source.document = other.file;
      expect(issues(data)).toEqual([SAME_DOCUMENT]);
    });

    it("refuses a record whose source is its region's other edition", () => {
      const data = copy();
      const target = data.targets.find((t) => t.region === 'KSS' && t.edition === 2023) as Seed['targets'][number];
      target.source.document = (
        data.documents.find((d) => d.region === 'KSS' && d.edition === 2022) as Seed['documents'][number]
      ).file;
      expect(issues(data)).toEqual([SAME_DOCUMENT]);
    });

    it('refuses a record whose document is not listed', () => {
      const data = copy();
      data.documents = data.documents.filter((d) => d.file !== data.targets[0].source.document);
      expect(issues(data)).toEqual([SAME_DOCUMENT]);
    });
  });

  it("lists each region's editions oldest first", () => {
    expect(editionsOf('KSS')).toEqual([2022, 2023]);
    expect(editionsOf('YH')).toEqual([2023]);
    expect(editionsOf('WAL')).toEqual([]);
  });

  it('has 30 records: six metrics for each of the five documents', () => {
    expect(planData.targets).toHaveLength(30);
    for (const doc of planData.documents)
      expect(planData.targets.filter((t) => t.source.document === doc.file)).toHaveLength(6);
  });

  it('rejects records that break the rules of their kind', () => {
    const good = planData.targets.find((t) => t.kind === 'increase') as PlanRecord;
    expect(PlanRecordSchema.safeParse({ ...good, target: 0.5 }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ ...good, baseline: null }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ ...good, baselineMonth: '2023-13' }).success).toBe(false);
    expect(
      PlanRecordSchema.safeParse({ ...good, deadlineMonth: good.baselineMonth, baselineMonth: good.deadlineMonth })
        .success,
    ).toBe(false);
    expect(PlanRecordSchema.safeParse({ ...good, kind: 'maintain' }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ ...good, region: 'XX' }).success).toBe(false);
  });

  describe.each(planData.targets.map((t) => [`${t.region} ${t.edition} ${t.metric}`, t] as const))(
    '%s',
    (_label, record) => {
      const text = documentText(record.source.document);
      const { sentence, section } = record.source;

      it('quotes a sentence that occurs verbatim in its document, under its section heading', () => {
        const at = text.indexOf(sentence);
        expect(at).toBeGreaterThan(-1);
        const headingAt =
          text.lastIndexOf(`\n${section}\n`, at) >= 0
            ? text.lastIndexOf(`\n${section}\n`, at)
            : text.lastIndexOf(`# ${section}\n`, at);
        expect(headingAt).toBeGreaterThan(-1);
      });

      it('has its numbers and months in that sentence', () => {
        if (record.baseline !== null) expect(sentence).toMatch(percentWritten(record.baseline));
        if (record.baselineMonth !== null) expect(sentence).toMatch(monthWritten(record.baselineMonth));
        if (record.deadlineMonth !== null)
          expect(sentence).toMatch(new RegExp(`^By ${monthWritten(record.deadlineMonth).source}`));
        if (record.kind === 'increase') expect(sentence).toMatch(pointsWritten(record.change));
        if (record.kind === 'maintain')
          expect(sentence).toMatch(new RegExp(`maintain .* at ${Math.round(record.target * 100)}%`));
        if (record.kind === 'direction') expect(sentence).toMatch(/continue to increase/);
        if (record.kind === 'qualitative') expect(sentence).not.toMatch(/\d/);
      });
    },
  );

  it('has a record for every target sentence in the five documents', () => {
    for (const doc of planData.documents) {
      const targetLines = documentText(doc.file)
        .split('\n')
        .filter((line) => /^- .*will (continue to )?(increase|maintain) the proportion/.test(line))
        .map((line) => line.slice(2).trim());
      expect(targetLines.length).toBe(5);
      for (const line of targetLines)
        expect(planData.targets.some((t) => t.source.document === doc.file && t.source.sentence === line)).toBe(true);
    }
  });

  it('does not take the national figures repeated in every update as regional targets', () => {
    for (const doc of planData.documents.filter((d) => d.edition === 2023)) {
      expect(documentText(doc.file)).toContain(
        'increased from 15% to 19%, with a further 30% in work after 6 months, up from 23%',
      );
    }
    for (const t of planData.targets) {
      expect(t.source.sentence).not.toMatch(/15% to 19%|up from 23%|Since April 2022/);
    }
  });
});
