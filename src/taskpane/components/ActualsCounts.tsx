/** Rows by check result (OK, warnings, errors, missing) as labelled badges: the words carry the meaning, the colours repeat it. */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
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
          <Badge appearance={item.count === 0 ? 'outline' : 'tint'} color={item.count === 0 ? 'informative' : item.color} shape="rounded">
            {`${item.label}: ${item.count}`}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
