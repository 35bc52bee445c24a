/**
 * The version of the plan (built-in and the workbook's RRP Plan), re-rendering the component whenever
 * the workbook plan is read again with a change: lists of regions and editions, and previews, follow it.
 */
import { useSyncExternalStore } from 'react';
import { planVersion, subscribePlan } from '../../domain/planData';

export const usePlanVersion = (): number => useSyncExternalStore(subscribePlan, planVersion);
