/**
 * RRP Summary: the domain's summaryTable (its cells from summaryCells) as an Excel table (RRPSummary)
 * at A1 of its sheet, one row per region, variation and assurance per metric in words and a symbol,
 * with Making Data Count's colours as a second cue. Queued in the build's last batch (a dozen rows at most: no byte blocks).
 */
import { summaryCells, type SummaryTable } from '../../domain/report';
import { REPORT_TABLES } from './names';
import { queueSignalColours } from './reportSheet';

const REGION_WIDTH = 150;
const CELL_WIDTH = 150;

/** Writes the summary at A1 of `sheet` (an old RRPSummary table already removed by the caller). */
export function queueSummarySheet(sheet: Excel.Worksheet, summary: SummaryTable): Excel.Table {
  const columns = summary.header.length;
  const { lines, formats } = summaryCells(summary);
  sheet.getRangeByIndexes(0, 0, 1, columns).values = [summary.header];
  if (lines.length > 0) {
    const body = sheet.getRangeByIndexes(1, 0, lines.length, columns);
    body.numberFormat = lines.map(() => formats);
    body.values = lines;
    const signals = sheet.getRangeByIndexes(1, 2, lines.length, columns - 2);
    queueSignalColours(signals);
    signals.format.wrapText = true;
  }
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + Math.max(lines.length, 1), columns), true);
  table.name = REPORT_TABLES.summary;
  table.style = 'TableStyleMedium2';
  table.getHeaderRowRange().format.wrapText = true;
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = REGION_WIDTH;
  sheet.getRangeByIndexes(0, 2, 1, columns - 2).format.columnWidth = CELL_WIDTH;
  return table;
}
