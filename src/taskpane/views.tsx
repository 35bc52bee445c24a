/**
 * The pane's views, in the order of their tabs. To add a view, add one entry: a stable id, the tab's
 * one-word label, the view's heading, and what it shows, made from what the views share (Pane).
 */
import { regionsWithPlans } from '../domain/planData';
import { ActualsPanel } from './components/ActualsPanel';
import { LoadPlanPanel } from './components/LoadPlanPanel';
import { onDemandView } from './components/OnDemandView';
import { ProgressSummary } from './components/ProgressSummary';
import type { PaneView } from './components/ViewNav';
import type { Pane } from './hooks/usePane';

// Views needed only sometimes load when first shown, each a chunk of its own (the documents one with the
// reader), keeping the page within its budget. Both are needed: a chunk that uses Fluent components the
// page also uses stops webpack from merging those modules into one scope, which costs the page about
// 6 KB gzip; with the function builder on demand too, the components only these two views use (Input,
// Select, Textarea) leave the page altogether.
const DocumentsView = onDemandView('Documents', () =>
  import(/* webpackChunkName: "documents" */ './components/documents/DocumentsView').then((m) => m.DocumentsView),
);
const ReportView = onDemandView('Report', () =>
  import(/* webpackChunkName: "reportview" */ './components/report/ReportView').then((m) => m.ReportView),
);
const FunctionBuilder = onDemandView('Functions', () =>
  import(/* webpackChunkName: "functionbuilder" */ './components/FunctionBuilder').then((m) => m.FunctionBuilder),
);

export const PANE_VIEWS: readonly PaneView<Pane>[] = [
  {
    id: 'plan',
    label: 'Plan',
    title: 'Plan data',
    render: ({ load, onLoad }) => (
      <LoadPlanPanel
        regions={regionsWithPlans()}
        running={load.running}
        changes={load.result?.changes}
        error={load.error}
        onLoad={(choice) => void onLoad(choice)}
      />
    ),
  },
  {
    id: 'actuals',
    label: 'Actuals',
    title: 'Actuals',
    render: ({ services, planLoads, onActualsChecked }) => (
      <ActualsPanel services={services} planLoads={planLoads} onChecked={onActualsChecked} />
    ),
  },
  {
    id: 'documents',
    label: 'Documents',
    title: 'Plans from documents',
    render: ({ services }) => <DocumentsView appendPlanRows={services.appendPlanRows} />,
    onDemand: true,
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
    id: 'report',
    label: 'Report',
    title: 'Board report',
    render: ({ services, onActualsChecked }) => <ReportView services={services} onActualsChecked={onActualsChecked} />,
    onDemand: true,
  },
  {
    id: 'functions',
    label: 'Functions',
    title: 'Function builder',
    render: ({ insertFormula }) => <FunctionBuilder onInsert={insertFormula} />,
    onDemand: true,
  },
];
