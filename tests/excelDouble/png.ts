/**
 * A small PNG writer for the double's Chart.getImage: a palette picture drawn from the chart's series
 * (white ground, grey axes, one polyline per series), one byte per pixel, stored without compression
 * (deflate's "stored" blocks), so it needs no zlib and runs the same in node and in the browser bundle. Real Excel draws
 * the chart properly; what the layer relies on is only that it gets a base64 PNG.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([Uint8Array.from([...type].map((c) => c.charCodeAt(0))), data]);
  return concat([Uint8Array.from(u32(data.length)), body, Uint8Array.from(u32(crc32(body)))]);
}

/** zlib stream of stored (uncompressed) deflate blocks. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.from([0x78, 0x01])];
  let i = 0;
  do {
    const block = raw.subarray(i, i + 65535);
    parts.push(
      Uint8Array.from([
        i + 65535 >= raw.length ? 1 : 0,
        block.length & 255,
        block.length >> 8,
        ~block.length & 255,
        (~block.length >> 8) & 255,
      ]),
      block,
    );
    i += 65535;
  } while (i < raw.length);
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  parts.push(Uint8Array.from(u32(((b << 16) | a) >>> 0)));
  return concat(parts);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const [x, y, z] = [bytes[i], bytes[i + 1] ?? 0, bytes[i + 2] ?? 0];
    const n = (x << 16) | (y << 8) | z;
    out.push(
      B64[(n >> 18) & 63] +
        B64[(n >> 12) & 63] +
        (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') +
        (i + 2 < bytes.length ? B64[n & 63] : '='),
    );
  }
  return out.join('');
}

/** Palette: white, grey, then one colour per series. */
const PALETTE: [number, number, number][] = [
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
  const raw = new Uint8Array(h * (1 + w));
  for (let y = 0; y < h; y++) raw.set(px.subarray(y * w, (y + 1) * w), y * (1 + w) + 1);
  const header = Uint8Array.from([...u32(w), ...u32(h), 8, 3, 0, 0, 0]);
  const palette = Uint8Array.from(PALETTE.flat());
  return base64(
    concat([
      Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', header),
      chunk('PLTE', palette),
      chunk('IDAT', zlibStored(raw)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}
