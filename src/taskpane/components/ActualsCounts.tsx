/** Rows by check result (OK, warnings, errors, missing) as labelled badges: the words carry the meaning, the colours repeat it. */
import type { CheckCounts } from '../../domain/actuals';
import { countItems } from './actualsText';
import { PillList } from './Pill';

export interface ActualsCountsProps {
  counts: CheckCounts;
  /** Names the list for assistive technology ("RRP Actuals rows by check result"). */
  label: string;
}

export function ActualsCounts({ counts, label }: ActualsCountsProps) {
  const items = countItems(counts).map((item) => ({
    key: item.key,
    colour: item.color,
    quiet: item.count === 0,
    text: `${item.label}: ${item.count}`,
  }));
  return <PillList label={label} items={items} />;
}
