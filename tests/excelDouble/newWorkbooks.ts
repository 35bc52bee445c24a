/**
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8) for the double: Excel opens the .xlsx as a new,
 * unsaved workbook; the double keeps the file's bytes for the test to read. A base64 text that is
 * not an .xlsx (a zip) is refused, as Excel refuses a file it cannot open.
 * Follows: [Excel.createWorkbook](https://learn.microsoft.com/javascript/api/excel#excel-excel-createworkbook-function(1)).
 */
import { DoubleError } from './state';

export function newWorkbooks() {
  const opened: Uint8Array[] = [];
  return {
    /** The files opened as new workbooks, in order. */
    opened,
    async createWorkbook(base64?: string): Promise<void> {
      const bytes = Uint8Array.from(atob(base64 ?? ''), (c) => c.charCodeAt(0));
      if (base64 !== undefined && (bytes[0] !== 0x50 || bytes[1] !== 0x4b))
        throw new DoubleError('InvalidArgument', 'The file is not an .xlsx workbook.');
      opened.push(bytes);
    },
  };
}
