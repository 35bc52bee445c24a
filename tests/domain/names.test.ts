import { resolveMetric, suggestMetrics } from '../../src/domain/metrics';
import { resolveRegion, suggestRegions } from '../../src/domain/regions';
import { editionLabel, parseEdition } from '../../src/domain/editions';
import { memoiseByText } from '../../src/domain/memoise';
import { PlanError } from '../../src/domain/errors';

describe('region names', () => {
  it.each([
    ['KSS', 'KSS'],
    ['kss', 'KSS'],
    [' Kent, Surrey and Sussex ', 'KSS'],
    ['Kent Surrey & Sussex', 'KSS'],
    ['KENT SURREY AND SUSSEX REGION', 'KSS'],
    ['South Central', 'SC'],
    ['south-central', 'SC'],
    ['SC', 'SC'],
    ['East of England', 'EOE'],
    ['East of England region', 'EOE'],
    ['EoE', 'EOE'],
    ['east  of   england.', 'EOE'],
    ['Yorkshire and The Humber', 'YH'],
    ['Yorkshire & the Humber', 'YH'],
    ['Y&H', 'YH'],
    ['y & h', 'YH'],
    ['YH', 'YH'],
    ['Yorkshire and Humber', 'YH'],
    ['North East', 'NE'],
    ['north west', 'NW'],
    ['Greater Manchester', 'GM'],
    ['West Midlands', 'WM'],
    ['East Midlands', 'EM'],
    ['South West', 'SW'],
    ['London', 'LDN'],
    ['Wales', 'WAL'],
    ['HMPPS Wales', 'WAL'],
  ])('reads %p as %s', (text, code) => {
    expect(resolveRegion(text)).toBe(code);
  });

  it.each(['', 'Atlantis', 'Kent', 'England', 'North', '123'])('does not guess at %p', (text) => {
    expect(resolveRegion(text)).toBeUndefined();
  });

  it('suggests close names for a misspelling', () => {
    expect(suggestRegions('Yorkshire and the Humbr')[0]).toBe('Yorkshire and The Humber (YH)');
    expect(suggestRegions('Sout Central')[0]).toBe('South Central (SC)');
    expect(suggestRegions('Kent')).toContain('Kent, Surrey and Sussex (KSS)');
  });

  it('answers a spelling the same way after 10,001 other spellings have gone through its bounded memo', () => {
    expect(resolveRegion('Y&H')).toBe('YH');
    expect(suggestRegions('Londn')).toEqual(['London (LDN)']);
    for (let i = 0; i <= 10_000; i++) resolveRegion(`region ${i}`);
    expect(resolveRegion('Y&H')).toBe('YH');
    expect(suggestRegions('Londn')).toEqual(['London (LDN)']);
  });
});

describe('memoiseByText', () => {
  it('works each text out once, and stays bounded: after 10,000 other texts the first is worked out again, to the same answer', () => {
    const computed: string[] = [];
    const length = memoiseByText((text) => {
      computed.push(text);
      return text.length;
    });
    expect(length('Y&H')).toBe(3);
    expect(length('Y&H')).toBe(3);
    expect(computed).toEqual(['Y&H']);
    for (let i = 0; i < 9_999; i++) expect(length(`text ${i}`)).toBe(`text ${i}`.length);
    // The memo is full (10,000 texts) and still holds them all.
    expect(length('text 0')).toBe(6);
    expect(length('Y&H')).toBe(3);
    expect(computed).toHaveLength(10_000);
    // The 10,001st distinct text clears it; the first is then worked out again, to the same answer.
    expect(length('one more')).toBe(8);
    expect(length('Y&H')).toBe(3);
    expect(computed).toHaveLength(10_002);
    expect(computed.slice(-2)).toEqual(['one more', 'Y&H']);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const nothing = memoiseByText((): undefined => {
      calls++;
      return undefined;
    });
    expect(nothing('x')).toBeUndefined();
    expect(nothing('x')).toBeUndefined();
    expect(calls).toBe(1);
  });
});

describe('metric names', () => {
  it.each([
    ['EMP_6W', 'EMP_6W'],
    ['emp 6w', 'EMP_6W'],
    ['employed six weeks after release', 'EMP_6W'],
    ['6 week employment', 'EMP_6W'],
    ['Employment at 6 weeks', 'EMP_6W'],
    ['employed 6wks', 'EMP_6W'],
    ['EMP_6M', 'EMP_6M'],
    ['employed six months after release', 'EMP_6M'],
    ['6 month employment', 'EMP_6M'],
    ['six-month employment', 'EMP_6M'],
    ['HOUSED_NIGHT1', 'HOUSED_NIGHT1'],
    ['housed on the night after release', 'HOUSED_NIGHT1'],
    ['Housed first night', 'HOUSED_NIGHT1'],
    ['night 1 accommodation', 'HOUSED_NIGHT1'],
    ['SETTLED_3M', 'SETTLED_3M'],
    ['in settled accommodation three months after release', 'SETTLED_3M'],
    ['settled accommodation 3 months after leaving prison', 'SETTLED_3M'],
    ['SOI_COMPLETED', 'SOI_COMPLETED'],
    ['sexual offence interventions completed', 'SOI_COMPLETED'],
    ['SOI', 'SOI_COMPLETED'],
    ['CSTR', 'CSTR'],
    ['community sentence treatment requirements', 'CSTR'],
    ['Community Sentence Treatment Requirement', 'CSTR'],
  ])('reads %p as %s', (text, code) => {
    expect(resolveMetric(text)).toBe(code);
  });

  it.each(['', 'employment', 'employed 3 weeks after release', 'accommodation', 'settled 6 months', 'reoffending'])(
    'does not guess at %p',
    (text) => {
      expect(resolveMetric(text)).toBeUndefined();
    },
  );

  it('suggests close names for a misspelling', () => {
    expect(suggestMetrics('EMP_6X')).toContain('Employed six weeks after release (EMP_6W)');
    expect(suggestMetrics('SETLED_3M')[0]).toBe('Settled accommodation three months after release (SETTLED_3M)');
  });
});

describe('plan editions', () => {
  it.each([
    [null, undefined],
    [undefined, undefined],
    ['', undefined],
    ['latest', undefined],
    [2022, 2022],
    ['2022', 2022],
    ['2022-25', 2022],
    ['2022/25 plan', 2022],
    ['2022 to 2025', 2022],
    ['original', 2022],
    [2023, 2023],
    ['2023', 2023],
    ['2023 update', 2023],
    ['annual update 2023', 2023],
    [2024, 2024],
    ['2024', 2024],
    ['2024 update', 2024],
    ['2024 annual update', 2024],
    ['The 2025 Annual Update', 2025],
    ['\uFF12\uFF10\uFF12\uFF14 update', 2024], // full-width digits, read through NFKC
  ])('reads %p as %p', (value, edition) => {
    expect(parseEdition(value)).toBe(edition);
  });

  // "Update" alone no longer means 2023: with an update every year, it names none.
  it.each([
    2021,
    2021.5,
    2100,
    20244,
    '2021',
    'Update',
    'annual update',
    '2022 update',
    '2023 2024 update',
    'draft',
    true,
  ])('rejects %p with the accepted forms', (value) => {
    expect(() => parseEdition(value)).toThrow(
      /Use 2022 \(the 2022-25 plan\) or the year of an annual update, such as 2023 or "2024 update"/,
    );
  });

  it('labels the 2022-25 plan and each annual update', () => {
    expect([2022, 2023, 2024, 2031].map(editionLabel)).toEqual([
      '2022-25 plan',
      '2023 annual update',
      '2024 annual update',
      '2031 annual update',
    ]);
  });

  it('gives a repeated unknown text the same message, as a fresh PlanError each time', () => {
    const thrown = (): unknown => {
      try {
        parseEdition('draft plan');
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const first = thrown();
    const second = thrown();
    expect(first).toBeInstanceOf(PlanError);
    expect(second).toBeInstanceOf(PlanError);
    expect(second).not.toBe(first);
    expect((second as PlanError).message).toBe(
      'Plan edition "draft plan" is not known. Use 2022 (the 2022-25 plan) or the year of an annual update, such as 2023 or "2024 update", or leave it out for the latest.',
    );
    expect((second as PlanError).kind).toBe('invalid');
  });
});
