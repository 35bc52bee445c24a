/** Rows by check result (OK, warnings, errors, missing) as labelled badges: the words carry the meaning, the colours repeat it. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Pill } from './Pill';
import type { CheckCounts } from '../../domain/actuals';
import { countItems } from './actualsText';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, listStyleType: 'none', margin: 0, padding: 0 },
});

export interface ActualsCountsProps {
  counts: CheckCounts;
  /** Names the list for assistive technology ("RRP Actuals rows by check result"). */
  label: string;
}

export function ActualsCounts({ counts, label }: ActualsCountsProps) {
  const styles = useStyles();
  return (
    <ul className={styles.counts} aria-label={label}>
      {countItems(counts).map((item) => (
        <li key={item.key}>
          <Pill colour={item.color} quiet={item.count === 0}>{`${item.label}: ${item.count}`}</Pill>
        </li>
      ))}
    </ul>
  );
}
