/**
 * Check RRP Plan: the plan targets kept in this workbook. Checks the table (each row's Check says OK
 * or what is wrong) and says, in words, how many targets are used and which rows have problems.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { regionName } from '../../domain/regions';
import { countOf, listed } from '../../domain/wording';
import type { PlanCheckSummary } from '../services';
import { Notice } from './Notice';

/** The problems listed in the pane; the Check column has every one. */
const SHOWN_PROBLEMS = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface WorkbookPlanCheckProps {
  running: boolean;
  summary?: PlanCheckSummary;
  error?: string;
  onCheck: () => void;
}

/** "3 targets from RRP Plan are used (North West)." and what is wrong, in words. */
export function planSummaryText(summary: PlanCheckSummary): string {
  const used = summary.used === 0 ? 'No target from RRP Plan is used.' : `${countOf(summary.used, 'target')} from RRP Plan ${summary.used === 1 ? 'is' : 'are'} used (${listed(summary.regions.map(regionName))}).`;
  const problems = summary.errors === 0 ? '' : ` ${countOf(summary.errors, 'row')} ${summary.errors === 1 ? 'has a problem and is' : 'have problems and are'} not used: see the Check column.`;
  return used + problems;
}

export function WorkbookPlanCheck({ running, summary, error, onCheck }: WorkbookPlanCheckProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button disabledFocusable={running} onClick={onCheck}>
        {running ? 'Checking RRP Plan…' : 'Check RRP Plan'}
      </Button>
      <div aria-live="polite">
        <Notice message={running ? undefined : error} />
        {!running && error === undefined && summary !== undefined && (
          <>
            <Text size={200}>{planSummaryText(summary)}</Text>
            {summary.problems.length > 0 && (
              <ul className={styles.problems}>
                {summary.problems.slice(0, SHOWN_PROBLEMS).map((p) => (
                  <li key={p.row}>
                    <Text size={200}>
                      Row {p.row}: {p.message}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
