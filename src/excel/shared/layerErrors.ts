/**
 * Failures of the Excel layer, in plain words. Office.js rejects with errors carrying a `code`
 * ("AccessDenied", "ItemAlreadyExists", …); the layer turns every one of them into an ExcelLayerError
 * whose message can be shown to the analyst as it is.
 */

export class ExcelLayerError extends Error {
  constructor(
    message: string,
    /** The Office.js error code when Excel gave one, else a code of the layer's own ("SheetProtected", …). */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExcelLayerError';
  }
}

/** The `code` of an Office.js error (OfficeExtension.Error), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() === '' ? 'no details given' : message.trim();
}

/** Turns anything Excel.run rejected with into an ExcelLayerError; `attempted` completes "Excel could not …". */
export function toLayerError(error: unknown, attempted: string): ExcelLayerError {
  if (error instanceof ExcelLayerError) return error;
  const code = officeErrorCode(error) ?? 'Unknown';
  const make = (message: string) => new ExcelLayerError(message, code, { cause: error });
  switch (code) {
    case 'AccessDenied':
      return make(
        `Excel could not ${attempted}: part of the workbook is protected or read-only. Unprotect it (Review > Unprotect Sheet, or Review > Protect Workbook) and try again.`,
      );
    case 'ItemAlreadyExists':
      return make(
        `Excel could not ${attempted}: a sheet or table with the same name already exists. Rename it and try again.`,
      );
    case 'ItemNotFound':
      return make(
        `Excel could not ${attempted}: a sheet or table the add-in expected is no longer in the workbook (it may have been renamed or deleted). Try again.`,
      );
    case 'InvalidOperationInCellEditMode':
      return make(
        `Excel could not ${attempted} while a cell is being edited. Press Enter or Esc to finish editing the cell, then try again.`,
      );
    case 'ApiNotFound':
    case 'NotImplemented':
      return make(
        `Excel could not ${attempted}: this version of Excel lacks a feature the add-in needs. Use Microsoft 365 or Excel on the web.`,
      );
    default:
      return make(
        `Excel could not ${attempted} (${detailOf(error)}). Try again; if it keeps happening, please report this message.`,
      );
  }
}
