#!/usr/bin/env node
// @ts-check
/*
 * Draws the add-in's icons and writes them as PNG files, with nothing but node (zlib + a CRC-32).
 * Design: a dark teal rounded square with three white bars rising to the right and an amber trend
 * line with an arrow head above them: "targets and progress". Drawn in unit coordinates and
 * supersampled, so every size is anti-aliased and the output is the same bytes on every run.
 *
 *   node scripts/make-icons.js            writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js out 48 96  writes out/icon-48.png and out/icon-96.png
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** 16, 32 and 80 for the ribbon; 32 (IconUrl) and 64 (HighResolutionIconUrl) for the add-in list; 128 for a store listing. */
const DEFAULT_SIZES = [16, 32, 64, 80, 128];

/**
 * @typedef {[number, number]} Point x and y in the unit square, y downwards
 * @typedef {[number, number, number]} Colour red, green, blue
 */

/** @type {Colour} */
const TEAL = [11, 92, 94];
/** @type {Colour} */
const WHITE = [255, 255, 255];
/** @type {Colour} */
const AMBER = [255, 193, 69];

// ---- PNG encoding ---------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** @param {Buffer[]} buffers */
function crc32(buffers) {
  let crc = 0xffffffff;
  for (const buffer of buffers) for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
  const typeBytes = Buffer.from(type, 'ascii');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32([typeBytes, data]));
  return Buffer.concat([length, typeBytes, data, crc]);
}

/**
 * An 8-bit RGBA PNG of `rgba` (width × height × 4 bytes, rows top to bottom).
 * @param {number} width
 * @param {number} height
 * @param {Buffer} rgba
 */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- Drawing --------------------------------------------------------------------------------

/**
 * @param {number} x
 * @param {number} y
 * @param {number} radius
 */
function inRoundedSquare(x, y, radius) {
  if (x < 0 || x > 1 || y < 0 || y > 1) return false;
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
}

/**
 * @param {number} x
 * @param {number} y
 * @param {Point} a
 * @param {Point} b
 */
function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/**
 * @param {number} x
 * @param {number} y
 * @param {[Point, Point, Point]} triangle
 */
function inTriangle(x, y, [a, b, c]) {
  const side = (/** @type {Point} */ p, /** @type {Point} */ q) =>
    (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

const BARS = [
  { left: 0.2, right: 0.34, top: 0.62 },
  { left: 0.43, right: 0.57, top: 0.5 },
  { left: 0.66, right: 0.8, top: 0.36 },
];
const BAR_BOTTOM = 0.82;
/** @type {Point[]} */
const TREND = [
  [0.17, 0.5],
  [0.45, 0.35],
  [0.7, 0.25],
];
const TREND_WIDTH = 0.075;
/** @type {[Point, Point, Point]} */
const ARROW = (() => {
  const [ax, ay] = TREND[TREND.length - 2];
  const [bx, by] = TREND[TREND.length - 1];
  const length = Math.hypot(bx - ax, by - ay);
  /** @type {Point} */
  const d = [(bx - ax) / length, (by - ay) / length];
  /** @type {Point} */
  const n = [-d[1], d[0]];
  /** @type {Point} */
  const tip = [bx + d[0] * 0.13, by + d[1] * 0.13];
  const half = 0.095;
  return [tip, [bx + n[0] * half, by + n[1] * half], [bx - n[0] * half, by - n[1] * half]];
})();

/**
 * The colour at a point of the unit square, or null outside the icon.
 * @param {number} x
 * @param {number} y
 * @returns {Colour | null}
 */
function colourAt(x, y) {
  if (!inRoundedSquare(x, y, 0.19)) return null;
  for (let i = 1; i < TREND.length; i++)
    if (distanceToSegment(x, y, TREND[i - 1], TREND[i]) <= TREND_WIDTH / 2) return AMBER;
  if (inTriangle(x, y, ARROW)) return AMBER;
  for (const bar of BARS) if (x >= bar.left && x <= bar.right && y >= bar.top && y <= BAR_BOTTOM) return WHITE;
  return TEAL;
}

/**
 * RGBA pixels of the icon at `size` × `size`, each pixel the average of samples × samples points.
 * @param {number} size
 * @param {number} [samples]
 */
function drawIcon(size, samples = 8) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return rgba;
}

/**
 * @param {string} outDir
 * @param {number[]} sizes
 */
function writeIcons(outDir, sizes) {
  fs.mkdirSync(outDir, { recursive: true });
  return sizes.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, size, drawIcon(size));
    fs.writeFileSync(file, png);
    return { file, size, bytes: png.length };
  });
}

const [dirArg, ...sizeArgs] = process.argv.slice(2);
const outDir = path.resolve(dirArg || path.join(__dirname, '..', 'assets'));
const sizes = sizeArgs.length > 0 ? sizeArgs.map(Number) : DEFAULT_SIZES;
if (sizes.some((s) => !Number.isInteger(s) || s < 8 || s > 1024)) {
  console.error(`Sizes must be whole numbers from 8 to 1024, got: ${sizeArgs.join(' ')}`);
  process.exit(1);
}
for (const { file, size, bytes } of writeIcons(outDir, sizes)) {
  console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size}, ${bytes} bytes)`);
}
