/**
 * What the pane is told about the plan kept on RRP Plan (WorkbookPlanStatus): start.ts reports its
 * first reading, recalculate.ts whether RRP formulas wait for F9. A plain store the pane subscribes to.
 */
import type { WorkbookPlanStatus } from '../../domain/workbookPlanStatus';

let status: WorkbookPlanStatus = { reading: 'read', waitsForF9: false };
const listeners = new Set<() => void>();

export const workbookPlanStatus = (): WorkbookPlanStatus => status;

/** Calls `listener` after every change of the status; returns the function that stops it. */
export function subscribeWorkbookPlanStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function updateWorkbookPlanStatus(change: Partial<WorkbookPlanStatus>): void {
  const next = { ...status, ...change };
  if (next.reading !== 'failed') delete next.error;
  status = next;
  for (const listener of listeners) listener();
}
