/**
 * The board's summary page (boardPage.ts) and the pack's pictures (packPictures.ts, canvas.ts, png.ts):
 * what Making Data Count says of each metric's series up to the report month, in words with a symbol,
 * and PNGs drawn from the data.
 */
import { inflateSync } from 'zlib';
import { monthFromIso, type MonthIndex } from '../../../src/domain/months';
import { Canvas } from '../../../src/domain/picture/canvas';
import { boardPages, type BoardMetric } from '../../../src/domain/report/boardPage';
import { trendPicture, xmrPicture } from '../../../src/domain/report/packPictures';
import { periodKey, type PackLine, type PackSeries } from '../../../src/domain/report';

const months = (from: string, n: number): MonthIndex[] => Array.from({ length: n }, (_, k) => monthFromIso(from) + k);
const NOISE = [0, 0.004, -0.003, 0.002, -0.005, 0.003];

function series(metric: PackSeries['metric'], from: string, values: number[]): PackSeries {
  return {
    region: 'KSS',
    metric,
    months: months(from, values.length),
    actuals: values,
    trajectory: values.map(() => 0.17),
    target: values.map(() => 0.19),
  };
}
const line = (metric: PackLine['metric'], status = 'On track'): PackLine => ({
  region: 'KSS',
  metric,
  status,
  target: 0.19,
});

describe('the summary page', () => {
  const steady = Array.from({ length: 24 }, (_, k) => 0.15 + NOISE[k % 6]);
  const shifted = steady.map((v, k) => (k >= 16 ? v + 0.03 : v));

  it('reads each metric’s series up to the report month: a real shift is a special cause, noise is not', () => {
    const [page] = boardPages({
      month: monthFromIso('2023-03'),
      regions: ['KSS', 'SC'],
      lines: [line('EMP_6W'), line('EMP_6M'), line('CSTR', 'Qualitative'), line('SETTLED_3M', 'No actual yet')],
      series: [
        series('EMP_6W', '2021-04', [...shifted, 0.5]), // April 2023 is after the report month: left out
        series('EMP_6M', '2021-04', steady),
      ],
      periodMarks: new Map(),
    });
    expect(page.title).toBe('Kent, Surrey and Sussex');
    const [emp, emp6m, cstr, settled] = page.metrics;
    expect(emp.series?.actuals).toHaveLength(24);
    expect(emp.signals.slice(16)).toEqual(Array(8).fill('improvement'));
    expect([emp.variation, emp.assurance]).toEqual(['↑ Special cause: improvement', '✗ Fails the target consistently']);
    expect([emp6m.variation, emp6m.assurance]).toEqual([
      '○ Common cause: no signal',
      '✗ Fails the target consistently',
    ]);
    expect(cstr.variation).toBe('– A commitment in words, not a figure');
    expect(settled.variation).toBe('– No actuals yet');
  });

  it('starts a new period at the series break or where the analyst marks one, and says when one is too short', () => {
    const steadyFromSeptember = Array.from({ length: 24 }, (_, k) => 0.15 + NOISE[k % 6]);
    const empWith = (marks: [string, string][]) =>
      boardPages({
        month: monthFromIso('2024-08'),
        regions: ['KSS'],
        lines: [line('EMP_6W')],
        series: [series('EMP_6W', '2022-09', steadyFromSeptember)],
        periodMarks: new Map(marks),
      })[0].metrics[0];
    const emp = empWith([]);
    expect(emp.rebase).toEqual([20]); // May 2024
    expect(emp.signals).toHaveLength(24);
    expect([emp.variation, emp.assurance]).toEqual(['too few points (4 of 12)', 'too few points (4 of 12)']);
    const unbroken = empWith([[periodKey('KSS', 'EMP_6W', monthFromIso('2024-05')), 'No']]);
    expect(unbroken.rebase).toEqual([]);
    expect(unbroken.variation).toBe('○ Common cause: no signal');
    expect(empWith([[periodKey('KSS', 'EMP_6W', monthFromIso('2023-09')), 'Yes']]).rebase).toEqual([12, 20]);
  });
});

/** The palette indices of a PNG the add-in wrote (stored deflate blocks, one byte a pixel). */
function pixelsOf(png: Uint8Array): { width: number; height: number; pixels: number[] } {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idat = bytes.indexOf('IDAT');
  const raw = inflateSync(bytes.subarray(idat + 4, idat + 4 + bytes.readUInt32BE(idat - 4)));
  const pixels: number[] = [];
  for (let y = 0; y < height; y++) pixels.push(...raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)));
  return { width, height, pixels };
}

describe('the pictures', () => {
  const [page] = boardPages({
    month: monthFromIso('2023-03'),
    regions: ['KSS'],
    lines: [line('EMP_6W')],
    series: [
      series(
        'EMP_6W',
        '2021-04',
        Array.from({ length: 24 }, (_, k) => (k >= 16 ? 0.18 : 0.15) + NOISE[k % 6]),
      ),
    ],
    periodMarks: new Map(),
  });
  const emp: BoardMetric = page.metrics[0];

  it('draw an XmR chart whose special causes are marked in their colours, as a PNG any zlib reads', () => {
    const { width, height, pixels } = pixelsOf(xmrPicture(emp, 720, 240));
    expect([width, height]).toEqual([720, 240]);
    const used = new Set(pixels);
    for (const ink of [2, 3, 4, 5, 6, 7, 8]) expect({ ink, used: used.has(ink) }).toEqual({ ink, used: true });
  });

  it('draw a small trend with the latest point marked', () => {
    const { width, pixels } = pixelsOf(trendPicture(emp, 184, 76));
    expect(width).toBe(184);
    expect(new Set(pixels).has(6)).toBe(true); // the last point, a special cause (improvement)
  });

  it('write figures in a font of their own, the % sign wider so it reads as one', () => {
    expect(Canvas.textWidth('18%', 1)).toBe(3 + 1 + 3 + 1 + 5);
    const canvas = new Canvas(20, 7, [
      [255, 255, 255],
      [0, 0, 0],
    ]);
    canvas.text(0, 0, '1', 1, 1);
    const rows = Array.from({ length: 5 }, (_, y) => Array.from(canvas.pixels.subarray(y * 20, y * 20 + 3)).join(''));
    expect(rows).toEqual(['010', '110', '010', '010', '111']);
  });
});
