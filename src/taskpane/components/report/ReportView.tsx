/**
 * The board report view: choose the month (default: the latest with a used actual) and each
 * region's plan edition, build the report, close a region's month, export the board pack, and
 * append the plans' own figures. Reaches the workbook only through the services it is given (which
 * load the report's Excel layer and the file writer on demand).
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { tooLongForCell } from '../../../domain/cellText';
import { monthOutsidePlans } from '../../../domain/planMonths';
import { editionLabel } from '../../../domain/editions';
import { monthLabel } from '../../../domain/months';
import type { Edition, RegionCode } from '../../../domain/planSchema';
import { regionName } from '../../../domain/regions';
import { countOf } from '../../../domain/wording';
import { useAsyncTask } from '../../hooks/useAsyncTask';
import { momentText } from '../../../domain/report/dates';
import type { ActualsCheckSummary, BoardPackExported, MonthClosed, PaneServices } from '../../services';
import { Notice } from '../Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'stretch' },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  button: { alignSelf: 'flex-start' },
  // A drop-down is as wide as its longest choice unless told otherwise: here, never wider than the pane.
  select: { minWidth: 0, maxWidth: '100%' },
});

const IN_FORCE = 'in-force';

/** Where the board pack went, truthfully: Excel opened it unsaved, or the browser downloaded it. */
const packWhere = ({ fileName, delivery }: BoardPackExported): string =>
  delivery === 'new workbook'
    ? `Excel opened the board pack as a new workbook. It is not saved yet: save it there (File › Save As), for example as ${fileName}.`
    : `Your browser downloaded ${fileName} to where it keeps downloads (usually the Downloads folder).`;

/** "… closed with 4 rows used.", and for a month closed before: when, by whom, and what changed since. */
function closedText(closed: MonthClosed): string {
  const done = `${regionName(closed.region)}, ${monthLabel(closed.month)}: closed with ${countOf(closed.rowsUsed, 'row')} used.`;
  const before = closed.closedBefore;
  if (before === undefined) return done;
  const since =
    before.changes.length === 0 ? 'Nothing has changed since.' : `Changed since: ${before.changes.join('; ')}.`;
  return `${done} It was closed before, on ${momentText(before.closedAt)}${before.analyst ? ` by ${before.analyst}` : ''}. ${since}`;
}

function Outcome({ title, error, children }: { title: string; error?: string; children?: React.ReactNode }) {
  if (error === undefined && children === undefined) return null;
  return (
    <MessageBar intent={error === undefined ? 'success' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{error === undefined ? title : `${title}: not done`}</MessageBarTitle>
        {error ?? children}
      </MessageBarBody>
    </MessageBar>
  );
}

interface ActionProps<A extends unknown[]> {
  heading: string;
  hint: string;
  task: { running: boolean; error?: string; run: (...args: A) => Promise<unknown> };
  label: string;
  disabled: boolean;
  args?: A;
  done: string;
  fields?: React.ReactNode;
  children?: React.ReactNode;
}

/** One task of the view: heading, hint, its fields, the button, and what happened. */
function Action<A extends unknown[]>({
  heading,
  hint,
  task,
  label,
  disabled,
  args,
  done,
  fields,
  children,
}: ActionProps<A>) {
  const styles = useStyles();
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>{heading}</h3>
      <Text size={200} className={styles.hint}>
        {hint}
      </Text>
      {fields}
      <Button
        className={styles.button}
        disabledFocusable={disabled}
        // eslint-disable-next-line no-restricted-syntax -- bounded: the task's own parameters
        onClick={() => void task.run(...((args ?? []) as A))}
      >
        {task.running ? 'Working…' : label}
      </Button>
      <div aria-live="polite">
        {!task.running && (
          <Outcome title={done} error={task.error}>
            {children}
          </Outcome>
        )}
      </div>
    </section>
  );
}

export interface ReportViewProps {
  services: PaneServices;
  /** Told the check of RRP Actuals after the plans' own figures are added (the pane's progress follows it). */
  onActualsChecked?: (summary: ActualsCheckSummary) => void;
}

export function ReportView({ services, onActualsChecked }: ReportViewProps) {
  const styles = useStyles();
  const options = useAsyncTask(() => services.reportOptions());
  const { run: readOptions } = options;
  const figures = useAsyncTask(async () => {
    const added = await services.appendPlanFigures();
    if (added.summary) onActualsChecked?.(added.summary);
    await readOptions(); // the figures' month can now be reported
    return added;
  });
  const build = useAsyncTask((month: number, editions: Partial<Record<RegionCode, Edition>>) =>
    services.buildReport({ month, editions }),
  );
  const close = useAsyncTask((region: RegionCode, month: number, analyst: string, note: string) =>
    services.closeMonth({ region, month, analyst, note }),
  );
  const exporting = useAsyncTask(() => services.exportBoardPack());

  const [month, setMonth] = useState<number | undefined>();
  const [picked, setPicked] = useState<Partial<Record<RegionCode, Edition>>>({});
  const [closeRegion, setCloseRegion] = useState<RegionCode | undefined>();
  const [analyst, setAnalyst] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => void readOptions(), [readOptions]);
  const months = options.result?.months ?? [];
  const regions = options.result?.regions ?? [];
  const chosenMonth = month !== undefined && months.includes(month) ? month : months[0];
  const chosenRegion = closeRegion ?? regions[0]?.region;

  const busy = build.running || close.running || exporting.running || figures.running;
  // Refused here, before anything is written: the log's cells hold at most 32,767 characters.
  const analystTooLong = tooLongForCell('Your name', analyst);
  const noteTooLong = tooLongForCell('The note', note);
  const noMonth = chosenMonth === undefined;
  const monthRefused = noMonth ? undefined : monthOutsidePlans('The report month', chosenMonth);

  return (
    <div className={styles.root}>
      <section className={styles.section}>
        <h3 className={styles.heading}>Build the report</h3>
        <Notice message={options.error} />
        {!options.running && noMonth && options.result !== undefined && (
          <Text size={200} className={styles.hint}>
            No month has a used actual yet.
          </Text>
        )}
        <Field label="Report month" validationMessage={monthRefused}>
          <Select
            className={styles.select}
            value={chosenMonth === undefined ? '' : String(chosenMonth)}
            disabled={noMonth}
            onChange={(_, data) => setMonth(Number(data.value))}
          >
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </Select>
        </Field>
        {regions.map(({ region, editions, inForce: inForceByMonth }) => {
          const inForce = chosenMonth === undefined ? undefined : inForceByMonth[months.indexOf(chosenMonth)];
          return (
            <Field key={region} label={`Plan edition for ${regionName(region)}`}>
              <Select
                className={styles.select}
                value={picked[region] === undefined ? IN_FORCE : String(picked[region])}
                onChange={(_, data) =>
                  setPicked((p) => ({
                    ...p,
                    [region]: data.value === IN_FORCE ? undefined : (Number(data.value) as Edition),
                  }))
                }
              >
                <option value={IN_FORCE}>
                  {inForce === undefined ? 'In force that month' : `In force: ${editionLabel(inForce)}`}
                </option>
                {editions.map((e) => (
                  <option key={e} value={e}>
                    {editionLabel(e)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
        <Button
          className={styles.button}
          appearance="primary"
          disabledFocusable={busy || noMonth || monthRefused !== undefined}
          onClick={() => chosenMonth !== undefined && void build.run(chosenMonth, picked)}
        >
          {build.running ? 'Building report…' : 'Build report'}
        </Button>
        <div aria-live="polite">
          {!build.running && (
            <Outcome title="Report built" error={build.error}>
              {build.result && (
                <>
                  {`${monthLabel(build.result.month)}: ${countOf(build.result.lines, 'line')}, ${countOf(build.result.historyRows, 'history row')}, ${countOf(build.result.charts, 'chart')}`}
                  {build.result.restated > 0 ? `, ${build.result.restated} restated after closing` : ''}.{' '}
                  {build.result.changes === undefined
                    ? 'First build of this month.'
                    : build.result.changes.length === 0
                      ? 'Nothing changed since the last build.'
                      : 'Changed since the last build:'}
                  {build.result.changes !== undefined && build.result.changes.length > 0 && (
                    <ul className={styles.list}>
                      {build.result.changes.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  )}
                </>
              )}
            </Outcome>
          )}
        </div>
      </section>

      <Action
        heading="Board pack"
        hint="An .xlsx that opens without the add-in: a page per region for the board, then the report, history and charts."
        task={exporting}
        label="Export board pack"
        disabled={busy}
        done={exporting.result?.delivery === 'new workbook' ? 'Board pack opened' : 'Board pack downloaded'}
      >
        {exporting.result && packWhere(exporting.result)}
      </Action>

      <Action
        heading="Close a month"
        hint="Logs the month as submitted (RRP Log). Later changes are flagged, not blocked."
        task={close}
        label={`Close ${chosenMonth === undefined ? 'month' : monthLabel(chosenMonth)}`}
        disabled={
          busy ||
          noMonth ||
          monthRefused !== undefined ||
          chosenRegion === undefined ||
          analystTooLong !== undefined ||
          noteTooLong !== undefined
        }
        args={[chosenRegion as RegionCode, chosenMonth as number, analyst, note]}
        done="Month closed"
        fields={
          <>
            <Field label="Region to close">
              <Select
                className={styles.select}
                value={chosenRegion ?? ''}
                disabled={regions.length === 0}
                onChange={(_, data) => setCloseRegion(data.value as RegionCode)}
              >
                {regions.map(({ region }) => (
                  <option key={region} value={region}>
                    {regionName(region)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label="Your name"
              hint="Excel does not tell the add-in who you are."
              validationMessage={analystTooLong}
            >
              <Input value={analyst} onChange={(_, data) => setAnalyst(data.value)} />
            </Field>
            <Field label="Note" validationMessage={noteTooLong}>
              <Input value={note} onChange={(_, data) => setNote(data.value)} />
            </Field>
          </>
        }
      >
        {close.result && closedText(close.result)}
      </Action>

      <Action
        heading="The plans' own figures"
        hint="Each 2023 annual update's March 2023 levels, added to RRP Actuals with their sentences."
        task={figures}
        label="Append the plans' own figures"
        disabled={busy}
        done="Plans' own figures"
      >
        {figures.result &&
          `${countOf(figures.result.added, 'figure')} added${figures.result.alreadyThere > 0 ? `, ${figures.result.alreadyThere} already there` : ''}.`}
      </Action>
    </div>
  );
}
