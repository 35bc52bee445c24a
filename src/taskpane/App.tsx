/**
 * The task pane: load plan data, check and import monthly actuals, see progress against the plan,
 * and build RRP formulas, each in a view of its own (views.tsx lists them). It talks to the workbook
 * only through the PaneServices it is given (index.tsx passes the Excel-backed ones, tests pass
 * fakes) and takes its theme from the FluentProvider around it.
 */
import { makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { ViewNav } from './components/ViewNav';
import { usePane } from './hooks/usePane';
import type { PaneServices } from './services';
import { PANE_VIEWS } from './views';
import { usePlanVersion } from './hooks/usePlanVersion';
import { useWorkbookPlanStatus } from './hooks/useWorkbookPlanStatus';
import { onDemandView } from './components/OnDemandView';

// What the pane says about reading RRP Plan is needed only now and then: its code is a chunk of its own.
const WorkbookPlanNotice = onDemandView(
  'RRP Plan notice',
  async () => (await import(/* webpackChunkName: "plannotice" */ './components/WorkbookPlanNotice')).WorkbookPlanNotice,
);

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
});

export interface AppProps {
  services: PaneServices;
}

export function App({ services }: AppProps) {
  const styles = useStyles();
  const pane = usePane(services);
  usePlanVersion(); // the regions with plan data change when the workbook plan does
  const planStatus = useWorkbookPlanStatus(services);
  return (
    <main className={styles.root}>
      <h1 className={styles.title}>Reducing Reoffending Plans</h1>
      <Text size={200} className={styles.intro}>
        Plan targets, monthly actuals, progress and RRP formulas for this workbook.
      </Text>
      {(planStatus.reading === 'failed' || planStatus.waitsForF9) && (
        <WorkbookPlanNotice services={services} status={planStatus} />
      )}
      <ViewNav views={PANE_VIEWS} pane={pane} label="Tasks" />
    </main>
  );
}
