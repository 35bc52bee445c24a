/**
 * The shape of the plan data: one zod schema, from which every plan type is derived.
 * Percentages and percentage points are fractions (19% is 0.19); months are "YYYY-MM".
 */
import * as z from 'zod/mini';

export const REGION_CODES = ['KSS', 'SC', 'EOE', 'YH', 'NE', 'NW', 'GM', 'WM', 'EM', 'SW', 'LDN', 'WAL'] as const;
export const RegionCodeSchema = z.enum(REGION_CODES);
export type RegionCode = z.infer<typeof RegionCodeSchema>;

export const METRIC_CODES = ['EMP_6W', 'EMP_6M', 'HOUSED_NIGHT1', 'SETTLED_3M', 'SOI_COMPLETED', 'CSTR'] as const;
export const MetricCodeSchema = z.enum(METRIC_CODES);
export type MetricCode = z.infer<typeof MetricCodeSchema>;

/**
 * A plan edition is a year: 2022 for the 2022-25 plan, any later year for that year's annual update.
 * Bounded so a mistyped year (20244, 1923) is refused rather than read as a plan.
 */
export const FIRST_EDITION = 2022;
export const LAST_EDITION = 2099;
export const EditionSchema = z.int().check(z.gte(FIRST_EDITION), z.lte(LAST_EDITION));
export type Edition = z.infer<typeof EditionSchema>;
/**
 * EditionSchema's rule without a schema parse: every function call with a [plan] year asks it, and a
 * parse costs more than the rest of the answer (tests/domain/rrpFormulas.test.ts holds the two
 * together). `% 1` rather than Number.isInteger: no global looked up on that path either.
 */
export const isEdition = (value: unknown): value is Edition =>
  typeof value === 'number' && value >= FIRST_EDITION && value <= LAST_EDITION && value % 1 === 0;

/** The most characters Excel holds in a cell. */
const MAX_TEXT = 32_767;
const fraction = z.number().check(z.gte(0), z.lte(1));
const monthText = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/**
 * Where a target is written. For a plan kept in the workbook the document is the analyst's own words
 * naming it and the section may be blank; the built-in data is held to more (a listed .txt file and a
 * section) by PlanDataSchema below.
 */
const SourceSchema = z.object({
  document: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  section: z.string().check(z.maxLength(MAX_TEXT)),
  sentence: z.string().check(z.minLength(20), z.maxLength(MAX_TEXT)),
});
export type Source = z.infer<typeof SourceSchema>;

const common = {
  region: RegionCodeSchema,
  edition: EditionSchema,
  metric: MetricCodeSchema,
  source: SourceSchema,
};

/** "increase by N percentage points from B% in <month>, by <month>". */
const IncreaseSchema = z
  .object({
    ...common,
    kind: z.literal('increase'),
    baseline: fraction,
    baselineMonth: monthText,
    change: fraction,
    target: fraction,
    deadlineMonth: monthText,
  })
  .check(
    z.refine((r) => Math.abs(r.baseline + r.change - r.target) < 1e-9, {
      message: 'target must equal baseline + change',
    }),
    z.refine((r) => r.baselineMonth < r.deadlineMonth, {
      message: 'baseline month must come before the deadline month',
    }),
  );

/** "continue to maintain … at X%, by <month>": no baseline is stated, the change is nil. */
const MaintainSchema = z.object({
  ...common,
  kind: z.literal('maintain'),
  baseline: z.null(),
  baselineMonth: z.null(),
  change: z.literal(0),
  target: fraction,
  deadlineMonth: monthText,
});

/** "continue to increase … from B%": a direction and a baseline, no number to reach and no date. */
const DirectionSchema = z.object({
  ...common,
  kind: z.literal('direction'),
  baseline: fraction,
  baselineMonth: monthText,
  change: z.null(),
  target: z.null(),
  deadlineMonth: z.null(),
});

/** A commitment in words only (community sentence treatment requirements). */
const QualitativeSchema = z.object({
  ...common,
  kind: z.literal('qualitative'),
  baseline: z.null(),
  baselineMonth: z.null(),
  change: z.null(),
  target: z.null(),
  deadlineMonth: z.null(),
});

export const PlanRecordSchema = z.discriminatedUnion('kind', [
  IncreaseSchema,
  MaintainSchema,
  DirectionSchema,
  QualitativeSchema,
]);
export type PlanRecord = z.infer<typeof PlanRecordSchema>;
export type TargetKind = PlanRecord['kind'];

const PlanDocumentSchema = z.object({
  file: z.string().check(z.regex(/^[a-z0-9-]+\.txt$/)),
  title: z.string().check(z.minLength(1)),
  region: RegionCodeSchema,
  edition: EditionSchema,
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;

export const PlanDataSchema = z
  .object({ documents: z.array(PlanDocumentSchema), targets: z.array(PlanRecordSchema) })
  .check(
    z.refine(
      (d) =>
        d.targets.every((t) =>
          d.documents.some(
            (doc) => doc.file === t.source.document && doc.region === t.region && doc.edition === t.edition,
          ),
        ),
      {
        message: 'every target must come from a listed document of its own region and edition',
      },
    ),
    z.refine((d) => new Set(d.targets.map((t) => `${t.region}|${t.edition}|${t.metric}`)).size === d.targets.length, {
      message: 'one record per region, edition and metric',
    }),
    z.refine((d) => d.targets.every((t) => t.source.section !== ''), {
      message: 'every built-in target names the section it comes from',
    }),
  );
