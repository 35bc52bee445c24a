/**
 * Import actuals into RRP Actuals: from the Excel selection or from a CSV file, each through a
 * preview (nothing written) and then Append.
 */
import { Button, makeStyles, Text, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ImportState, PendingImport } from '../hooks/useActualsImport';
import { FileChooser } from './FileChooser';
import { ImportPreview } from './ImportPreview';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ImportPanelProps extends ImportState {
  onImportSelection: () => void;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPanel({
  busy,
  pending,
  error,
  notice,
  onImportSelection,
  onFile,
  onConfirm,
  onCancel,
}: ImportPanelProps) {
  const styles = useStyles();
  const headingId = useId('import-heading');
  const selectionButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const shown = useRef<PendingImport | undefined>(undefined);

  // Focus follows the preview: onto its heading when one appears, and back to what started the
  // import when it goes (appended or cancelled), where the focused button has just disappeared.
  useEffect(() => {
    const before = shown.current;
    shown.current = pending;
    if (pending !== undefined && pending !== before) previewHeading.current?.focus();
    else if (
      pending === undefined &&
      before !== undefined &&
      (document.activeElement === null || document.activeElement === document.body)
    ) {
      (before.source.kind === 'file' ? fileInput.current : selectionButton.current)?.focus();
    }
  }, [pending]);

  const reading = busy === 'reading';
  const appending = busy === 'appending';

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Import actuals
      </h3>
      <Text size={200} className={styles.help}>
        Select a block in Excel with headers in its first row, either Region, Metric, Month, Value (and Numerator,
        Denominator, Note), or months across: Region, Metric, Apr-23, May-23, … Rows are appended to RRP Actuals, never
        replacing any.
      </Text>
      <div className={styles.actions}>
        {/* A second read while one is under way supersedes it, so only appending blocks these. */}
        <Button ref={selectionButton} disabledFocusable={appending} onClick={() => onImportSelection()}>
          Import selection
        </Button>
        <FileChooser
          label="Import CSV…"
          accept=".csv,text/csv"
          disabled={appending}
          onFile={onFile}
          inputRef={fileInput}
        />
      </div>

      {pending !== undefined && (
        <ImportPreview
          pending={pending}
          appending={appending}
          onConfirm={onConfirm}
          onCancel={onCancel}
          headingRef={previewHeading}
        />
      )}

      <div aria-live="polite">
        {reading && <Text className={styles.help}>Reading…</Text>}
        <Notice message={error} />
        {notice !== undefined && <Text>{notice}</Text>}
      </div>
    </section>
  );
}
