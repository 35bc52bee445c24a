/**
 * Where the board pack goes. A browser download from a task pane does nothing in Excel for Mac
 * (office-js #2700) and goes silently to Downloads in Excel on Windows, so desktop Excel opens the
 * pack as a new workbook (Excel.createWorkbook, ExcelApi 1.8), which the analyst saves where they
 * choose. Excel on the web downloads it, as a browser does; so does a page whose platform Office
 * does not name (outside Office).
 */
import type { PackDelivery } from '../../domain/report';
import { toLayerError } from '../shared/layerErrors';
import { requireExcel } from '../shared/host';

export const NEW_WORKBOOK_API = '1.8';

/** The platform Office says the add-in runs on: Office.context.platform, else the diagnostics'. */
function platform(): Office.PlatformType | undefined {
  if (typeof Office === 'undefined') return undefined;
  return Office.context?.platform ?? Office.context?.diagnostics?.platform ?? undefined;
}

export function boardPackDelivery(): PackDelivery {
  const on = platform();
  if (on === undefined || on === null || typeof Office.PlatformType === 'undefined') return 'download';
  return on === Office.PlatformType.OfficeOnline ? 'download' : 'new workbook';
}

/** Opens the .xlsx (base64) as a new, unsaved workbook in Excel. */
export async function openAsNewWorkbook(base64: string): Promise<void> {
  requireExcel('open the board pack as a new workbook', NEW_WORKBOOK_API);
  try {
    await Excel.createWorkbook(base64);
  } catch (error) {
    throw toLayerError(error, 'open the board pack as a new workbook');
  }
}
