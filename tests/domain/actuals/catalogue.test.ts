import { CheckResultSchema, checkActuals } from '../../../src/domain/actuals';
import { isoOfMonth } from '../../../src/domain/months';
import { CATALOGUE, CATALOGUE_TODAY, CLEAN_ROW } from '../../fixtures/actualsCatalogue';

describe('actuals catalogue', () => {
  it('has at least 60 cases with unique names', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOGUE.map((c) => c.name)).size).toBe(CATALOGUE.length);
  });

  it.each(CATALOGUE.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = checkActuals([{ ...CLEAN_ROW, ...c.row }], { today: CATALOGUE_TODAY });
    expect(CheckResultSchema.safeParse(result).success).toBe(true);
    const [row] = result.rows;
    expect(row.status).toBe(c.status);
    if (c.message !== undefined) expect(row.message).toBe(c.message);
    for (const part of c.includes ?? []) expect(row.message).toContain(part);
    if (c.value !== undefined) expect(row.parsed?.value).toBe(c.value); // exactly: tidied, no float dust
    if (c.month !== undefined) expect(row.parsed && isoOfMonth(row.parsed.month)).toBe(c.month);
    // Only ok and warning rows are used; a lone row is never a duplicate.
    expect(result.actuals.length).toBe(c.status === 'ok' || c.status === 'warning' ? 1 : 0);
    if (c.status === 'ok' || c.status === 'warning') expect(row.parsed).toBeDefined();
    else expect(row.parsed).toBeUndefined();
    // Wording conventions.
    if (c.status === 'ok') expect(row.message).toBe('OK');
    if (c.status === 'warning') expect(row.message.startsWith('Note: ')).toBe(true);
    if (c.status === 'missing')
      expect(row.message).toMatch(
        /^(No value given\b.*: the row is kept but not used\.|Empty row: nothing to check\.)$/,
      );
    expect(row.message).not.toMatch(/^[=+\-@\t\r]/);
  });
});
