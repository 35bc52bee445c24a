/**
 * The BUILT custom functions, as Excel would run them: dist/functions.js (from the production build
 * jest's globalSetup runs) loaded in a node vm with no DOM and a stand-in CustomFunctions runtime,
 * every function called by its id from dist/functions.json with Excel-style arguments (a left-out
 * optional argument arrives as null). Every target in seeds/plan-targets.json must come back.
 */
import fs from 'fs';
import path from 'path';
import { loadFunctionsBundle, type LoadedBundle } from '../../scripts/functionsBundle';
import { ERROR_CODES, type ErrorCodeValue } from '../../scripts/customFunctionsStandIn';
import { ROOT, requireProductionBuild } from '../support/buildOnce';

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; type?: string; optional?: boolean; dimensionality?: string }[];
  result: { type?: string; dimensionality?: string };
}

interface PlanRecord {
  region: string;
  edition: number;
  metric: string;
  kind: string;
  baseline: number | null;
  change: number | null;
  target: number | null;
  deadlineMonth: string | null;
  source: { document: string; section: string; sentence: string };
}

const plan = JSON.parse(fs.readFileSync(path.join(ROOT, 'seeds', 'plan-targets.json'), 'utf8')) as {
  targets: PlanRecord[];
};

/** The parameters each function takes, optional ones in brackets, as the JSDoc declares them. */
const SIGNATURES: Record<string, string[]> = {
  TARGET: ['region', 'metric', '[plan]'],
  BASELINE: ['region', 'metric', '[plan]'],
  CHANGE: ['region', 'metric', '[plan]'],
  DEADLINE: ['region', 'metric', '[plan]'],
  TRAJECTORY: ['region', 'metric', 'month', '[plan]'],
  STATUS: ['region', 'metric', 'actual', 'month', '[plan]', '[tolerance]'],
  GAP: ['region', 'metric', 'actual', '[plan]'],
  SOURCE: ['region', 'metric', '[plan]'],
  REGIONS: [],
  METRICS: [],
  PLAN: ['[region]', '[plan]'],
  SPC: ['values', '[target]', '[improvement]'],
};
const MATRIX_FUNCTIONS = ['PLAN', 'REGIONS', 'METRICS', 'SPC'];

/** Excel serial of the last day of a "YYYY-MM" month (serial 25569 is 1 Jan 1970). */
function lastDaySerial(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return Date.UTC(year, monthNumber, 0) / 86_400_000 + 25569;
}

let bundle: LoadedBundle;
let metadata: { functions: FunctionMetadata[] };

beforeAll(() => {
  const dist = requireProductionBuild();
  metadata = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8'));
  bundle = loadFunctionsBundle(fs.readFileSync(path.join(dist, 'functions.js'), 'utf8'), {
    filename: 'dist/functions.js',
  });
});

/**
 * Calls a function by id, as Excel does: every argument present, left-out optional ones null. A
 * function answers through a promise only while the workbook plan is being read: this awaits either.
 */
const call = async (id: string, ...args: unknown[]): Promise<unknown> => {
  const expected = SIGNATURES[id]?.length ?? args.length;
  if (args.length !== expected)
    throw new Error(`${id} takes ${expected} arguments in Excel; the test passed ${args.length}`);
  return bundle.invoke(id, ...args);
};

/** The error code a call rejects with as CustomFunctions.Error, with its message; fails if it does not. */
async function errorOf(id: string, ...args: unknown[]): Promise<{ code: ErrorCodeValue; message: string }> {
  let result: unknown;
  try {
    result = await call(id, ...args);
  } catch (error) {
    expect(error).toBeInstanceOf(bundle.CustomFunctions.Error);
    const { code, message } = error as { code: ErrorCodeValue; message: string };
    return { code, message };
  }
  throw new Error(
    `${id}(${args.map((a) => JSON.stringify(a)).join(', ')}) returned ${JSON.stringify(result)} instead of throwing a CustomFunctions.Error`,
  );
}

describe('dist/functions.js', () => {
  test('loads without a DOM and associates every id in dist/functions.json, and nothing else', () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids.sort()).toEqual(Object.keys(SIGNATURES).sort());
    expect([...bundle.registry.keys()].sort()).toEqual(ids.map((id) => id.toUpperCase()).sort());
    expect(bundle.problems).toEqual([]);
    expect(bundle.logs).toEqual([]);
    for (const id of ids) expect(typeof bundle.registry.get(id.toUpperCase())).toBe('function');
  });

  test('answers at once with a plain value when no reading of the workbook plan is under way', () => {
    expect(bundle.invoke('TARGET', 'KSS', 'EMP_6W', null)).toBe(0.19);
    expect(bundle.invoke('STATUS', 'YH', 'EMP_6W', 0.175, '2023-09', null, null)).toBe('At risk');
    expect((bundle.invoke('REGIONS') as unknown[][])[0]).toEqual(['Code', 'Region', 'Plan editions']);
    expect(() => bundle.invoke('TARGET', 'Atlantis', 'EMP_6W', null)).toThrow(bundle.CustomFunctions.Error);
  });

  test('TARGET and DEADLINE of the latest edition', async () => {
    expect(await call('TARGET', 'KSS', 'EMP_6W', null)).toBe(0.19);
    expect(await call('DEADLINE', 'KSS', 'EMP_6W', null)).toBe(45412); // 30 April 2024
  });

  test('TRAJECTORY is a straight line in whole months', async () => {
    expect(await call('TRAJECTORY', 'YH', 'EMP_6W', 'Sep 2023', null)).toBeCloseTo(0.17 + (0.02 * 6) / 13, 12);
  });

  test('STATUS: at risk, off track, missed', async () => {
    expect(await call('STATUS', 'YH', 'EMP_6W', 0.175, '2023-09', null, null)).toBe('At risk');
    expect(await call('STATUS', 'YH', 'EMP_6W', 0.165, '2023-09', null, null)).toBe('Off track');
    expect(await call('STATUS', 'YH', 'EMP_6W', 0.185, 'May 2024', null, null)).toBe('Missed');
  });

  test('an unknown region is #VALUE!, a region without plan data is #N/A, each with a message', async () => {
    const unknown = await errorOf('TARGET', 'Atlantis', 'EMP_6W', null);
    expect(unknown.code).toBe(ERROR_CODES.invalidValue);
    expect(unknown.message).toMatch(/Atlantis/);
    const noData = await errorOf('TARGET', 'NE', 'EMP_6W', null);
    expect(noData.code).toBe(ERROR_CODES.notAvailable);
    expect(noData.message).toMatch(/North East/);
  });

  test('REGIONS spills a 13 × 3 table, METRICS 7 × 3 and PLAN 25 × 8, each with a header row', async () => {
    const regions = (await call('REGIONS')) as unknown[][];
    expect(regions).toHaveLength(13);
    for (const row of regions) expect(row).toHaveLength(3);
    expect(regions[0]).toEqual(['Code', 'Region', 'Plan editions']);
    const metrics = (await call('METRICS')) as unknown[][];
    expect(metrics).toHaveLength(7); // header and the six metrics
    for (const row of metrics) expect(row).toHaveLength(3);
    expect(metrics[0]).toEqual(['Code', 'Metric', 'Description']);
    const planTable = (await call('PLAN', null, null)) as unknown[][];
    expect(planTable).toHaveLength(25); // header and six metrics for each of the four regions with plans, latest edition
    for (const row of planTable) expect(row).toHaveLength(8);
    expect(planTable[0]).toEqual([
      'Region',
      'Metric',
      'Kind',
      'Baseline',
      'Baseline month',
      'Change',
      'Target',
      'Deadline',
    ]);
  });
});

describe('RRP.SPC from the built functions', () => {
  test('spills the XmR table of a column: the published example, then variation and assurance', async () => {
    const column = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1].map((v) => [v]);
    const table = (await call('SPC', column, 5, null)) as unknown[][];
    expect(table).toHaveLength(21);
    expect(table[0]).toEqual(['Value', 'Mean', 'Lower limit', 'Upper limit', 'Signal']);
    expect(table[5][1]).toBeCloseTo(1.94, 2);
    expect(table[5][4]).toBe('↑ Special cause: improvement');
    expect(table.slice(-2).map((r) => r[0])).toEqual(['Variation', 'Assurance']);
  });

  test('text in the values or an unknown improvement word is #VALUE! with a message', async () => {
    const text = await errorOf('SPC', [['Actual'], [0.1]], null, null);
    expect(text).toEqual({
      code: ERROR_CODES.invalidValue,
      message: expect.stringContaining('row 1 of the range is text'),
    });
    const word = await errorOf('SPC', [[0.1], [0.2]], null, 'sideways');
    expect(word).toEqual({ code: ERROR_CODES.invalidValue, message: expect.stringContaining('"sideways"') });
  });
});

describe('every target in seeds/plan-targets.json comes back from the built functions', () => {
  const named = plan.targets.map(
    (record) => [`${record.region} ${record.edition} ${record.metric} (${record.kind})`, record] as const,
  );

  test('the seed has targets', () => {
    expect(plan.targets.length).toBeGreaterThan(0);
  });

  test.each(named)('%s', async (_name, record) => {
    const args = [record.region, record.metric, record.edition] as const;
    const numberOrNA = async (id: string, expected: number | null) => {
      if (expected === null)
        expect({ id, ...(await errorOf(id, ...args)) }).toMatchObject({ id, code: ERROR_CODES.notAvailable });
      else expect({ id, value: await call(id, ...args) }).toEqual({ id, value: expected });
    };
    await numberOrNA('TARGET', record.target);
    await numberOrNA('BASELINE', record.baseline);
    await numberOrNA('CHANGE', record.change);
    await numberOrNA('DEADLINE', record.deadlineMonth === null ? null : lastDaySerial(record.deadlineMonth));
    const source = await call('SOURCE', ...args);
    expect(typeof source).toBe('string');
    expect(source as string).toContain(record.source.sentence);
  });
});

describe('dist/functions.json', () => {
  test('ids are the namespace-free upper-case names', () => {
    for (const f of metadata.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(f.id.startsWith('RRP')).toBe(false);
      expect(f.name).toBe(f.id);
    }
  });

  test('every function and every parameter has a description', () => {
    for (const f of metadata.functions) {
      expect({ id: f.id, description: (f.description ?? '').length > 10 }).toEqual({ id: f.id, description: true });
      for (const p of f.parameters)
        expect({ id: f.id, param: p.name, description: (p.description ?? '').length > 5 }).toEqual({
          id: f.id,
          param: p.name,
          description: true,
        });
    }
  });

  test('parameters are as declared, optional ones marked optional and after the required ones', () => {
    for (const f of metadata.functions) {
      const declared = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
      expect({ id: f.id, parameters: declared }).toEqual({ id: f.id, parameters: SIGNATURES[f.id] });
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  test('SPC takes its values as a range (a matrix of any values, so text reaches its own message)', () => {
    const values = metadata.functions.find((f) => f.id === 'SPC')?.parameters[0];
    expect(values).toMatchObject({ name: 'values', type: 'any', dimensionality: 'matrix' });
  });

  test('PLAN, REGIONS, METRICS and SPC return matrices; the others return one value', () => {
    for (const f of metadata.functions) {
      const matrix = f.result.dimensionality === 'matrix';
      expect({ id: f.id, matrix }).toEqual({ id: f.id, matrix: MATRIX_FUNCTIONS.includes(f.id) });
    }
  });

  test('each one value has its type: STATUS and SOURCE text, the others numbers', () => {
    // The functions declare their result in JSDoc (they return a value or, at opening, a promise of it).
    const types = Object.fromEntries(metadata.functions.map((f) => [f.id, f.result.type]));
    expect(types).toEqual({
      TARGET: 'number',
      BASELINE: 'number',
      CHANGE: 'number',
      DEADLINE: 'number',
      TRAJECTORY: 'number',
      STATUS: 'string',
      GAP: 'number',
      SOURCE: 'string',
      REGIONS: undefined,
      METRICS: undefined,
      PLAN: undefined,
    });
  });
});
