/**
 * worksheet.pageLayout for the Excel double: orientation, paper size, zoom (set as a whole object,
 * as Office.js requires), print title rows and the footers of every page. Recorded for inspection.
 */
import type { Modelled, NoExtraMembers, SpeaksOfficeJs } from './officeTypes';
import { DoubleObject, unmodelled, type DoubleContext } from './context';
import { assertEditable, DoubleError, type SheetState } from './state';

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  footer: { left?: string; center?: string; right?: string };
}

const layouts = new WeakMap<SheetState, PageLayoutState>();

export function pageLayoutOf(sheet: SheetState): PageLayoutState {
  let layout = layouts.get(sheet);
  if (!layout) {
    layout = { footer: {} };
    layouts.set(sheet, layout);
  }
  return layout;
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER = ['A4', 'A3', 'Letter', 'Legal'];
const WHOLE_ROWS = /^\$?\d+(:\$?\d+)?$/;

export class DoublePageLayout
  extends DoubleObject<SheetState>
  implements Modelled<Excel.PageLayout, 'orientation' | 'paperSize' | 'setPrintTitleRows'>
{
  constructor(context: DoubleContext, resolve: () => SheetState) {
    super(context, 'PageLayout', resolve);
  }

  private change(f: (layout: PageLayoutState) => void): void {
    this.context.enqueue(() => {
      assertEditable(this.state);
      f(pageLayoutOf(this.state));
    });
  }

  set orientation(value: Excel.PageOrientation | `${Excel.PageOrientation}`) {
    this.change((l) => {
      if (!ORIENTATIONS.includes(value))
        throw new DoubleError('InvalidArgument', `Orientation "${value}" is not one of ${ORIENTATIONS.join(', ')}.`);
      l.orientation = value;
    });
  }

  set paperSize(value: Excel.PaperType | `${Excel.PaperType}`) {
    this.change((l) => {
      if (!PAPER.includes(value))
        throw new DoubleError('InvalidArgument', `The double models paper sizes ${PAPER.join(', ')}, not "${value}".`);
      l.paperSize = value;
    });
  }

  /** Office.js: "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom = {...} instead of x.zoom.scale = ...)". */
  get zoom(): PageLayoutState['zoom'] {
    throw new DoubleError(
      'PropertyNotLoaded',
      'The Excel double does not read zoom back; set it as a whole object and inspect the workbook.',
    );
  }
  set zoom(value: PageLayoutState['zoom']) {
    const copy = { ...value };
    this.change((l) => {
      l.zoom = copy;
    });
  }

  setPrintTitleRows(rows: string | Excel.Range): void {
    this.change((l) => {
      if (typeof rows !== 'string') throw unmodelled('print title rows given as a Range (the layer gives an address)');
      if (!WHOLE_ROWS.test(rows))
        throw new DoubleError('InvalidArgument', `"${rows}" is not a range of whole rows such as "$5:$5".`);
      l.printTitleRows = rows;
    });
  }

  get headersFooters(): { defaultForAllPages: { leftFooter: string; centerFooter: string; rightFooter: string } } {
    const set = (key: 'left' | 'center' | 'right') => (text: string) =>
      this.change((l) => {
        l.footer[key] = text;
      });
    const unread = (): string => {
      throw new DoubleError(
        'PropertyNotLoaded',
        'The Excel double does not read footers back; inspect the workbook instead.',
      );
    };
    const [left, center, right] = [set('left'), set('center'), set('right')];
    return {
      defaultForAllPages: {
        get leftFooter() {
          return unread();
        },
        set leftFooter(t: string) {
          left(t);
        },
        get centerFooter() {
          return unread();
        },
        set centerFooter(t: string) {
          center(t);
        },
        get rightFooter() {
          return unread();
        },
        set rightFooter(t: string) {
          right(t);
        },
      },
    };
  }
}

export type PageLayoutSpeaksOfficeJs = SpeaksOfficeJs<NoExtraMembers<DoublePageLayout, Excel.PageLayout>>;
