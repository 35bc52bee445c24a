/** Which formulas are RRP formulas (the cells recalculated when RRP Plan changes), the plan's fingerprint, and the edition check. */
import fc from 'fast-check';
import { fingerprintOf } from '../../src/domain/fingerprint';
import { EditionSchema, isEdition } from '../../src/domain/planSchema';
import { isRrpFormula, rrpFormulaRuns } from '../../src/domain/rrpFormulas';

describe('RRP formulas', () => {
  it.each([
    '=RRP.TARGET("KSS","EMP_6W")',
    '=rrp.status(A2,B2,C2,D2)',
    '=IF(A1="","",RRP.TRAJECTORY($A2,$B2,C$1))',
    '=RRP.TARGET ("KSS","EMP_6W")*100',
    '=SUM(RRP.PLAN("YH"))',
    "='RRP Plan'!A1+RRP.GAP(A1,B1,C1)",
  ])('%s is one', (formula) => expect(isRrpFormula(formula)).toBe(true));

  it.each([
    ['a formula without RRP', '=SUM(A1:A3)'],
    ['RRP in a string', '="RRP.TARGET(""KSS"")"'],
    ['RRP in a sheet name', "='RRP.X (2)'!A1"],
    ['another namespace ending in RRP', '=MYRRP.TARGET(A1)'],
    ['a name with a dot before', '=A.RRP.TARGET(A1)'],
    ['text that is not a formula', 'RRP.TARGET("KSS","EMP_6W")'],
    ['a number', 0.19],
    ['nothing', ''],
  ])('%s is not', (_, formula) => expect(isRrpFormula(formula)).toBe(false));

  it('gathers the RRP cells of a block into runs down each column', () => {
    const formulas = [
      ['Region', '=RRP.TARGET(A2,"EMP_6W")', '=1+1'],
      ['KSS', '=RRP.TARGET(A3,"EMP_6W")', '=RRP.STATUS(A3,"EMP_6W",0.2,"2023-10")'],
      ['SC', '=B2', '=RRP.STATUS(A4,"EMP_6W",0.2,"2023-10")'],
      ['YH', '=RRP.TARGET(A5,"EMP_6W")', ''],
    ];
    expect(rrpFormulaRuns(formulas, 10, 3)).toEqual([
      { row: 10, col: 4, rows: 2 },
      { row: 13, col: 4, rows: 1 },
      { row: 11, col: 5, rows: 2 },
    ]);
  });
});

describe('fingerprint of the workbook plan', () => {
  it('is 64-bit FNV-1a (its published test values for ASCII text)', () => {
    expect(fingerprintOf('')).toBe('cbf29ce484222325');
    expect(fingerprintOf('a')).toBe('af63dc4c8601ec8c');
    expect(fingerprintOf('foobar')).toBe('85944171f73967e8');
  });

  it('tells plans one character apart', () => {
    expect(fingerprintOf('[{"target":0.23}]')).not.toBe(fingerprintOf('[{"target":0.24}]'));
  });
});

describe('isEdition', () => {
  it("agrees with EditionSchema, whose rule it checks without a parse's cost", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 2000, max: 2200 }),
          fc.double(),
          fc.string(),
          fc.constantFrom(null, undefined, 2022.5),
        ),
        (value) => expect(isEdition(value)).toBe(EditionSchema.safeParse(value).success),
      ),
    );
  });
});
