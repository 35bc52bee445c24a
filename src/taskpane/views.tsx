/**
 * The pane's views, in the order of their tabs. To add a view, add one entry: a stable id, the tab's
 * one-word label, the view's heading, and what it shows, made from what the views share (Pane).
 */
import { regionsWithPlans } from '../domain/planData';
import { ActualsPanel } from './components/ActualsPanel';
import { FunctionBuilder } from './components/FunctionBuilder';
import { LoadPlanPanel } from './components/LoadPlanPanel';
import { ProgressSummary } from './components/ProgressSummary';
import type { PaneView } from './components/ViewNav';
import type { Pane } from './hooks/usePane';

export const PANE_VIEWS: readonly PaneView<Pane>[] = [
  {
    id: 'plan',
    label: 'Plan',
    title: 'Plan data',
    render: ({ load, onLoad }) => (
      <LoadPlanPanel regions={regionsWithPlans()} running={load.running} changes={load.result?.changes} error={load.error} onLoad={(choice) => void onLoad(choice)} />
    ),
  },
  {
    id: 'actuals',
    label: 'Actuals',
    title: 'Actuals',
    render: ({ services, planLoads, onActualsChecked }) => <ActualsPanel services={services} planLoads={planLoads} onChecked={onActualsChecked} />,
  },
  {
    id: 'progress',
    label: 'Progress',
    title: 'Progress summary',
    render: ({ progress, select }) => (
      <ProgressSummary
        items={progress.result}
        running={progress.running}
        error={progress.error}
        selectError={select.error}
        onRefresh={() => void progress.run()}
        onSelect={(region, metric) => void select.run(region, metric)}
      />
    ),
  },
  {
    id: 'functions',
    label: 'Functions',
    title: 'Function builder',
    render: ({ insertFormula }) => <FunctionBuilder onInsert={insertFormula} />,
  },
];
