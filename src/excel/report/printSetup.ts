/**
 * The report prints on A4 landscape, one page wide (as many pages tall as it needs), with the column
 * headings repeated on every page and a footer with the month and the source attribution.
 */
import { monthLabel, type MonthIndex } from '../../domain/months';

/** Footer text: "&" starts a code in Excel's header and footer language, so a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, '&&');

export const FOOTER = {
  left: (month: MonthIndex): string => footerText(`RRP board report: ${monthLabel(month)}`),
  centre: footerText(
    'Source: Reducing Reoffending Plan documents (HMPPS). Crown copyright. Open Government Licence v3.0.',
  ),
  right: 'Page &P of &N',
};

/** `headerRow`: 0-based row of the column headings. */
export function queuePrintSetup(sheet: Excel.Worksheet, month: MonthIndex, headerRow: number): void {
  const layout = sheet.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${headerRow + 1}:$${headerRow + 1}`);
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = FOOTER.left(month);
  footer.centerFooter = FOOTER.centre;
  footer.rightFooter = FOOTER.right;
}
