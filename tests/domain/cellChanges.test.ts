/** The cells a write must change, as few areas: what the automatic actuals check writes. */
import { changedAreas, holdsWanted } from '../../src/domain/cellChanges';

describe('holdsWanted', () => {
  it('takes a blank cell for "" and a number equal to 15 significant digits for the same number', () => {
    expect(holdsWanted('', '')).toBe(true);
    expect(holdsWanted(null, '')).toBe(true);
    expect(holdsWanted(0, '')).toBe(false);
    expect(holdsWanted(1 / 3, 0.333333333333333)).toBe(true); // what Excel gives back for 1/3
    expect(holdsWanted(0.165, 0.166)).toBe(false);
    expect(holdsWanted('0.165', 0.165)).toBe(false); // text is not the number
    expect(holdsWanted('OK', 'OK')).toBe(true);
    expect(holdsWanted('OK ', 'OK')).toBe(false);
  });
});

describe('changedAreas', () => {
  const ok = ['OK', 'YH', 'EMP_6W', 45170, 0.175];
  const blank = ['', '', '', '', ''];

  it('finds nothing to write when every cell holds what is wanted', () => {
    expect(changedAreas([ok, blank], [ok, blank])).toEqual([]);
  });

  it("writes one new row's own cells, and nothing else, in one area", () => {
    const held = [ok, ok, blank, ok];
    const wanted = [ok, ok, ok, ok];
    expect(changedAreas(held, wanted)).toEqual([{ row: 2, column: 0, values: [ok] }]);
  });

  it('makes neighbouring changed rows one area as wide as their changes, null where a cell already holds its value', () => {
    const held = [ok, ['Note: x', 'YH', 'EMP_6W', 45170, 0.175], ok, blank];
    const wanted = [ok, ['OK', 'YH', 'EMP_6W', 45170, 0.175], ['OK', 'YH', 'EMP_6W', 45170, 0.18], ok];
    expect(changedAreas(held, wanted)).toEqual([
      {
        row: 1,
        column: 0,
        values: [
          ['OK', null, null, null, null],
          [null, null, null, null, 0.18],
          ['OK', 'YH', 'EMP_6W', 45170, 0.175],
        ],
      },
    ]);
  });

  it('starts a new area after a row with no change, each only as wide as its own changes', () => {
    const held = [ok, ok, ok];
    const wanted = [['OK', '', '', '', ''], ok, ['Check again', 'YH', 'EMP_6W', 45170, 0.175]];
    expect(changedAreas(held, wanted)).toEqual([
      { row: 0, column: 1, values: [['', '', '', '']] },
      { row: 2, column: 0, values: [['Check again']] },
    ]);
  });

  it('writes every cell of rows it has never written (a first check)', () => {
    const wanted = [ok, ['Empty row: nothing to check.', '', '', '', '']];
    expect(changedAreas([blank, blank], wanted)).toEqual([
      {
        row: 0,
        column: 0,
        values: [ok, ['Empty row: nothing to check.', null, null, null, null]],
      },
    ]);
  });
});
