/**
 * Per region, how many targets are in each status, the ones that need attention, and the
 * performance-year-to-date figure of those whose actuals give counts.
 */
import { Button, Link, makeStyles, Text, tokens, typographyStyles, useId } from '@fluentui/react-components';
import { PillList, type PillColour } from './Pill';
import { editionLabel } from '../../domain/editions';
import { metricName } from '../../domain/metrics';
import { monthFromIso, monthLabel } from '../../domain/months';
import { isEdition, REGION_CODES, type MetricCode, type RegionCode } from '../../domain/planSchema';
import { regionName } from '../../domain/regions';
import { STATUSES } from '../../domain/status';
import { percent } from '../../domain/trajectory';
import { NO_ACTUAL_YET, type ProgressItem } from '../services';
import { Notice } from './Notice';
import { yearToDateText } from './actualsText';
import { countOf } from '../../domain/wording';

/** Statuses in the order the summary lists them. */
export const SUMMARY_STATUSES: readonly string[] = [...STATUSES, NO_ACTUAL_YET];
const NEEDS_ATTENTION = new Set(['Off track', 'Missed']);

// A Map, since a status can be text read from the sheet: an object would answer to "constructor".
const STATUS_COLOURS: ReadonlyMap<string, PillColour> = new Map([
  ['Met', 'success'],
  ['On track', 'success'],
  ['Improving', 'success'],
  ['At risk', 'warning'],
  ['Off track', 'danger'],
  ['Missed', 'danger'],
  ['Not improving', 'danger'],
]);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  toolbar: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  region: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  regionHeading: { ...typographyStyles.subtitle2, margin: 0 },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  items: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  item: { textAlign: 'start' },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  block: { display: 'block' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ProgressSummaryProps {
  /** The progress rows last read; undefined before anything has been read. */
  items?: ProgressItem[];
  running: boolean;
  /** Why the last read failed. */
  error?: string;
  /** Why selecting a row failed. */
  selectError?: string;
  onRefresh: () => void;
  onSelect: (region: RegionCode, metric: MetricCode) => void;
}

/** "October 2023" for "2023-10"; other month text as the sheet gives it. */
const monthText = (month: string): string =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? monthLabel(monthFromIso(month)) : month;

/** "16.5% in October 2023, 2.5 percentage points short of target" from what the row has. */
function itemDetail(item: ProgressItem): string {
  const parts: string[] = [];
  if (item.latestActual !== undefined)
    parts.push(
      item.latestMonth ? `${percent(item.latestActual)} in ${monthText(item.latestMonth)}` : percent(item.latestActual),
    );
  else if (item.latestMonth) parts.push(monthText(item.latestMonth));
  if (item.gapToTarget !== undefined) {
    const points = Number((Math.abs(item.gapToTarget) * 100).toFixed(2));
    parts.push(
      item.gapToTarget > 0
        ? `${points} percentage points short of target`
        : item.gapToTarget < 0
          ? `${points} percentage points above target`
          : 'at target',
    );
  }
  return parts.join(', ');
}

function countsByStatus(items: readonly ProgressItem[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  const known = SUMMARY_STATUSES.filter((s) => counts.has(s));
  const others = [...counts.keys()].filter((s) => !SUMMARY_STATUSES.includes(s)).sort();
  return [...known, ...others].map((s) => [s, counts.get(s) ?? 0]);
}

/** The metric's name, with its plan edition where the region has the metric in more than one. */
function itemName(item: ProgressItem, regionItems: readonly ProgressItem[]): string {
  const severalEditions =
    item.edition !== undefined &&
    regionItems.some((other) => other.metric === item.metric && other.edition !== item.edition);
  return severalEditions && isEdition(item.edition)
    ? `${metricName(item.metric)} (${editionLabel(item.edition)})`
    : metricName(item.metric);
}

function RegionProgress({
  region,
  items,
  onSelect,
}: {
  region: RegionCode;
  items: readonly ProgressItem[];
  onSelect: ProgressSummaryProps['onSelect'];
}) {
  const styles = useStyles();
  const name = regionName(region);
  const attention = items.filter((i) => NEEDS_ATTENTION.has(i.status));
  const withYearToDate = items.filter((i) => i.yearToDate !== undefined);
  const headingId = useId('region');
  return (
    <section className={styles.region} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.regionHeading}>
        {name}
      </h3>
      <PillList
        label={`${name}: targets by status`}
        items={countsByStatus(items).map(([status, count]) => ({
          key: status,
          colour: STATUS_COLOURS.get(status) ?? 'informative',
          text: `${status}: ${count}`,
        }))}
      />
      {attention.length > 0 && (
        <>
          <h4 className={styles.subheading}>Needs attention</h4>
          <ul className={styles.items}>
            {attention.map((item, i) => {
              const detail = itemDetail(item);
              return (
                <li key={`${item.metric}-${item.edition ?? ''}-${i}`}>
                  <Link as="button" className={styles.item} onClick={() => onSelect(item.region, item.metric)}>
                    {`${itemName(item, items)}: ${item.status}`}
                  </Link>
                  {detail && (
                    <Text size={200} className={styles.detail}>
                      {detail}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {withYearToDate.length > 0 && (
        <>
          <h4 className={styles.subheading}>Year to date</h4>
          <ul className={styles.items}>
            {withYearToDate.map((item, i) => (
              <li key={`${item.metric}-${item.edition ?? ''}-${i}`}>
                <Text size={200} weight="semibold" className={styles.block}>
                  {itemName(item, items)}
                </Text>
                <Text size={200} className={styles.detail}>
                  {item.yearToDate && yearToDateText(item.yearToDate)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ProgressSummary({ items, running, error, selectError, onRefresh, onSelect }: ProgressSummaryProps) {
  const styles = useStyles();
  const regions = items === undefined ? [] : REGION_CODES.filter((r) => items.some((i) => i.region === r));

  let summary: string | undefined;
  if (items === undefined)
    summary = running
      ? undefined
      : 'Nothing loaded yet. Load plan data above, or choose Refresh if this workbook already has it.';
  else if (items.length === 0) summary = 'The workbook has no progress rows yet. Load plan data above first.';
  else summary = `${countOf(items.length, 'target')} in ${countOf(regions.length, 'region')}.`;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button disabledFocusable={running} onClick={() => onRefresh()}>
          {running ? 'Refreshing…' : 'Refresh'}
        </Button>
      </div>

      <div aria-live="polite" className={styles.root}>
        <Notice message={error} />
        <Notice message={selectError} />
        {summary !== undefined && <Text className={styles.muted}>{summary}</Text>}
      </div>

      {regions.map((region) => (
        <RegionProgress
          key={region}
          region={region}
          items={items?.filter((i) => i.region === region) ?? []}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}
