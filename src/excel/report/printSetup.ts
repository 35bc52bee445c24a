/**
 * The report prints on A4 landscape, one page wide (as many pages tall as it needs), with the column
 * headings repeated on every page and a footer with the month and the source attribution.
 */
import type { MonthIndex } from '../../domain/months';
import { FOOTER } from '../../domain/report';

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
