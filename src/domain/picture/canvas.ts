/**
 * A small pure drawing surface for the board pack's pictures: palette pixels, lines (solid or
 * dashed, any thickness), filled boxes and markers, and text in a 5-pixel-high font of the characters
 * chart labels use (digits, %, ., -, /, space), scaled up. It becomes a PNG (png.ts).
 */
import { palettePng, type Rgb } from './png';

/** Each glyph: five rows of pixels ("#" set), three wide except % (five, so it reads as %). */
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '###', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '..#', '..#'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
  '%': ['##..#', '##.#.', '..#..', '.#.##', '#..##'],
  '.': ['...', '...', '...', '...', '.#.'],
  '-': ['...', '...', '###', '...', '...'],
  '/': ['..#', '..#', '.#.', '#..', '#..'],
  ' ': ['...', '...', '...', '...', '...'],
};
const glyphOf = (ch: string): readonly string[] => GLYPHS[ch] ?? GLYPHS[' '];

export type Marker = 'dot' | 'square' | 'diamond';

export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    private readonly palette: readonly Rgb[],
  ) {
    this.pixels = new Uint8Array(width * height); // colour 0, the ground
  }

  set(x: number, y: number, colour: number): void {
    const [px, py] = [Math.round(x), Math.round(y)];
    if (px >= 0 && py >= 0 && px < this.width && py < this.height) this.pixels[py * this.width + px] = colour;
  }

  box(x: number, y: number, w: number, h: number, colour: number): void {
    for (let dy = 0; dy < h; dy++) for (let dx = 0; dx < w; dx++) this.set(x + dx, y + dy, colour);
  }

  /** A line `thickness` pixels wide; with `dash`, drawn `dash` pixels on and `dash` off. */
  line(x0: number, y0: number, x1: number, y1: number, colour: number, thickness = 1, dash = 0): void {
    const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
    const half = Math.floor(thickness / 2);
    for (let s = 0; s <= steps; s++) {
      if (dash > 0 && Math.floor(s / dash) % 2 === 1) continue;
      const x = Math.round(x0 + ((x1 - x0) * s) / steps);
      const y = Math.round(y0 + ((y1 - y0) * s) / steps);
      this.box(x - half, y - half, thickness, thickness, colour);
    }
  }

  marker(x: number, y: number, kind: Marker, radius: number, colour: number): void {
    for (let dy = -radius; dy <= radius; dy++)
      for (let dx = -radius; dx <= radius; dx++) {
        const inside =
          kind === 'square'
            ? true
            : kind === 'diamond'
              ? Math.abs(dx) + Math.abs(dy) <= radius
              : dx * dx + dy * dy <= radius * radius;
        if (inside) this.set(x + dx, y + dy, colour);
      }
  }

  /** Width in pixels of `text` at `scale` (one pixel between glyphs). */
  static textWidth(text: string, scale: number): number {
    const columns = [...text].reduce((sum, ch) => sum + glyphOf(ch)[0].length + 1, 0);
    return Math.max(0, columns - 1) * scale;
  }

  /** Draws `text` with its top-left at (x, y); characters the font lacks are left blank. */
  text(x: number, y: number, text: string, scale: number, colour: number): void {
    let column = 0;
    for (const ch of text) {
      const rows = glyphOf(ch);
      rows.forEach((pixels, row) =>
        [...pixels].forEach((pixel, c) => {
          if (pixel === '#') this.box(x + (column + c) * scale, y + row * scale, scale, scale, colour);
        }),
      );
      column += rows[0].length + 1;
    }
  }

  png(): Uint8Array {
    return palettePng(this.width, this.height, this.pixels, this.palette);
  }
}
