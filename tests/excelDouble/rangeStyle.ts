/**
 * range.format.font (bold, colour, size), range.format.fill.color and range.format.wrapText for the
 * Excel double: recorded per block of cells for inspection, not read back.
 */
import type { Box } from './addresses';
import type { DoubleContext } from './context';
import { assertEditable, DoubleError, type SheetState } from './state';

export interface StyleRecord {
  box: Box;
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrapText?: boolean;
}

const styles = new WeakMap<SheetState, StyleRecord[]>();

export function stylesOf(sheet: SheetState): StyleRecord[] {
  let list = styles.get(sheet);
  if (!list) {
    list = [];
    styles.set(sheet, list);
  }
  return list;
}

const unread = (): never => {
  throw new DoubleError(
    'PropertyNotLoaded',
    'The Excel double does not read fonts and fills back; inspect the workbook instead.',
  );
};

/** The setters of one range's font and fill, each queued on `context`. */
export function rangeStyle(context: DoubleContext, range: () => { sheet: SheetState; box: Box }) {
  const record = (style: Omit<StyleRecord, 'box'>) =>
    context.enqueue(() => {
      const { sheet, box } = range();
      assertEditable(sheet);
      stylesOf(sheet).push({ box: { ...box }, ...style });
    });
  return {
    font: {
      get bold(): boolean {
        return unread();
      },
      set bold(on: boolean) {
        record({ bold: on });
      },
      get color(): string {
        return unread();
      },
      set color(c: string) {
        record({ fontColor: c });
      },
      get size(): number {
        return unread();
      },
      set size(n: number) {
        record({ fontSize: n });
      },
    },
    fill: {
      get color(): string {
        return unread();
      },
      set color(c: string) {
        record({ fill: c });
      },
    },
    setWrapText: (on: boolean) => record({ wrapText: on }),
  };
}
