/** readPlanDocument sentence by sentence: each form plans use, each reason a sentence is left, and hostile text. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlanDocument, type PlanReading } from '../../src/domain/planDocument';

/** A short North West 2024 update whose "Regional targets" list holds the given lines. */
const update = (...lines: string[]): string =>
  [
    'North West',
    '',
    'Reducing Reoffending Plan 2022-25',
    '',
    'Annual Update 2024',
    '',
    'Training, skills and work progress',
    '',
    'Regional targets',
    '',
    ...lines.map((l) => `- ${l}`),
    '',
  ].join('\n');

const only = (reading: PlanReading) => ({ targets: reading.targets, skipped: reading.skipped });

describe('readPlanDocument: targets in the forms plans use', () => {
  it('reads "by N percentage points from B% in <month>" with exact decimal arithmetic', () => {
    const sentence =
      'By March 2025, North West will increase the proportion employed six weeks after release by 2.5 percentage points from 17.5% in March 2024.';
    const [target] = readPlanDocument(update(sentence)).targets;
    expect(target).toEqual({
      metric: 'EMP_6W',
      kind: 'increase',
      baseline: 0.175,
      baselineMonth: '2024-03',
      change: 0.025,
      target: 0.2,
      deadlineMonth: '2025-03',
      section: 'Training, skills and work progress',
      sentence,
    });
    expect(0.175 + 0.025).not.toBe(0.2); // why the reader adds whole hundredths of a percent instead
  });

  it.each([
    ['84 per cent', 0.84],
    ['49 %', 0.49],
    ['49percent', 0.49],
    ['12.25%', 0.1225],
  ])('reads a level written "%s"', (written, level) => {
    const [target] = readPlanDocument(
      update(`By March 2025, North West will maintain the proportion housed on the night after release at ${written}.`),
    ).targets;
    expect(target).toMatchObject({
      kind: 'maintain',
      target: level,
      change: 0,
      baseline: null,
      deadlineMonth: '2025-03',
    });
  });

  it.each([
    ['March 24', '2024-03'],
    ['Sept 2025', '2025-09'],
    ['Sept. 2025', '2025-09'],
    ['the end of June 2025', '2025-06'],
    ['31 March 2025', '2025-03'],
  ])('reads a deadline written "by %s"', (written, month) => {
    const [target] = readPlanDocument(
      update(
        `By ${written}, North West will increase the proportion employed six months after release by 3 percentage points from 20% in March 2023.`,
      ),
    ).targets;
    expect(target).toMatchObject({ deadlineMonth: month, baselineMonth: '2023-03' });
  });

  it('reads a level to reach ("from B% in <month> to T%") as an increase by the difference', () => {
    const [target] = readPlanDocument(
      update(
        'By March 2025, North West will increase the proportion in settled accommodation 3 months after leaving prison from 71.5% in March 2024 to 75%.',
      ),
    ).targets;
    expect(target).toMatchObject({
      metric: 'SETTLED_3M',
      kind: 'increase',
      baseline: 0.715,
      change: 0.035,
      target: 0.75,
    });
  });

  it('reads "continue to increase … from B%, in the performance year to <month>" as a direction', () => {
    const [target] = readPlanDocument(
      update(
        'North West will continue to increase the proportion employed six months after release from 28%, in the performance year to March 2024.',
      ),
    ).targets;
    expect(target).toMatchObject({
      metric: 'EMP_6M',
      kind: 'direction',
      baseline: 0.28,
      baselineMonth: '2024-03',
      change: null,
      target: null,
      deadlineMonth: null,
    });
  });

  it('reads a sentence wrapped across lines, and gives it back on one line', () => {
    const text = update(
      'By March 2025, North West will increase the proportion of sexual offence\n  interventions completed by 12 percentage   points\n  from 58% in March 2024.',
    );
    expect(readPlanDocument(text).targets[0]).toMatchObject({
      metric: 'SOI_COMPLETED',
      target: 0.7,
      sentence:
        'By March 2025, North West will increase the proportion of sexual offence interventions completed by 12 percentage points from 58% in March 2024.',
    });
  });

  it('reads treatment requirements stated in words only, in a targets list, as qualitative', () => {
    const sentence = 'We will drive up use of treatment requirements for those who are eligible.';
    expect(readPlanDocument(update(sentence)).targets).toEqual([
      {
        metric: 'CSTR',
        kind: 'qualitative',
        baseline: null,
        baselineMonth: null,
        change: null,
        target: null,
        deadlineMonth: null,
        section: 'Training, skills and work progress',
        sentence,
      },
    ]);
  });

  it('reads a commitment on a line of its own, with no full stop, as a sentence rather than a heading', () => {
    const text = ['North West', '', 'Regional targets', '', 'We will drive up use of treatment requirements', ''].join(
      '\n',
    );
    expect(readPlanDocument(text).targets).toMatchObject([
      { metric: 'CSTR', kind: 'qualitative', sentence: 'We will drive up use of treatment requirements' },
    ]);
  });

  it('finds the section under a heading wrapped onto two lines, by the contents list', () => {
    const text = [
      'North West',
      'Contents',
      'Foreword 1',
      'Family, accommodation and readjustment to society progress 8',
      '',
      'Family, accommodation and',
      'readjustment to society progress',
      'Regional targets',
      '- By March 2025, North West will maintain the proportion housed on the night after release at 84%.',
    ].join('\n');
    expect(readPlanDocument(text).targets).toMatchObject([
      { metric: 'HOUSED_NIGHT1', section: 'Family, accommodation and readjustment to society progress' },
    ]);
  });

  it('does not take treatment requirements mentioned outside a targets list, or without a commitment to more', () => {
    const text = [
      'North West',
      '',
      'We said we would:',
      '',
      '- Increase the use of treatment requirements.',
      '',
      'Regional targets',
      '',
      '- Treatment requirements help people address the causes of their offending.',
      '',
    ].join('\n');
    expect(only(readPlanDocument(text))).toEqual({ targets: [], skipped: [] });
  });
});

describe('readPlanDocument: sentences with figures it does not take, and why', () => {
  it.each([
    [
      'a national figure',
      'Nationally, we will increase the proportion employed six weeks after release by 2 percentage points from 16% in March 2024.',
      "a national figure, not the region's",
    ],
    [
      'another region',
      'By March 2025, London will increase the proportion employed six weeks after release by 2 percentage points from 16% in March 2024.',
      'about London, not North West',
    ],
    [
      'a relative change',
      'By March 2025, North West will increase the proportion employed six weeks after release by 25%.',
      'a relative change ("by 25%"), not a change in percentage points',
    ],
    [
      'a count',
      'By March 2025, North West will start 150 more treatment requirements.',
      'a count, not a proportion; plan targets are percentages',
    ],
    [
      'a background figure',
      'About 38% of people on probation need help with employment.',
      'a background figure, not a target',
    ],
    [
      'an unknown measure',
      'By March 2025, North West will increase the proportion of staff trained by 5 percentage points from 60% in March 2024.',
      'does not name one of the plan metrics',
    ],
    [
      'a reduction',
      'By March 2025, North West will reduce the proportion of interventions not completed by 5 percentage points from 30% in March 2024.',
      'a reduction; plan targets are increases, directions or levels to maintain',
    ],
    [
      'no baseline month',
      'By March 2025, North West will increase the proportion employed six weeks after release by 2 percentage points from 16%.',
      'the baseline has no month ("from X% in March 2023")',
    ],
    [
      'no deadline',
      'North West will increase the proportion employed six weeks after release by 2 percentage points from 16% in March 2024.',
      'no month to reach the target by ("By April 2024")',
    ],
    [
      'no baseline',
      'By March 2025, North West will increase the proportion employed six weeks after release by 2 percentage points.',
      'a change with no baseline ("from X%")',
    ],
    [
      'a change and level that disagree',
      'By March 2025, North West will increase the proportion employed six weeks after release by 5 percentage points from 20% in March 2024 to 26%.',
      'the change (5 percentage points) and the level to reach (26%) do not agree',
    ],
    [
      'a target over 100%',
      'By March 2025, North West will increase the proportion housed on the night after release by 15 percentage points from 92% in March 2024.',
      'the target would be over 100%',
    ],
    [
      'a deadline before the baseline',
      'By March 2024, North West will increase the proportion housed on the night after release by 5 percentage points from 80% in March 2024.',
      'the deadline is not after the baseline month',
    ],
    [
      'three decimals',
      'By March 2025, North West will increase the proportion housed on the night after release by 5 percentage points from 80.125% in March 2024.',
      'a figure with more than two decimal places, which the reader does not round',
    ],
    [
      'a maintain with no date',
      'North West will maintain the proportion housed on the night after release at 90%.',
      'a level to maintain with no month to maintain it by',
    ],
    [
      'a direction with no month',
      'North West will continue to increase the proportion employed six months after release from 28%.',
      'a direction whose baseline has no month',
    ],
  ])('%s', (_what, sentence, reason) => {
    expect(only(readPlanDocument(update(sentence)))).toEqual({ targets: [], skipped: [{ sentence, reason }] });
  });

  it('keeps the first target for a metric and lists a second one', () => {
    const first =
      'By March 2025, North West will increase the proportion employed six weeks after release by 2 percentage points from 16% in March 2024.';
    const second =
      'By March 2026, North West will increase the proportion employed six weeks after release by 3 percentage points from 16% in March 2024.';
    const reading = readPlanDocument(update(first, second));
    expect(reading.targets.map((t) => t.sentence)).toEqual([first]);
    expect(reading.skipped).toEqual([
      { sentence: second, reason: 'a second target for employed six weeks after release; the first one read is kept' },
    ]);
  });
});

describe('readPlanDocument: region and edition', () => {
  it.each([
    ['Annual Update 2025', 2025],
    ['Annual\nUpdate\n2024', 2024],
    ['2024 Annual Update', 2024],
    ['Reducing Reoffending Plan 2022-25', 2022],
    ['Reducing Reoffending Plan 2022 to 2025', 2022],
    ['Reducing Reoffending Plan 2022-25\n\nAnnual Update', null],
    ['Reducing Reoffending Plan', null],
  ])('reads the edition from "%s"', (title, edition) => {
    expect(readPlanDocument(`Wales\n\n${title}\n`).edition).toBe(edition);
  });

  it('reads the region the document names most, not "England and Wales"', () => {
    expect(
      readPlanDocument('North West\n\nWe work across England and Wales and with the North West probation region.')
        .region,
    ).toBe('NW');
    expect(readPlanDocument('Yorkshire & the Humber plan').region).toBe('YH');
  });

  it('gives no region when none is named, and the one named first of two named as often', () => {
    expect(readPlanDocument('Reducing Reoffending Plan 2022-25').region).toBeNull();
    expect(readPlanDocument('London and the South West, and the South West and London').region).toBe('LDN');
  });
});

describe('readPlanDocument on hostile text', () => {
  it('reads empty text and text without targets as nothing', () => {
    expect(readPlanDocument('')).toEqual({ region: null, edition: null, targets: [], skipped: [] });
    expect(readPlanDocument('   \n\n\t\n')).toEqual({ region: null, edition: null, targets: [], skipped: [] });
    expect(
      readPlanDocument('Minutes of the board meeting.\n\nApologies were received. The next meeting is on 4 May.'),
    ).toEqual({ region: null, edition: null, targets: [], skipped: [] });
  });

  it('reads 5 MB texts without throwing: a plan repeated, one line with no full stop, figures with no words', () => {
    const plan = readFileSync(join(__dirname, '..', '..', 'seeds', 'documents', 'kss-2023-annual-update.txt'), 'utf8');
    const FIVE_MB = 5 * 1024 * 1024;
    const repeated = plan.repeat(Math.ceil(FIVE_MB / plan.length));
    const reading = readPlanDocument(repeated);
    expect(reading.targets).toHaveLength(6);
    expect(reading.skipped.filter((s) => s.reason.startsWith('a second target')).length).toBeGreaterThan(1000);

    const oneLine =
      'the proportion employed six weeks after release by 2 percentage points from 16% in March 2024 and '.repeat(
        FIVE_MB / 100,
      );
    const [long] = readPlanDocument(oneLine).skipped;
    expect(long.reason).toMatch(/^a passage of over 1,000 characters/);
    expect(long.sentence.length).toBeLessThan(300);

    for (const noise of [
      '1% '.repeat(FIVE_MB / 3),
      'proportion '.repeat(FIVE_MB / 11),
      '- By March 2025, '.repeat(FIVE_MB / 17),
      '\n'.repeat(FIVE_MB),
    ]) {
      expect(() => readPlanDocument(noise)).not.toThrow();
    }
  }, 120_000);
});
