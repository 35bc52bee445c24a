/**
 * Import selection reads up to MAX_SELECTION_CELLS cells. Excel on Mac's JavaScript engine allows far
 * fewer arguments per call than V8 (issue 19 point 4), so here push() refuses more than a few, as a
 * stricter engine would, and a selection of 50,000 rows must still be read whole.
 */
import { readSelection } from '../../../src/excel/actuals/readSelection';
import { installedDouble } from '../../support/excelLayer';

const FEW_ARGUMENTS = 64;

it('reads a 50,000-row selection without passing its rows to one call', async () => {
  const { double, restore } = installedDouble();
  const rows = 50_000;
  const values = Array.from({ length: rows }, (_, i) => [i === 0 ? 'Region' : 'KSS', i]);
  double.setCells('Sheet1', `A1:B${rows}`, values);
  double.selectRange('Sheet1', `A1:B${rows}`);
  const push = jest.spyOn(Array.prototype, 'push').mockImplementation(function (this: unknown[], ...items: unknown[]) {
    if (items.length > FEW_ARGUMENTS) throw new RangeError('Maximum call stack size exceeded');
    for (const item of items) this[this.length] = item;
    return this.length;
  });
  try {
    const read = await readSelection();
    push.mockRestore();
    expect(read).toHaveLength(rows);
    expect(read[rows - 1]).toEqual(['KSS', rows - 1]);
  } finally {
    push.mockRestore();
    restore();
  }
});
