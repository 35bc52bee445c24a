import { memoiseByNumber } from '../../src/domain/memoise';
import { monthOfSerial, readMonthValue } from '../../src/domain/months';

describe('memoiseByNumber', () => {
  it('works each number out once, and stays bounded: after 10,000 other numbers the first is worked out again, to the same answer', () => {
    const computed: number[] = [];
    const doubled = memoiseByNumber((n) => {
      computed.push(n);
      return n * 2;
    });
    expect(doubled(45292.5)).toBe(90585);
    expect(doubled(45292.5)).toBe(90585);
    expect(computed).toEqual([45292.5]);
    for (let i = 0; i < 9_999; i++) expect(doubled(i)).toBe(i * 2);
    expect(doubled(45292.5)).toBe(90585);
    expect(computed).toHaveLength(10_000);
    // The 10,001st distinct number clears it; the first is then worked out again, to the same answer.
    expect(doubled(-1)).toBe(-2);
    expect(doubled(45292.5)).toBe(90585);
    expect(computed).toHaveLength(10_002);
    expect(computed.slice(-2)).toEqual([-1, 45292.5]);
  });

  it('keeps NaN and undefined answers too, and answers 0 and -0 alike, as it must be given only such a function', () => {
    let calls = 0;
    const nothing = memoiseByNumber((): undefined => {
      calls++;
      return undefined;
    });
    expect(nothing(Number.NaN)).toBeUndefined();
    expect(nothing(Number.NaN)).toBeUndefined();
    expect(nothing(0)).toBeUndefined();
    expect(nothing(-0)).toBeUndefined();
    expect(calls).toBe(2);
  });
});

describe('month numbers, read once and kept', () => {
  it('gives a date serial read again, and again after 10,000 other serials, the same month', () => {
    const first = readMonthValue(45292.5);
    expect(first).toEqual({ month: monthOfSerial(45292.5) });
    expect(readMonthValue(45292.5)).toEqual(first);
    for (let serial = 36526; serial < 46526; serial++)
      expect(readMonthValue(serial)).toEqual({ month: monthOfSerial(serial) });
    expect(readMonthValue(45292.5)).toEqual(first);
  });

  it('words a number that is no month the same each time, 0 and -0 alike', () => {
    for (const n of [0, -0, 0, 2023, 2023, Number.NaN, Number.NaN]) {
      expect(readMonthValue(n).error).toMatch(
        Number.isNaN(n) ? /^Month NaN is not an Excel date/ : n === 0 ? /^Month 0 is not/ : /^Month 2023 is a year/,
      );
    }
  });
});
