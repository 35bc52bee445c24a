/**
 * The double's Chart.getImage picture: a palette picture drawn from the chart's series (white
 * ground, grey axes, one polyline per series), encoded by the add-in's own PNG writer. Real Excel
 * draws the chart properly (and returns a JPEG); the board pack no longer uses these pictures.
 */
import { base64Of, palettePng, type Rgb } from '../../src/domain/picture/png';

/** Palette: white, grey, then one colour per series. */
const PALETTE: Rgb[] = [
  [255, 255, 255],
  [128, 128, 128],
  [31, 78, 121],
  [237, 125, 49],
  [112, 173, 71],
  [192, 0, 0],
];
const SERIES_COLOURS = PALETTE.length - 2;

/** A line chart of `series` (numbers, or blanks as undefined) as a base64 PNG of width × height. */
export function lineChartPng(series: (number | undefined)[][], width: number, height: number): string {
  const w = Math.max(16, Math.min(2000, Math.round(width)));
  const h = Math.max(16, Math.min(2000, Math.round(height)));
  const px = new Uint8Array(w * h);
  const set = (x: number, y: number, colour: number) => {
    if (x >= 0 && y >= 0 && x < w && y < h) px[y * w + x] = colour;
  };
  const pad = 12;
  for (let x = pad; x < w - pad; x++) set(x, h - pad, 1);
  for (let y = pad; y < h - pad; y++) set(pad, y, 1);
  const numbers = series.flat().filter((v): v is number => v !== undefined);
  const [lo, hi] = numbers.length ? [Math.min(...numbers), Math.max(...numbers)] : [0, 1];
  const span = hi - lo || 1;
  const points = Math.max(...series.map((s) => s.length), 2);
  series.forEach((values, k) => {
    const colour = 2 + (k % SERIES_COLOURS);
    let previous: [number, number] | undefined;
    values.forEach((v, i) => {
      if (v === undefined) return (previous = undefined);
      const x = Math.round(pad + ((w - 2 * pad) * i) / (points - 1));
      const y = Math.round(h - pad - ((h - 2 * pad) * (v - lo)) / span);
      if (previous) {
        const steps = Math.max(Math.abs(x - previous[0]), Math.abs(y - previous[1]), 1);
        for (let s = 0; s <= steps; s++)
          set(
            Math.round(previous[0] + ((x - previous[0]) * s) / steps),
            Math.round(previous[1] + ((y - previous[1]) * s) / steps),
            colour,
          );
      }
      for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) set(x + dx, y + dy, colour);
      previous = [x, y];
    });
  });
  return base64Of(palettePng(w, h, px, PALETTE));
}
