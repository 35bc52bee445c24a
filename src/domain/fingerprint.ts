/**
 * A short fingerprint of a text (64-bit FNV-1a over its UTF-16 code units, as 16 hex digits): enough to tell whether the plan kept
 * in a workbook is the one its formulas were last calculated with, without storing the plan twice.
 */
export function fingerprintOf(text: string): string {
  // Two 32-bit halves of the 64-bit FNV-1a state, multiplied by the 64-bit FNV prime (2^40 + 0x1b3).
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    const newLow = lowTimes >>> 0;
    high = (high * 0x1b3 + (low << 8) + carry) >>> 0;
    low = newLow;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
