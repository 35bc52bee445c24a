/** What an import would append, before anything is written: layout, rows found, their check counts and notes, then Append or Cancel. */
import { Button, makeStyles, Text, tokens, typographyStyles } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { PendingImport } from '../hooks/useActualsImport';
import { ActualsCounts } from './ActualsCounts';
import { encodingText, layoutText } from './actualsText';
import { countOf } from '../../domain/wording';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ImportPreviewProps {
  pending: PendingImport;
  appending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The heading takes focus when a preview appears, so keyboard and screen-reader users land on it. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function ImportPreview({ pending, appending, onConfirm, onCancel, headingRef }: ImportPreviewProps) {
  const styles = useStyles();
  const from = pending.source.kind === 'file' ? pending.source.name : 'the selection';
  const n = pending.rows.length;
  return (
    <section className={styles.root} aria-label={`Preview of ${from}`}>
      <h4 ref={headingRef} tabIndex={-1} className={styles.heading}>{`Preview of ${from}`}</h4>
      {pending.encoding !== undefined && <Text>{encodingText(pending.encoding)}</Text>}
      <Text>{layoutText(pending.layout)}</Text>
      <Text weight="semibold">{n === 0 ? 'No rows to append.' : `${countOf(n, 'row')} found.`}</Text>
      {n > 0 && <ActualsCounts counts={pending.counts} label="Rows found by check result" />}
      {pending.notes.length > 0 && (
        <ul className={styles.notes} aria-label="Notes on what was read">
          {pending.notes.map((note, i) => (
            <li key={i}>
              <Text size={200}>{note}</Text>
            </li>
          ))}
        </ul>
      )}
      <Text size={200} className={styles.muted}>
        {n === 0
          ? 'Nothing will be written.'
          : 'Nothing has been written yet. Appended rows go after the last row of RRP Actuals, and rows with errors or no value get a Check saying what to fix.'}
      </Text>
      <div className={styles.actions}>
        {n > 0 && (
          <Button appearance="primary" disabledFocusable={appending} onClick={() => onConfirm()}>
            {appending ? 'Appending…' : `Append ${countOf(n, 'row')}`}
          </Button>
        )}
        <Button disabledFocusable={appending} onClick={() => onCancel()}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
