import { cellText, checkActuals, looksLikeFormula } from '../../../src/domain/actuals';

describe('cellText', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\n=1', ' =1', '＝1+1', "=cmd|' /C calc'!A0"])(
    'prefixes %j with an apostrophe',
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
      expect(cellText(text)).toBe(`'${text}`);
    },
  );

  it.each(['', 'OK', 'Note: read 16.5 as 16.5%', '16.5%', 'a=b', '   '])('leaves %j alone', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(cellText(text)).toBe(text);
  });

  it('doubles a leading apostrophe, which Excel would otherwise swallow', () => {
    expect(looksLikeFormula("'=1")).toBe(false);
    expect(cellText("'=1")).toBe("''=1");
  });

  it('is applied to every CHECK message', () => {
    const rows = ['=1', '+1', '-1', '@x', '\t=1'].map((Region) => ({
      Region,
      Metric: Region,
      Month: Region,
      Value: Region,
      Numerator: Region,
      Denominator: Region,
      Note: Region,
    }));
    for (const r of checkActuals(rows, { today: { year: 2025, month: 7 } }).rows)
      expect(looksLikeFormula(r.message)).toBe(false);
  });
});
