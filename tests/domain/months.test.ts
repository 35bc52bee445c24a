import {
  firstDaySerial,
  lastDaySerial,
  MAX_EXCEL_SERIAL,
  monthFromIso,
  monthIndexOf,
  monthLabel,
  monthOfSerial,
  monthOfText,
} from '../../src/domain/months';

const serialOf = (iso: string): number =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);

describe('months', () => {
  it('gives the last day of a deadline month as an Excel serial: April 2024 is 30/04/2024, 45412', () => {
    expect(lastDaySerial(monthFromIso('2024-04'))).toBe(45412);
    expect(lastDaySerial(monthFromIso('2024-02'))).toBe(serialOf('2024-02-29'));
    expect(lastDaySerial(monthFromIso('2023-12'))).toBe(serialOf('2023-12-31'));
    expect(firstDaySerial(monthFromIso('2023-03'))).toBe(serialOf('2023-03-01'));
  });

  it('reads any day of a month from its Excel serial', () => {
    for (let serial = serialOf('1999-12-25'); serial < serialOf('2031-01-10'); serial += 1) {
      const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
      expect(monthOfSerial(serial)).toBe(monthIndexOf(date.getUTCFullYear(), date.getUTCMonth() + 1));
    }
    expect(monthOfSerial(45412.75)).toBe(monthFromIso('2024-04'));
  });

  it.each([
    [1, '1900-01'],
    [31, '1900-01'],
    [32, '1900-02'],
    [59, '1900-02'], // 28 Feb 1900
    [60, '1900-02'], // 29 Feb 1900, the day Excel counts though it never was
    [60.99, '1900-02'],
    [61, '1900-03'], // 1 Mar 1900: from here on, serial = days since 30 Dec 1899
    [MAX_EXCEL_SERIAL, '9999-12'], // 31 Dec 9999, Excel's last date
    [MAX_EXCEL_SERIAL + 0.99, '9999-12'],
  ])('reads serial %p as %s', (serial, iso) => {
    expect(monthOfSerial(serial)).toBe(monthFromIso(iso));
  });

  it('has 31 Dec 9999 as the last date', () => {
    expect(MAX_EXCEL_SERIAL).toBe(2958465);
    expect(lastDaySerial(monthFromIso('9999-12'))).toBe(MAX_EXCEL_SERIAL);
    expect(firstDaySerial(monthFromIso('1900-03'))).toBe(61);
  });

  it.each([0, 0.99, -1, Number.NaN, Number.POSITIVE_INFINITY, 2958466, 3e6])(
    'rejects %p as a date serial',
    (serial) => {
      expect(monthOfSerial(serial)).toBeUndefined();
    },
  );

  it.each([
    ['2023-10', '2023-10'],
    ['2023-10-15', '2023-10'],
    ['2023/10', '2023-10'],
    ['10/2023', '2023-10'],
    ['15/10/2023', '2023-10'],
    ['Oct 2023', '2023-10'],
    ['October 2023', '2023-10'],
    ['oct-23', '2023-10'],
    ['Oct 23', '2023-10'],
    ["Oct '23", '2023-10'],
    ['Sept 2023', '2023-09'],
    ['1 Oct 2023', '2023-10'],
    [' March 2023 ', '2023-03'],
    ['2023 Oct', '2023-10'],
    ['2023-10-01T00:00:00', '2023-10'],
    ['2023-10-01 00:00:00', '2023-10'],
    ['01/10/2023 00:00', '2023-10'],
    ['2023-10-31T23:59:59.000Z', '2023-10'],
  ])('reads %p as %s', (text, iso) => {
    expect(monthOfText(text)).toBe(monthFromIso(iso));
  });

  it.each([
    '',
    'soon',
    '2023-13',
    '13/2023',
    'Octember 2023',
    '2023',
    'Q3 2023',
    '32/10/2023',
    '10:30',
    '2023 Octopus',
  ])('rejects %p', (text) => {
    expect(monthOfText(text)).toBeUndefined();
  });

  it('labels months for messages', () => {
    expect(monthLabel(monthFromIso('2023-09'))).toBe('September 2023');
  });
});
