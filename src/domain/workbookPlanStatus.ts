/**
 * What the pane says about the plan kept on RRP Plan, as the Excel layer reports it: whether its first
 * reading (when the workbook opens) is under way, done or has failed for good, and whether RRP formulas
 * wait for the analyst's F9 (Excel calculates manually, and the add-in does not override that).
 */
export interface WorkbookPlanStatus {
  reading: 'underWay' | 'read' | 'failed';
  /** Why RRP Plan could not be read, in plain words, when reading is 'failed'. */
  error?: string;
  /** The plan changed while Excel calculates manually: its RRP formulas show the change after F9. */
  waitsForF9: boolean;
}

export const WAITS_FOR_F9 =
  'Excel calculates this workbook manually, so RRP formulas show the changed RRP Plan after you press F9 (Formulas > Calculate Now).';
