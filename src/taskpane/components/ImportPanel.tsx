/**
 * Import actuals into RRP Actuals: from the Excel selection or from a CSV file, each through a
 * preview (nothing written) and then Append. The CSV picker is a real file input, focusable and named
 * by its visible label, which is styled as a button: the browser opens the file dialog itself, with
 * no scripted click that some hosts block.
 */
import { Button, makeStyles, shorthands, Text, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { useEffect, useRef, type ChangeEvent } from 'react';
import type { ImportState, PendingImport } from '../hooks/useActualsImport';
import { ImportPreview } from './ImportPreview';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  file: { position: 'relative' },
  // Visually hidden but focusable, so Tab and Space/Enter reach the real input.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    border: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    '&:focus-visible + label': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
    '&:disabled + label': {
      cursor: 'not-allowed',
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    },
  },
  // The look of a Fluent secondary button, from theme tokens.
  fileLabel: {
    ...typographyStyles.body1Strong,
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalSNudge,
    minHeight: '32px', // Fluent's medium button height; there is no token for it
    padding: `0 ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), color: tokens.colorNeutralForeground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed, ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed), color: tokens.colorNeutralForeground1Pressed },
  },
});

export interface ImportPanelProps extends ImportState {
  onImportSelection: () => void;
  onFile: (file: File) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ImportPanel({ busy, pending, error, notice, onImportSelection, onFile, onConfirm, onCancel }: ImportPanelProps) {
  const styles = useStyles();
  const fileId = useId('csv-file');
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
    else if (pending === undefined && before !== undefined && (document.activeElement === null || document.activeElement === document.body)) {
      (before.source.kind === 'file' ? fileInput.current : selectionButton.current)?.focus();
    }
  }, [pending]);

  const reading = busy === 'reading';
  const appending = busy === 'appending';

  const chosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is still a change.
    event.target.value = '';
    if (file !== undefined) onFile(file);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Import actuals
      </h3>
      <Text size={200} className={styles.help}>
        Select a block in Excel with headers in its first row, either Region, Metric, Month, Value (and Numerator, Denominator, Note), or months across: Region, Metric,
        Apr-23, May-23, … Rows are appended to RRP Actuals, never replacing any.
      </Text>
      <div className={styles.actions}>
        {/* A second read while one is under way supersedes it, so only appending blocks these. */}
        <Button ref={selectionButton} disabledFocusable={appending} onClick={() => onImportSelection()}>
          Import selection
        </Button>
        <span className={styles.file}>
          <input ref={fileInput} id={fileId} className={styles.fileInput} type="file" accept=".csv,text/csv" disabled={appending} onChange={chosen} />
          <label htmlFor={fileId} className={styles.fileLabel}>
            Import CSV…
          </label>
        </span>
      </div>

      {pending !== undefined && <ImportPreview pending={pending} appending={appending} onConfirm={onConfirm} onCancel={onCancel} headingRef={previewHeading} />}

      <div aria-live="polite">
        {reading && <Text className={styles.help}>Reading…</Text>}
        <Notice message={error} />
        {notice !== undefined && <Text>{notice}</Text>}
      </div>
    </section>
  );
}
