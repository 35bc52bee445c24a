/**
 * What an action changed in the workbook, one line each, or the sentence saying it changed nothing:
 * shown after loading plan data and after adding targets to RRP Plan.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface ChangesMessageProps {
  title: string;
  changes: readonly string[];
  /** Shown instead of the list when nothing changed. */
  nothing: string;
}

export function ChangesMessage({ title, changes, nothing }: ChangesMessageProps) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {changes.length === 0 ? (
          nothing
        ) : (
          <ul className={styles.changes}>
            {changes.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
