/**
 * A palette PNG writer, pure, so a picture drawn by the add-in is the same bytes in every browser and
 * in node: one byte per pixel, stored without compression (deflate's "stored" blocks) so it needs no
 * zlib. The .xlsx a picture goes into is a zip, which compresses it there.
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

/** Bytes as base64 text (what Excel.createWorkbook and exceljs's images take). */
export function base64Of(bytes: Uint8Array): string {
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

export type Rgb = readonly [number, number, number];

/** A PNG of `width` × `height` palette indices (row by row) into `palette` (at most 256 colours). */
export function palettePng(width: number, height: number, pixels: Uint8Array, palette: readonly Rgb[]): Uint8Array {
  const raw = new Uint8Array(height * (1 + width));
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (1 + width) + 1);
  const header = Uint8Array.from([...u32(width), ...u32(height), 8, 3, 0, 0, 0]);
  return concat([
    Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
