/**
 * A file chooser that looks like a Fluent secondary button. It is a real file input, focusable and
 * named by its visible label: the browser opens the file dialog itself, with no scripted click that
 * some hosts block.
 */
import { makeStyles, shorthands, tokens, typographyStyles, useId } from '@fluentui/react-components';
import type { ChangeEvent, Ref } from 'react';

const useStyles = makeStyles({
  root: { position: 'relative' },
  // Visually hidden but focusable, so Tab and Space/Enter reach the real input.
  input: {
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
  label: {
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
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      color: tokens.colorNeutralForeground1Hover,
    },
    ':active': {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
      color: tokens.colorNeutralForeground1Pressed,
    },
  },
});

export interface FileChooserProps {
  /** The button's text, which names the input. */
  label: string;
  /** The input's accept list (".csv,text/csv"). */
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** The id of text describing the input (what it takes, what went wrong). */
  describedBy?: string;
}

export function FileChooser({ label, accept, disabled, onFile, inputRef, describedBy }: FileChooserProps) {
  const styles = useStyles();
  const id = useId('file');

  const chosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is still a change.
    event.target.value = '';
    if (file !== undefined) onFile(file);
  };

  return (
    <span className={styles.root}>
      <input
        ref={inputRef}
        id={id}
        className={styles.input}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={chosen}
      />
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
    </span>
  );
}
