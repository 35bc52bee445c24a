/**
 * The Check colours in the workbook tell a row's status from its Check text alone. These tests hold
 * every message the domain's check makes to the one statement of which beginnings mean which status
 * (src/domain/actuals/checkWording.ts), and the conditional-format formulas to that statement.
 */
import {
  checkActuals,
  MISSING_PREFIXES,
  NOTE_PREFIX,
  statusOfCheckText,
  type ActualsRow,
} from '../../../src/domain/actuals';
import { CHECK_RULE_FORMULAS } from '../../../src/excel';
import { CATALOGUE, CATALOGUE_TODAY, CLEAN_ROW } from '../../fixtures/actualsCatalogue';
import { actualsRecords, sampleActualsRows } from '../../excelDouble';

const statusesOf = (rows: ActualsRow[]) =>
  checkActuals(rows, { today: CATALOGUE_TODAY }).rows.map((r) => [statusOfCheckText(r.message), r.status]);

describe('telling the status from the Check text', () => {
  it.each(CATALOGUE.map((c) => [c.name, c] as const))('agrees with the check for %s', (_name, c) => {
    const [[fromText, status]] = statusesOf([{ ...CLEAN_ROW, ...c.row }]);
    expect(fromText).toBe(status);
  });

  it('agrees for repeats, conflicts, empty rows and thousands of generated rows', () => {
    const rows: ActualsRow[] = [
      CLEAN_ROW,
      { ...CLEAN_ROW, Value: '16.5%' },
      { ...CLEAN_ROW, Value: 16.5 },
      { ...CLEAN_ROW, Month: '2023-11', Value: 0.2 },
      { ...CLEAN_ROW, Month: '2023-11', Value: 0.3 },
      { Region: '', Metric: '', Month: '', Value: '', Numerator: '', Denominator: '', Note: 'only a note' },
      ...actualsRecords(sampleActualsRows(5_000)),
    ];
    const pairs = statusesOf(rows);
    expect(pairs.filter(([fromText, status]) => fromText !== status)).toEqual([]);
    expect(new Set(pairs.map(([, status]) => status))).toEqual(new Set(['ok', 'warning', 'error', 'missing']));
  });

  it('reads a blank cell as not checked yet', () => {
    expect(statusOfCheckText('')).toBeUndefined();
    expect(statusOfCheckText('  ')).toBeUndefined();
  });
});

describe('the Check colour rules', () => {
  it('say the same as statusOfCheckText, in Excel formulas on the cell itself (RC)', () => {
    expect(NOTE_PREFIX).toBe('Note:');
    expect(MISSING_PREFIXES).toEqual(['No value given', 'Empty row']);
    expect(CHECK_RULE_FORMULAS).toEqual({
      warning: '=LEFT(RC,5)="Note:"',
      missing: '=OR(LEFT(RC,14)="No value given",LEFT(RC,9)="Empty row")',
      error: '=AND(RC<>"",RC<>"OK",LEFT(RC,5)<>"Note:",LEFT(RC,14)<>"No value given",LEFT(RC,9)<>"Empty row")',
    });
  });
});
