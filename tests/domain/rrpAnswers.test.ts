/** The answers behind each RRP function, with the issue's worked examples. */
import { checkActuals } from '../../src/domain/actuals';
import { readPercentage, readTolerance } from '../../src/domain/arguments';
import { planData } from '../../src/domain/planData';
import {
  baselineLevel,
  changeInPoints,
  deadlineDate,
  gapToTarget,
  metricsTable,
  planTable,
  regionsTable,
  sourceOf,
  statusOf,
  targetLevel,
  trajectoryLevel,
} from '../../src/domain/rrpAnswers';
import { CATALOGUE_TODAY, CLEAN_ROW } from '../fixtures/actualsCatalogue';
import { failure } from '../support/planError';

describe('TARGET, BASELINE, CHANGE, DEADLINE', () => {
  it('gives KSS six-week employment: 19% by 30/04/2024, from 16%, +3 pp', () => {
    expect(targetLevel('KSS', 'EMP_6W', null)).toBe(0.19);
    expect(baselineLevel('KSS', 'EMP_6W', null)).toBe(0.16);
    expect(changeInPoints('KSS', 'EMP_6W', null)).toBe(0.03);
    expect(deadlineDate('KSS', 'EMP_6W', null)).toBe(45412);
  });

  it('uses the requested edition and the latest by default', () => {
    expect(baselineLevel('KSS', 'EMP_6W', 2022)).toBe(0.12);
    expect(baselineLevel('Kent Surrey & Sussex', 'employed six weeks after release', '2022-25')).toBe(0.12);
    expect(deadlineDate('KSS', 'SOI_COMPLETED', 2022)).toBe(45046); // 30/04/2023
    expect(targetLevel('KSS', 'SETTLED_3M', '2023 update')).toBe(0.8);
    expect(deadlineDate('East of England region', '6 week employment', null)).toBe(45504); // 31/07/2024
  });

  it('gives a maintain target its level, change 0, and no baseline', () => {
    expect(targetLevel('KSS', 'HOUSED_NIGHT1', null)).toBe(0.91);
    expect(changeInPoints('KSS', 'HOUSED_NIGHT1', null)).toBe(0);
    const error = failure(() => baselineLevel('KSS', 'HOUSED_NIGHT1', null));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/states no baseline: the plan is to maintain it at 91%/);
  });

  it('gives a direction-only target its baseline and nothing else', () => {
    expect(baselineLevel('SC', 'EMP_6M', null)).toBe(0.3);
    for (const ask of [targetLevel, changeInPoints, deadlineDate]) {
      const error = failure(() => ask('SC', 'EMP_6M', null));
      expect(error.kind).toBe('unavailable');
      expect(error.message).toMatch(/continue to increase from 30%/);
    }
  });

  it('gives the qualitative treatment requirement target no numbers', () => {
    for (const ask of [targetLevel, baselineLevel, changeInPoints, deadlineDate]) {
      const error = failure(() => ask('YH', 'CSTR', null));
      expect(error.kind).toBe('unavailable');
      expect(error.message).toMatch(/commitment in words/);
    }
  });

  it('words each reason for no number one way, whichever function is asked', () => {
    const inWords =
      "Yorkshire and The Humber's 2023 annual update target for community sentence treatment requirements is a commitment in words, with no numbers (see RRP.SOURCE).";
    for (const ask of [
      () => targetLevel('YH', 'CSTR', null),
      () => baselineLevel('YH', 'CSTR', null),
      () => trajectoryLevel('YH', 'CSTR', 'Sep 2023', null),
      () => statusOf('YH', 'CSTR', 0.17, 'Sep 2023', null, null),
      () => gapToTarget('YH', 'CSTR', 0.17, null),
    ]) {
      expect(failure(ask).message).toBe(inWords);
    }
    const direction = "South Central's 2023 annual update target for employed six months after release has no";
    expect(failure(() => targetLevel('SC', 'EMP_6M', null)).message).toBe(
      `${direction} target level: the plan says only that it will continue to increase from 30%.`,
    );
    expect(failure(() => trajectoryLevel('SC', 'EMP_6M', 'Sep 2023', null)).message).toBe(
      `${direction} trajectory: the plan says only that it will continue to increase from 30%.`,
    );
  });

  it('returns every numeric target in the data, exactly', () => {
    for (const t of planData.targets) {
      if (t.kind === 'increase' || t.kind === 'maintain')
        expect(targetLevel(t.region, t.metric, t.edition)).toBe(t.target);
      if (t.kind === 'increase' || t.kind === 'direction')
        expect(baselineLevel(t.region, t.metric, t.edition)).toBe(t.baseline);
    }
  });
});

describe('errors', () => {
  it.each([
    [
      () => targetLevel('Atlantis', 'EMP_6W', null),
      'invalid',
      /Region "Atlantis" is not recognised\. Use a region code \(KSS, SC, EOE, YH/,
    ],
    [
      () => targetLevel('Yorkshire and the Humbr', 'EMP_6W', null),
      'invalid',
      /Did you mean Yorkshire and The Humber \(YH\)\?/,
    ],
    [() => targetLevel('KSS', 'reoffending', null), 'invalid', /Metric "reoffending" is not recognised/],
    [() => targetLevel('', 'EMP_6W', null), 'invalid', /No region given/],
    [() => targetLevel('KSS', 'EMP_6W', 2021), 'invalid', /Plan edition 2021 is not known/],
    [
      () => targetLevel('KSS', 'EMP_6W', '2024 update'),
      'unavailable',
      /Kent, Surrey and Sussex has no 2024 annual update in the data; it has the 2022-25 plan and the 2023 annual update/,
    ],
    [
      () => targetLevel('NE', 'EMP_6W', null),
      'unavailable',
      /North East has no Reducing Reoffending Plan targets, built in or on this workbook's RRP Plan sheet\. Plan data covers Kent, Surrey and Sussex/,
    ],
    [
      () => targetLevel('SC', 'EMP_6W', 2022),
      'unavailable',
      /South Central has no 2022-25 plan in the data; it has the 2023 annual update/,
    ],
    [() => trajectoryLevel('YH', 'EMP_6W', 'soon', null), 'invalid', /Month "soon" cannot be read as a month/],
    [() => trajectoryLevel('YH', 'EMP_6W', -5, null), 'invalid', /Month -5 is not an Excel date/],
    [() => statusOf('YH', 'EMP_6W', 17.5, 'Sep 2023', null, null), 'invalid', /above 100%.*17\.5% is 0\.175/],
    [() => statusOf('YH', 'EMP_6W', -0.1, 'Sep 2023', null, null), 'invalid', /negative/],
    [() => statusOf('YH', 'EMP_6W', 'n/a', 'Sep 2023', null, null), 'invalid', /actual "n\/a" is not a number/],
    [() => statusOf('YH', 'EMP_6W', 0.17, 'Sep 2023', null, 'wide'), 'invalid', /Tolerance "wide"/],
    [() => statusOf('YH', 'CSTR', 0.17, 'Sep 2023', null, null), 'unavailable', /commitment in words/],
    [() => trajectoryLevel('YH', 'EMP_6M', 'Sep 2023', null), 'unavailable', /has no trajectory/],
  ])('%#: reports %s', (compute, kind, message) => {
    const error = failure(compute);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });
});

describe('messages shared with the actuals check', () => {
  const cellMessage = (row: Partial<Record<'Region' | 'Metric' | 'Month', string>>): string =>
    checkActuals([{ ...CLEAN_ROW, ...row }], { today: CATALOGUE_TODAY }).rows[0].message;

  it('words an unreadable region or metric exactly as the CHECK column does, suggestions included', () => {
    expect(failure(() => targetLevel('Londn', 'EMP_6W', null)).message).toBe(cellMessage({ Region: 'Londn' }));
    expect(failure(() => targetLevel('Londn', 'EMP_6W', null)).message).toMatch(
      /^Region "Londn" is not recognised\. Did you mean London \(LDN\)\? Use a region code/,
    );
    expect(failure(() => targetLevel('KSS', 'employment', null)).message).toBe(cellMessage({ Metric: 'employment' }));
    expect(failure(() => targetLevel('  ', 'EMP_6W', null)).message).toBe(cellMessage({ Region: '  ' }));
  });

  it('lists every accepted month form', () => {
    expect(failure(() => trajectoryLevel('YH', 'EMP_6W', null, null)).message).toBe(
      'No month given. Give an Excel date (any day in the month) or text such as "2023-10", "Oct 2023", "October 2023", "10/2023" or "Oct-23".',
    );
    expect(failure(() => trajectoryLevel('YH', 'EMP_6W', 'Smarch 2023', null)).message).toBe(
      cellMessage({ Month: 'Smarch 2023' }),
    );
  });

  it('quotes long or multi-line text shortened, on one line', () => {
    const message = failure(() => targetLevel(`Kent\n${'x'.repeat(100)}`, 'EMP_6W', null)).message;
    expect(message).toMatch(/^Region "Kent x{54}…" is not recognised\./);
    expect(message).not.toMatch(/\n/);
  });
});

describe('TRAJECTORY', () => {
  it('draws a straight line in whole months: YH six-week employment in September 2023 is 17% + 2 pp × 6/13', () => {
    expect(trajectoryLevel('YH', 'EMP_6W', 'Sep 2023', null)).toBeCloseTo(0.17 + (0.02 * 6) / 13, 12);
    expect(trajectoryLevel('YH', 'EMP_6W', 45184, null)).toBeCloseTo(0.17 + (0.02 * 6) / 13, 12); // 14/09/2023
  });

  it('holds the baseline before the baseline month and the target after the deadline', () => {
    expect(trajectoryLevel('YH', 'EMP_6W', '2022-01', null)).toBe(0.17);
    expect(trajectoryLevel('YH', 'EMP_6W', '2023-03', null)).toBe(0.17);
    expect(trajectoryLevel('YH', 'EMP_6W', '2024-04', null)).toBe(0.19);
    expect(trajectoryLevel('YH', 'EMP_6W', '2026-11', null)).toBe(0.19);
  });

  it("keeps a maintain target's level throughout", () => {
    expect(trajectoryLevel('KSS', 'HOUSED_NIGHT1', '2023-06', null)).toBe(0.91);
    expect(trajectoryLevel('KSS', 'HOUSED_NIGHT1', '2020-01', 2022)).toBe(0.9);
  });
});

describe('STATUS', () => {
  it.each([
    [0.175, 'Sep 2023', 'At risk'],
    [0.165, 'Sep 2023', 'Off track'],
    [0.185, 'May 2024', 'Missed'],
    [0.18, 'Sep 2023', 'On track'],
    [0.19, 'Sep 2023', 'Met'],
    [0.19, 'May 2024', 'Met'],
    [0.185, 'Apr 2024', 'At risk'],
  ])('YH six-week employment at %p in %s is %s', (actual, month, status) => {
    expect(statusOf('YH', 'EMP_6W', actual, month, null, null)).toBe(status);
  });

  it('is not fooled by floating point: an actual a hair below the target through float dust meets it', () => {
    expect(0.85 + 0.06).toBeLessThan(0.91); // 0.9099999999999999
    expect(statusOf('KSS', 'HOUSED_NIGHT1', 0.85 + 0.06, 'Oct 2023', null, null)).toBe('Met');
    expect(0.18 + 0.02).toBeLessThan(0.2); // 0.19999999999999998
    expect(statusOf('SC', 'EMP_6W', 0.18 + 0.02, 'Oct 2023', null, null)).toBe('Met');
    expect(0.69 + 0.11).toBeLessThan(0.8);
    expect(statusOf('YH', 'SETTLED_3M', 0.69 + 0.11, 'Oct 2023', null, null)).toBe('Met');
    expect(statusOf('YH', 'SETTLED_3M', '80%', 'Oct 2023', null, null)).toBe('Met');
  });

  it('counts exactly 1 pp below the trajectory as At risk with the default tolerance, and honours a given tolerance', () => {
    expect(statusOf('YH', 'EMP_6W', 0.16, 'Mar 2023', null, null)).toBe('At risk');
    expect(statusOf('YH', 'EMP_6W', 0.16, 'Mar 2023', null, 0.005)).toBe('Off track');
  });

  it('takes a tolerance from 0 to 1 percentage points as a fraction, and refuses anything else', () => {
    expect(readTolerance(0, 0.01)).toBe(0);
    expect(readTolerance(1, 0.01)).toBe(1);
    expect(readTolerance(null, 0.01)).toBe(0.01);
    expect(readTolerance('', 0.01)).toBe(0.01);
    for (const bad of [2, -0.1, 1.0001, Number.NaN, 'wide']) {
      const error = failure(() => readTolerance(bad, 0.01));
      expect(error.kind).toBe('invalid');
      expect(error.message).toMatch(/must be a percentage-point amount between 0 and 1/);
    }
    expect(statusOf('YH', 'EMP_6W', 0.165, 'Sep 2023', null, 0)).toBe('Off track');
    expect(statusOf('YH', 'EMP_6W', 0.165, 'Sep 2023', null, 1)).toBe('At risk');
  });

  it('reads an actual given as percent text', () => {
    expect(statusOf('YH', 'EMP_6W', '17.5%', 'Sep 2023', null, null)).toBe('At risk');
  });

  it('reads actual text as the actuals check reads a Value cell, refusing numbers above 1', () => {
    for (const text of ['0.175', '.175', ' 0.175 ', '17.5 %', '1.75e-1', '+0.175'])
      expect([text, statusOf('YH', 'EMP_6W', text, 'Sep 2023', null, null)]).toEqual([text, 'At risk']);
    expect(gapToTarget('KSS', 'EMP_6W', '1e-1', null)).toBe(0.09);
    expect(readPercentage('33.3%', 'actual')).toBe(0.333); // 33.3 / 100 is 0.33299999999999996
    expect(readPercentage('-0', 'actual')).toBe(0);
    expect(Object.is(readPercentage(-0, 'actual'), 0)).toBe(true);
    expect(failure(() => gapToTarget('KSS', 'EMP_6W', '−5%', null)).message).toBe(
      'The actual "−5%" is negative; a percentage runs from 0% to 100%.',
    );
    expect(failure(() => gapToTarget('KSS', 'EMP_6W', '33.3', null)).message).toBe(
      'The actual "33.3" is above 100%. Percentages are fractions in Excel: 17.5% is 0.175. If you meant 33.3%, enter 33.3% or 0.333.',
    );
    expect(failure(() => gapToTarget('KSS', 'EMP_6W', '150%', null)).message).toBe(
      'The actual "150%" is above 100%; a percentage runs from 0% to 100%.',
    );
    expect(failure(() => gapToTarget('KSS', 'EMP_6W', '16,5%', null)).message).toBe(
      'The actual "16,5%" is not a number. Give it as a percentage, such as 17.5% (0.175).',
    );
    expect(failure(() => gapToTarget('KSS', 'EMP_6W', '', null)).message).toBe(
      'No actual given. Give it as a percentage, such as 17.5% (0.175).',
    );
  });

  it('reports direction-only targets as Improving or Not improving against the baseline', () => {
    expect(statusOf('KSS', 'EMP_6M', 0.24, 'Oct 2023', null, null)).toBe('Improving');
    expect(statusOf('KSS', 'EMP_6M', 0.23, 'Oct 2023', null, null)).toBe('Not improving');
  });

  it('treats a maintain target as met at or above its level', () => {
    expect(statusOf('KSS', 'HOUSED_NIGHT1', 0.91, 'Oct 2023', null, null)).toBe('Met');
    expect(statusOf('KSS', 'HOUSED_NIGHT1', 0.905, 'Oct 2023', null, null)).toBe('At risk');
    expect(statusOf('KSS', 'HOUSED_NIGHT1', 0.85, 'Oct 2023', null, null)).toBe('Off track');
    expect(statusOf('KSS', 'HOUSED_NIGHT1', 0.85, 'May 2024', null, null)).toBe('Missed');
  });
});

describe('GAP and SOURCE', () => {
  it('gives target minus actual without floating-point dust', () => {
    // KSS six-week employment: target 0.19. Each of these differences has dust in binary floating point.
    expect(0.19 - 0.15).toBe(0.04000000000000001);
    expect(gapToTarget('KSS', 'EMP_6W', 0.15, null)).toBe(0.04);
    expect(0.19 - 0.18).toBe(0.010000000000000009);
    expect(gapToTarget('KSS', 'EMP_6W', 0.18, null)).toBe(0.01);
    expect(0.19 - 0.2).toBe(-0.010000000000000009);
    expect(gapToTarget('KSS', 'EMP_6W', 0.2, null)).toBe(-0.01);
    expect(gapToTarget('KSS', 'EMP_6W', 0.16, null)).toBe(0.03);
  });

  it('quotes the sentence and names its document', () => {
    expect(sourceOf('EOE', 'SOI_COMPLETED', null)).toBe(
      '"By April 24, East of England region will increase the proportion of sexual offence interventions completed by 22 percentage points from 49 % in March 2023." ' +
        '(East of England Reducing Reoffending Plan 2022-25: Annual Update 2023, section "Delivering the order of the court", file east-of-england-2023-annual-update.txt)',
    );
    expect(sourceOf('KSS', 'CSTR', 2022)).toMatch(/^"We will drive up use of treatment requirements/);
  });
});

describe('REGIONS, METRICS, PLAN', () => {
  it('lists the 12 regions with a header and their editions', () => {
    const table = regionsTable();
    expect(table).toHaveLength(13);
    expect(table[0]).toEqual(['Code', 'Region', 'Plan editions']);
    expect(table.find((r) => r[0] === 'KSS')).toEqual([
      'KSS',
      'Kent, Surrey and Sussex',
      '2022-25 plan, 2023 annual update',
    ]);
    expect(table.find((r) => r[0] === 'WAL')).toEqual(['WAL', 'Wales', 'No plan data']);
  });

  it('lists the six metrics', () => {
    expect(metricsTable().map((r) => r[0])).toEqual([
      'Code',
      'EMP_6W',
      'EMP_6M',
      'HOUSED_NIGHT1',
      'SETTLED_3M',
      'SOI_COMPLETED',
      'CSTR',
    ]);
  });

  it('spills the plan table with fractions, date serials and blanks where the plan states nothing', () => {
    const all = planTable(null, null);
    expect(all[0]).toEqual(['Region', 'Metric', 'Kind', 'Baseline', 'Baseline month', 'Change', 'Target', 'Deadline']);
    expect(all).toHaveLength(1 + 4 * 6);
    expect(all.find((r) => r[0] === 'KSS' && r[1] === 'EMP_6W')).toEqual([
      'KSS',
      'EMP_6W',
      'Increase',
      0.16,
      44986,
      0.03,
      0.19,
      45412,
    ]);
    expect(all.find((r) => r[0] === 'KSS' && r[1] === 'HOUSED_NIGHT1')).toEqual([
      'KSS',
      'HOUSED_NIGHT1',
      'Maintain',
      '',
      '',
      0,
      0.91,
      45412,
    ]);
    expect(all.find((r) => r[0] === 'SC' && r[1] === 'EMP_6M')).toEqual([
      'SC',
      'EMP_6M',
      'Direction only',
      0.3,
      44986,
      '',
      'Continue to increase',
      '',
    ]);
    expect(planTable('KSS', 2022)).toHaveLength(7);
    expect(
      planTable(null, 2022)
        .slice(1)
        .every((r) => r[0] === 'KSS'),
    ).toBe(true);
    expect(failure(() => planTable('Wales', null)).kind).toBe('unavailable');
    expect(failure(() => planTable('YH', 2022)).message).toMatch(/no 2022-25 plan/);
  });
});
