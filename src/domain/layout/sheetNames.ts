/** The sheets and tables the add-in owns. A sheet is ours when it holds one of our tables. */

export const SHEET_ROLES = ['targets', 'actuals', 'progress'] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

export const SHEET_NAMES: Record<SheetRole, string> = {
  targets: 'RRP Targets',
  actuals: 'RRP Actuals',
  progress: 'RRP Progress',
};
export const TABLE_NAMES: Record<SheetRole, string> = {
  targets: 'RRPTargets',
  actuals: 'RRPActuals',
  progress: 'RRPProgress',
};

/** Excel compares sheet and table names without regard to case. */
export const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** `base`, or "base (2)", "base (3)", … : the first name no sheet in `taken` has. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const isTaken = (name: string) => taken.some((t) => sameName(t, name));
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!isTaken(candidate)) return candidate;
  }
}

/** RRP Plan, the plan kept in the workbook, and its Check column (the add-in's own). */
export const PLAN_SHEET = 'RRP Plan';
export const PLAN_TABLE = 'RRPPlan';
export const CHECK_HEADER = 'Check';
