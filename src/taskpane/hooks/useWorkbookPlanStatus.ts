/** How the plan kept on RRP Plan was read at opening, and whether RRP formulas wait for F9, re-rendering as it changes. */
import { useSyncExternalStore } from 'react';
import type { PaneServices, WorkbookPlanStatus } from '../services';

export const useWorkbookPlanStatus = (services: PaneServices): WorkbookPlanStatus =>
  useSyncExternalStore(services.subscribeWorkbookPlanStatus, services.workbookPlanStatus);
