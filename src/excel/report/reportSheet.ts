/**
 * Writes the report grid (the domain's report/reportGrid.ts) on RRP Report in one batch: the old
 * cells cleared first (the sheet is the add-in's: its title says so, or it was empty), values and
 * number formats as one range each, heading styles, status colours as conditional-format rules on the Status cells (and
 * Making Data Count's colours on Variation and Assurance, beside their words and symbols), column
 * widths and the print setup.
 */
import type { MonthIndex } from '../../domain/months';
import {
  HEADER_STYLE,
  REPORT_COL,
  REPORT_COLUMNS,
  REPORT_STATUS_COLOURS,
  SIGNAL_COLOURS,
  type ReportGrid,
} from '../../domain/report';
import { queuePrintSetup } from './printSetup';

/** The signal colours as conditional-format rules on `range` (cells whose text contains each phrase). */
export function queueSignalColours(range: Excel.Range): void {
  for (const { text, fill, font } of SIGNAL_COLOURS) {
    const rule = range.conditionalFormats.add('ContainsText').textComparison;
    rule.format.fill.color = fill;
    rule.format.font.color = font;
    rule.rule = { operator: 'Contains', text };
  }
}

export function queueReportSheet(sheet: Excel.Worksheet, grid: ReportGrid, month: MonthIndex, existing: boolean): void {
  if (existing) {
    const used = sheet.getUsedRange();
    used.conditionalFormats.clearAll();
    used.clear('All');
  }
  const width = REPORT_COLUMNS.length;
  const all = sheet.getRangeByIndexes(0, 0, grid.values.length, width);
  all.numberFormat = grid.formats;
  all.values = grid.values;

  sheet.getRange('A1').format.font.bold = true;
  sheet.getRange('A1').format.font.size = 14;
  const header = sheet.getRangeByIndexes(grid.headerRow, 0, 1, width);
  header.format.font.bold = true;
  header.format.font.color = HEADER_STYLE.font;
  header.format.fill.color = HEADER_STYLE.fill;
  header.format.wrapText = true;
  for (const row of [...grid.countRows, ...grid.headingRows])
    sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;

  if (grid.dataRows.length > 0) {
    const first = grid.dataRows[0];
    const last = grid.dataRows[grid.dataRows.length - 1];
    const status = sheet.getRangeByIndexes(first, REPORT_COL.status, last - first + 1, 1);
    for (const [text, { fill, font }] of Object.entries(REPORT_STATUS_COLOURS)) {
      const rule = status.conditionalFormats.add('ContainsText').textComparison;
      rule.format.fill.color = fill;
      rule.format.font.color = font;
      rule.rule = { operator: 'BeginsWith', text };
    }
    const signals = sheet.getRangeByIndexes(first, REPORT_COL.variation, last - first + 1, 2);
    queueSignalColours(signals);
    signals.format.wrapText = true;
    sheet.getRangeByIndexes(first, REPORT_COL.notes, last - first + 1, 2).format.wrapText = true;
  }
  REPORT_COLUMNS.forEach((c, i) => {
    const column = sheet.getRangeByIndexes(grid.headerRow, i, 1, 1);
    if ('width' in c) column.format.columnWidth = c.width;
    else column.format.columnWidth = 64;
  });
  queuePrintSetup(sheet, month, grid.headerRow);
}
