/**
 * The board pack's pictures, drawn by the add-in from the data (the same PNG on every platform and
 * in every program that opens the pack): a small trend for the summary page, and an XmR chart per
 * region and metric (Making Data Count: monthly actuals, each period's mean and process limits,
 * special causes marked by shape as well as colour, the trajectory and the target).
 */
import { Canvas, type Marker } from '../picture/canvas';
import type { Rgb } from '../picture/png';
import type { Signal } from '../spc';
import type { BoardMetric } from './boardPage';

const PALETTE: Rgb[] = [
  [255, 255, 255], // ground
  [217, 217, 217], // grid
  [127, 127, 127], // mean and limits
  [64, 64, 64], // labels
  [31, 78, 121], // actuals
  [228, 108, 10], // special cause: concern
  [0, 144, 214], // special cause: improvement
  [112, 48, 160], // trajectory
  [46, 125, 50], // target
];
const INK = { grid: 1, limits: 2, label: 3, actual: 4, concern: 5, improvement: 6, trajectory: 7, target: 8 } as const;

/** How each point is marked: shape and colour both say what it is. */
export const POINT_MARKERS: Readonly<Record<Signal, { marker: Marker; colour: number; radius: number }>> = {
  common: { marker: 'dot', colour: INK.actual, radius: 4 },
  improvement: { marker: 'diamond', colour: INK.improvement, radius: 7 },
  concern: { marker: 'square', colour: INK.concern, radius: 5 },
};

/** What the XmR chart's lines and marks are, for the words beside it. */
export const CHART_KEY =
  'Dots: monthly actuals (◆ special cause: improvement; ■ special cause: concern). Solid grey: the period’s mean; dashed grey: its process limits; dotted upright line: a new period. Purple: trajectory; dashed green: target.';

interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
  lo: number;
  hi: number;
  first: number;
  last: number;
}

const x = (f: Frame, month: number): number =>
  f.last === f.first ? (f.left + f.right) / 2 : f.left + ((month - f.first) * (f.right - f.left)) / (f.last - f.first);
const y = (f: Frame, value: number): number => f.bottom - ((value - f.lo) * (f.bottom - f.top)) / (f.hi - f.lo);

/** Every level the chart shows, so the scale holds them all. */
function levels(m: BoardMetric): number[] {
  const s = m.series;
  if (!s) return [];
  const limits = (m.spc?.points ?? []).flatMap((p) => [p.lower, p.upper]);
  return [...s.actuals, ...s.trajectory, ...s.target, ...limits, m.line.target].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
}

const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1];

/** A scale from `lo` to `hi` widened to whole steps, with at most 6 steps. */
function scale(values: readonly number[]): { lo: number; hi: number; step: number } {
  let lo = values.length ? values.reduce((a, b) => Math.min(a, b)) : 0;
  let hi = values.length ? values.reduce((a, b) => Math.max(a, b)) : 1;
  if (hi - lo < 1e-9) [lo, hi] = [lo - 0.05, hi + 0.05];
  const step = STEPS.find((s) => (hi - lo) / s <= 6) ?? 1;
  return { lo: Math.floor(lo / step + 1e-9) * step, hi: Math.ceil(hi / step - 1e-9) * step, step };
}

const tickText = (value: number, step: number): string =>
  `${(value * 100).toFixed(step < 0.01 ? 1 : 0).replace(/^-0(\.0)?$/, '0')}%`;

/** Horizontal segments of one level per period (means or limits), from a period's first point to its last. */
function periodLevels(
  canvas: Canvas,
  f: Frame,
  m: BoardMetric,
  level: (p: NonNullable<BoardMetric['spc']>['points'][number]) => number | null,
  colour: number,
  thickness: number,
  dash: number,
): void {
  const s = m.series;
  const points = m.spc?.points;
  if (!s || !points) return;
  const starts = [0, ...m.rebase];
  starts.forEach((start, k) => {
    const end = (starts[k + 1] ?? points.length) - 1;
    const value = level(points[start]);
    if (value === null) return;
    canvas.line(x(f, s.months[start]), y(f, value), x(f, s.months[end]), y(f, value), colour, thickness, dash);
  });
}

/** A line through the defined values of a series (a gap where one is undefined). */
function polyline(
  canvas: Canvas,
  f: Frame,
  months: readonly number[],
  values: readonly (number | undefined)[],
  colour: number,
  thickness: number,
  dash = 0,
): void {
  for (let i = 1; i < months.length; i++) {
    const [a, b] = [values[i - 1], values[i]];
    if (a === undefined || b === undefined) continue;
    canvas.line(x(f, months[i - 1]), y(f, a), x(f, months[i]), y(f, b), colour, thickness, dash);
  }
  if (months.length === 1 && values[0] !== undefined)
    canvas.line(f.left, y(f, values[0]), f.right, y(f, values[0]), colour, thickness, dash);
}

function frameOf(m: BoardMetric, box: Omit<Frame, 'lo' | 'hi' | 'first' | 'last'>): Frame & { step: number } {
  const months = m.series?.months ?? [];
  const { lo, hi, step } = scale(levels(m));
  return { ...box, lo, hi, step, first: months[0] ?? 0, last: months[months.length - 1] ?? 0 };
}

/** An XmR chart of a metric's monthly series, `width` × `height` pixels, as a PNG. */
export function xmrPicture(m: BoardMetric, width: number, height: number): Uint8Array {
  const canvas = new Canvas(width, height, PALETTE);
  const text = 3; // pixels per font pixel: digits 15 pixels high
  const f = frameOf(m, { left: 24 * text, right: width - 8, top: 10, bottom: height - 10 * text });
  for (let v = f.lo; v <= f.hi + f.step / 2; v += f.step) {
    canvas.line(f.left, y(f, v), f.right, y(f, v), INK.grid);
    const label = tickText(v, f.step);
    canvas.text(f.left - 6 - Canvas.textWidth(label, text), y(f, v) - (5 * text) / 2, label, text, INK.label);
  }
  canvas.line(f.left, f.top, f.left, f.bottom, INK.limits);
  canvas.line(f.left, f.bottom, f.right, f.bottom, INK.limits);
  const s = m.series;
  if (!s || !m.spc) return canvas.png();
  // Years at each January, and the first month's year where no January label is close to it.
  const januaries: number[] = [];
  for (let month = f.first; month <= f.last; month++) if (month % 12 === 0) januaries.push(month);
  const yearWidth = Canvas.textWidth('2000', text);
  const labelled =
    januaries.length > 0 && x(f, januaries[0]) - x(f, f.first) < yearWidth * 1.5 ? januaries : [f.first, ...januaries];
  for (const month of labelled) {
    const at = x(f, month);
    canvas.line(at, f.bottom, at, f.bottom + 6, INK.limits);
    const left = Math.min(Math.max(at - yearWidth / 2, f.left), width - yearWidth);
    canvas.text(left, f.bottom + 9, String(Math.floor(month / 12)), text, INK.label);
  }
  for (const i of m.rebase) {
    const at = (x(f, s.months[i - 1]) + x(f, s.months[i])) / 2;
    canvas.line(at, f.top, at, f.bottom, INK.limits, 1, 3);
  }
  periodLevels(canvas, f, m, (p) => p.lower, INK.limits, 2, 8);
  periodLevels(canvas, f, m, (p) => p.upper, INK.limits, 2, 8);
  periodLevels(canvas, f, m, (p) => p.mean, INK.limits, 2, 0);
  polyline(canvas, f, s.months, s.target, INK.target, 3, 10);
  polyline(canvas, f, s.months, s.trajectory, INK.trajectory, 2);
  polyline(canvas, f, s.months, s.actuals, INK.actual, 2);
  m.spc.points.forEach((p, i) => {
    const mark = POINT_MARKERS[m.signals[i]];
    canvas.marker(x(f, s.months[i]), y(f, p.value), mark.marker, mark.radius, mark.colour);
  });
  return canvas.png();
}

/** A small trend for the summary page: the actuals, the last period's mean, the target, and the latest point marked. */
export function trendPicture(m: BoardMetric, width: number, height: number): Uint8Array {
  const canvas = new Canvas(width, height, PALETTE);
  const s = m.series;
  if (!s || !m.spc) return canvas.png();
  const f = frameOf(m, { left: 8, right: width - 8, top: 8, bottom: height - 8 });
  const lastPeriod = m.rebase.length ? m.rebase[m.rebase.length - 1] : 0;
  const mean = m.spc.points[lastPeriod].mean;
  canvas.line(x(f, s.months[lastPeriod]), y(f, mean), f.right, y(f, mean), INK.limits, 1);
  polyline(canvas, f, s.months, s.target, INK.target, 2, 6);
  polyline(canvas, f, s.months, s.actuals, INK.actual, 2);
  const last = m.spc.points.length - 1;
  const mark = POINT_MARKERS[m.signals[last]];
  canvas.marker(x(f, s.months[last]), y(f, m.spc.points[last].value), mark.marker, mark.radius, mark.colour);
  return canvas.png();
}
