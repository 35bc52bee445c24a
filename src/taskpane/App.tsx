/**
 * The task pane: load plan data, check and import monthly actuals, see progress against the plan,
 * and build RRP formulas. It talks to the workbook only through the PaneServices it is given
 * (index.tsx passes the Excel-backed ones, tests pass fakes) and takes its theme from the
 * FluentProvider around it.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { regionsWithPlans } from '../domain/planData';
import type { MetricCode, RegionCode } from '../domain/planSchema';
import { ActualsPanel } from './components/ActualsPanel';
import { FunctionBuilder } from './components/FunctionBuilder';
import { LoadPlanPanel } from './components/LoadPlanPanel';
import { ProgressSummary } from './components/ProgressSummary';
import { useAsyncTask } from './hooks/useAsyncTask';
import { usePlanVersion } from './hooks/usePlanVersion';
import type { ActualsCheckSummary, PaneServices, PlanChoice, ProgressItem } from './services';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  title: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { color: tokens.colorNeutralForeground3 },
  panel: { paddingBottom: tokens.spacingVerticalL },
});

const SECTIONS = ['load', 'actuals', 'progress', 'functions'];

export interface AppProps {
  services: PaneServices;
}

export function App({ services }: AppProps) {
  const styles = useStyles();
  const load = useAsyncTask((choice: PlanChoice) => services.loadPlan(choice));
  // Progress comes from readProgress, or from a check that worked it out already (given as `checked`).
  const progress = useAsyncTask((checked?: ProgressItem[]) => (checked ? Promise.resolve(checked) : services.readProgress()));
  const select = useAsyncTask((region: RegionCode, metric: MetricCode) => services.selectProgressRow(region, metric));
  const insertFormula = useCallback((formula: string) => services.insertFormula(formula), [services]);

  const [planLoads, setPlanLoads] = useState(0);
  usePlanVersion(); // the regions with plan data change when the workbook plan does

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

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Reducing Reoffending Plans</h1>
      <Text size={200} className={styles.intro}>
        Plan targets, monthly actuals, progress and RRP formulas for this workbook.
      </Text>
      <Accordion multiple collapsible defaultOpenItems={SECTIONS}>
        <AccordionItem value="load">
          <AccordionHeader as="h2">Plan data</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <LoadPlanPanel regions={regionsWithPlans()} running={load.running} changes={load.result?.changes} error={load.error} onLoad={(choice) => void onLoad(choice)} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="actuals">
          <AccordionHeader as="h2">Actuals</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ActualsPanel services={services} planLoads={planLoads} onChecked={onActualsChecked} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="progress">
          <AccordionHeader as="h2">Progress summary</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ProgressSummary
              items={progress.result}
              running={progress.running}
              error={progress.error}
              selectError={select.error}
              onRefresh={() => void refresh()}
              onSelect={(region, metric) => void select.run(region, metric)}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="functions">
          <AccordionHeader as="h2">Function builder</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <FunctionBuilder onInsert={insertFormula} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </main>
  );
}
