/**
 * Steps through the problem rows of RRP Actuals one at a time; each step selects the row in Excel.
 * Previous and Next stop at the ends (they stay focusable but say they are unavailable), so
 * "Problem 7 of 7" is plainly the last one rather than wrapping back to the first without notice.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { Pill } from './Pill';
import { useState } from 'react';
import type { ActualsProblem } from '../services';
import { Notice } from './Notice';
import { PROBLEM_KIND, problemIndex, problemLine } from './actualsText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  line: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ActualsProblemsProps {
  problems: readonly ActualsProblem[];
  /** Asks Excel to select a data row (1-based). */
  onSelect: (row: number) => void;
  /** Why the last selection failed, in plain words. */
  selectError?: string;
}

export function ActualsProblems({ problems, onSelect, selectError }: ActualsProblemsProps) {
  const styles = useStyles();
  // The row the analyst last stepped to; the position follows it when a new check changes the list.
  const [row, setRow] = useState<number | undefined>(undefined);

  if (problems.length === 0) {
    return <Text className={styles.muted}>No problems: every row is OK.</Text>;
  }

  const index = problemIndex(problems, row);
  const problem = problems[index];
  const kind = PROBLEM_KIND[problem.status];
  const last = problems.length - 1;

  const goTo = (i: number): void => {
    if (i < 0 || i > last) return;
    setRow(problems[i].row);
    onSelect(problems[i].row);
  };

  return (
    <div className={styles.root}>
      <div className={styles.line} aria-live="polite" aria-atomic="true">
        <Pill colour={kind.color}>{kind.label}</Pill>
        <Text>{problemLine(problem, index, problems.length)}</Text>
      </div>
      <div className={styles.actions} role="group" aria-label="Step through problems">
        <Button size="small" disabledFocusable={index === 0} onClick={() => goTo(index - 1)}>
          Previous
        </Button>
        <Button size="small" onClick={() => goTo(index)}>{`Go to row ${problem.row}`}</Button>
        <Button size="small" disabledFocusable={index === last} onClick={() => goTo(index + 1)}>
          Next
        </Button>
      </div>
      <div aria-live="polite">
        <Notice message={selectError} />
      </div>
    </div>
  );
}
