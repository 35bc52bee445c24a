/**
 * The Actuals section: check RRP Actuals on demand or automatically as the table changes, see the
 * counts, step through the problem rows, and import rows from the selection or a CSV file. Every
 * summary (checked, automatic or after an import) updates the same display.
 */
import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useActualsWatch, type WatchStatus } from '../hooks/useActualsWatch';
import { useAsyncTask } from '../hooks/useAsyncTask';
import type { ActualsCheckSummary, PaneServices } from '../services';
import { ActualsCounts } from './ActualsCounts';
import { ActualsProblems } from './ActualsProblems';
import { Notice } from './Notice';
import { onDemandView } from './OnDemandView';
import { countOf } from '../../domain/wording';

// Importing is an occasional task: its code (with the preview and the file reading) loads with the view.
const ActualsImport = onDemandView('import', () =>
  import(/* webpackChunkName: "actualsimport" */ './ActualsImport').then((m) => m.ActualsImport),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  separator: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

type Source = { kind: 'checked' } | { kind: 'automatic' } | { kind: 'appended'; rows: number };

interface Shown {
  summary: ActualsCheckSummary;
  source: Source;
}

/** The sentence that goes with the counts, saying which check they come from. */
function resultSentence({ summary, source }: Shown): string {
  if (summary.rowCount === 0) return 'RRP Actuals has no rows yet. Paste actuals into it, or import them below.';
  const rows = countOf(summary.rowCount, 'row');
  switch (source.kind) {
    case 'checked':
      return `Checked ${rows}.`;
    case 'automatic':
      return `Checked ${rows} automatically after the table changed.`;
    case 'appended':
      return `Checked ${rows} after appending ${countOf(source.rows, 'row')}.`;
  }
}

function watchHint(status: WatchStatus): string | undefined {
  switch (status.kind) {
    case 'starting':
      return undefined;
    case 'on':
      return 'Rows are checked whenever the table changes.';
    case 'off':
      return 'Choose Check actuals after pasting rows.';
    case 'unavailable':
      return `Not checking automatically yet. ${status.reason}`;
    case 'stopped':
      return status.reason;
  }
}

export interface ActualsPanelProps {
  services: PaneServices;
  /**
   * Counts successful plan loads. Loading plan data can create the RRP Actuals table (afresh, when the
   * analyst deleted it: Excel no longer calls a handler on the old one), so automatic checking is
   * started again, on the table as it is now, when this changes.
   */
  planLoads: number;
  /** Told of every new summary, so the pane can refresh what depends on the actuals. */
  onChecked?: (summary: ActualsCheckSummary) => void;
}

export function ActualsPanel({ services, planLoads, onChecked }: ActualsPanelProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [watchError, setWatchError] = useState<string | undefined>(undefined);
  const check = useAsyncTask(() => services.checkActuals());
  const { clearError: clearCheckError } = check;
  const select = useAsyncTask((row: number) => services.selectActualsRow(row));
  const { reset: resetSelect } = select;

  // Any new summary, from whichever check, makes earlier failures out of date.
  const show = useCallback(
    (summary: ActualsCheckSummary, source: Source) => {
      setShown({ summary, source });
      setWatchError(undefined);
      clearCheckError();
      resetSelect();
      onChecked?.(summary);
    },
    [onChecked, clearCheckError, resetSelect],
  );

  const watch = useActualsWatch(services, (summary) => show(summary, { kind: 'automatic' }), setWatchError);
  const { retry, restart } = watch;
  const onAppended = useCallback(
    (summary: ActualsCheckSummary, rows: number) => {
      show(summary, { kind: 'appended', rows });
      retry();
    },
    [show, retry],
  );

  useEffect(() => {
    if (planLoads > 0) restart();
  }, [planLoads, restart]);

  // The button is disabledFocusable while a check runs, so a check never starts over another.
  const runCheck = async (): Promise<void> => {
    const summary = await check.run();
    if (summary === undefined) return; // failed: check.error says why
    show(summary, { kind: 'checked' });
    // The table is there after all: start the automatic checking that could not start before.
    retry();
  };

  const hint = watchHint(watch.status);
  const watching = watch.status.kind === 'on' || watch.status.kind === 'starting';

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabledFocusable={check.running} onClick={() => void runCheck()}>
          {check.running ? 'Checking…' : 'Check actuals'}
        </Button>
        <Checkbox
          label="Automatic checking"
          checked={watching}
          onChange={(_, data) => watch.setOn(data.checked === true)}
        />
      </div>
      {/* Always there, so screen readers announce a new hint (such as the table having been deleted). */}
      <div role="status" aria-label="Automatic checking">
        {hint !== undefined && (
          <Text size={200} className={styles.muted}>
            {hint}
          </Text>
        )}
      </div>

      <div className={styles.results}>
        <div role="status" className={styles.results}>
          <Notice message={check.error} />
          <Notice message={watchError} intent="warning" />
          {shown === undefined ? (
            <Text className={styles.muted}>Not checked yet.</Text>
          ) : (
            <>
              <Text>{resultSentence(shown)}</Text>
              {shown.summary.rowCount > 0 && (
                <ActualsCounts counts={shown.summary.counts} label="RRP Actuals rows by check result" />
              )}
            </>
          )}
        </div>
        {shown !== undefined && shown.summary.rowCount > 0 && (
          <ActualsProblems
            problems={shown.summary.problems}
            selectError={select.error}
            onSelect={(row) => void select.run(row)}
          />
        )}
      </div>

      <div className={styles.separator} role="separator" />

      <ActualsImport services={services} onAppended={onAppended} />
    </div>
  );
}
