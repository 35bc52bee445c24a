/**
 * What the pane's views share, held above them so it outlives switching views: loading plan data, the
 * progress summary (read after each load, brought up to date after each check of the actuals), and
 * the services the views reach the workbook through.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MetricCode, RegionCode } from '../../domain/planSchema';
import type { ActualsCheckSummary, LoadResult, PaneServices, PlanChoice, ProgressItem } from '../services';
import { useAsyncTask, type AsyncTask } from './useAsyncTask';

export interface Pane {
  services: PaneServices;
  load: AsyncTask<[choice: PlanChoice], LoadResult>;
  /** Loads plan data, then reads progress. */
  onLoad: (choice: PlanChoice) => Promise<void>;
  /** Counts successful plan loads (the Actuals view starts automatic checking again on each). */
  planLoads: number;
  /** Progress comes from readProgress, or from a check that worked it out already (given as `checked`). */
  progress: AsyncTask<[checked?: ProgressItem[]], ProgressItem[]>;
  select: AsyncTask<[region: RegionCode, metric: MetricCode], void>;
  onActualsChecked: (summary: ActualsCheckSummary) => void;
  insertFormula: (formula: string) => Promise<void>;
}

export function usePane(services: PaneServices): Pane {
  const load = useAsyncTask((choice: PlanChoice) => services.loadPlan(choice));
  const progress = useAsyncTask((checked?: ProgressItem[]) =>
    checked ? Promise.resolve(checked) : services.readProgress(),
  );
  const select = useAsyncTask((region: RegionCode, metric: MetricCode) => services.selectProgressRow(region, metric));
  const insertFormula = useCallback((formula: string) => services.insertFormula(formula), [services]);

  const [planLoads, setPlanLoads] = useState(0);

  const { run: runLoad } = load;
  const { run: refresh } = progress;
  const onLoad = useCallback(
    async (choice: PlanChoice) => {
      if ((await runLoad(choice)) === undefined) return;
      setPlanLoads((n) => n + 1);
      await refresh();
    },
    [runLoad, refresh],
  );

  // Progress (and its year-to-date figures) follows the checked actuals, so a summary the analyst has
  // already read is brought up to date after each check: with the progress the check worked out when
  // it carries one (no second read of the workbook), else by reading it. One never read is left for
  // them to ask for.
  const progressRead = useRef(false);
  useEffect(() => {
    progressRead.current = progress.result !== undefined;
  });
  const onActualsChecked = useCallback(
    (summary: ActualsCheckSummary) => {
      if (progressRead.current) void refresh(summary.progress);
    },
    [refresh],
  );

  return { services, load, onLoad, planLoads, progress, select, onActualsChecked, insertFormula };
}
