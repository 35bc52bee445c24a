/**
 * The board report view: choose the month (default: the latest with a used actual) and each
 * region's plan edition, build the report, close a region's month, export the board pack, and
 * append the plans' own figures. Reaches the workbook only through the services it is given; loaded
 * on demand (App lazy-loads it), so its code is not in the page's first script.
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, tokens, typographyStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { editionLabel } from '../../../domain/editions';
import { monthLabel } from '../../../domain/months';
import type { Edition, RegionCode } from '../../../domain/planSchema';
import { regionName } from '../../../domain/regions';
import { editionInForce } from '../../../domain/report/editionInForce';
import { countOf } from '../../../domain/wording';
import { useAsyncTask } from '../../hooks/useAsyncTask';
import type { BoardPackFile, PaneServices } from '../../services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'stretch' },
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  button: { alignSelf: 'flex-start' },
});

const IN_FORCE = 'in-force';

/** Saves the file through the browser's download, as Excel on the web allows from a task pane. */
function download(file: BoardPackFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
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

export interface ReportViewProps {
  services: PaneServices;
}

export function ReportView({ services }: ReportViewProps) {
  const styles = useStyles();
  const options = useAsyncTask(() => services.reportOptions());
  const figures = useAsyncTask(() => services.appendPlanFigures());
  const build = useAsyncTask((month: number, editions: Partial<Record<RegionCode, Edition>>) => services.buildReport({ month, editions }));
  const close = useAsyncTask((region: RegionCode, month: number, analyst: string, note: string) => services.closeMonth({ region, month, analyst, note }));
  const exporting = useAsyncTask(async () => {
    const file = await services.exportBoardPack();
    download(file);
    return file.fileName;
  });

  const [month, setMonth] = useState<number | undefined>();
  const [picked, setPicked] = useState<Partial<Record<RegionCode, Edition>>>({});
  const [closeRegion, setCloseRegion] = useState<RegionCode | undefined>();
  const [analyst, setAnalyst] = useState('');
  const [note, setNote] = useState('');

  const { run: readOptions } = options;
  useEffect(() => void readOptions(), [readOptions]);
  const months = options.result?.months ?? [];
  const regions = options.result?.regions ?? [];
  const chosenMonth = month !== undefined && months.includes(month) ? month : months[0];
  const chosenRegion = closeRegion ?? regions[0]?.region;

  const onAppendFigures = useCallback(async () => {
    if ((await figures.run()) !== undefined) await readOptions();
  }, [figures, readOptions]);

  const busy = build.running || close.running || exporting.running || figures.running;
  const noMonth = chosenMonth === undefined;

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="report-build">
        <h3 id="report-build" className={styles.heading}>Build the report</h3>
        {options.error !== undefined && <Outcome title="Months not read" error={options.error} />}
        {!options.running && noMonth && options.result !== undefined && (
          <Text size={200} className={styles.hint}>
            No month has a used actual yet: check the actuals, or append the plans&apos; own figures.
          </Text>
        )}
        <Field label="Report month">
          <Select value={chosenMonth === undefined ? '' : String(chosenMonth)} disabled={noMonth} onChange={(_, data) => setMonth(Number(data.value))}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </Select>
        </Field>
        {regions.map(({ region, editions }) => {
          const inForce = chosenMonth === undefined ? undefined : editionInForce(region, chosenMonth);
          return (
            <Field key={region} label={`Plan edition for ${regionName(region)}`}>
              <Select
                value={picked[region] === undefined ? IN_FORCE : String(picked[region])}
                onChange={(_, data) => setPicked((p) => ({ ...p, [region]: data.value === IN_FORCE ? undefined : (Number(data.value) as Edition) }))}
              >
                <option value={IN_FORCE}>In force that month{inForce === undefined ? '' : ` (${editionLabel(inForce)})`}</option>
                {editions.map((e) => (
                  <option key={e} value={e}>
                    {editionLabel(e)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
        <Button className={styles.button} appearance="primary" disabledFocusable={busy || noMonth} onClick={() => chosenMonth !== undefined && void build.run(chosenMonth, picked)}>
          {build.running ? 'Building report…' : 'Build report'}
        </Button>
        <div aria-live="polite">
          {!build.running && (
            <Outcome title="Report built" error={build.error}>
              {build.result && (
                <>
                  {`${monthLabel(build.result.month)}: ${countOf(build.result.lines, 'line')}, ${countOf(build.result.historyRows, 'history row')}, ${countOf(build.result.charts, 'chart')}`}
                  {build.result.restated > 0 ? `, ${build.result.restated} restated after closing` : ''}.{' '}
                  {build.result.changes === undefined ? 'First build of this month.' : build.result.changes.length === 0 ? 'Nothing changed since the last build.' : 'Changed since the last build:'}
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

      <section className={styles.section} aria-labelledby="report-export">
        <h3 id="report-export" className={styles.heading}>Board pack</h3>
        <Text size={200} className={styles.hint}>
          An .xlsx the board can open without the add-in: the report and history as values, each chart as a picture.
        </Text>
        <Button className={styles.button} disabledFocusable={busy} onClick={() => void exporting.run()}>
          {exporting.running ? 'Exporting…' : 'Export board pack'}
        </Button>
        <div aria-live="polite">{!exporting.running && <Outcome title="Board pack saved" error={exporting.error}>{exporting.result}</Outcome>}</div>
      </section>

      <section className={styles.section} aria-labelledby="report-close">
        <h3 id="report-close" className={styles.heading}>Close a month</h3>
        <Text size={200} className={styles.hint}>
          Records in RRP Log that the month&apos;s figures were submitted. Later changes are still allowed, and flagged.
        </Text>
        <Field label="Region">
          <Select value={chosenRegion ?? ''} disabled={regions.length === 0} onChange={(_, data) => setCloseRegion(data.value as RegionCode)}>
            {regions.map(({ region }) => (
              <option key={region} value={region}>
                {regionName(region)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Your name" hint="Excel does not tell the add-in who you are.">
          <Input value={analyst} onChange={(_, data) => setAnalyst(data.value)} />
        </Field>
        <Field label="Note">
          <Input value={note} onChange={(_, data) => setNote(data.value)} />
        </Field>
        <Button
          className={styles.button}
          disabledFocusable={busy || noMonth || chosenRegion === undefined}
          onClick={() => chosenRegion !== undefined && chosenMonth !== undefined && void close.run(chosenRegion, chosenMonth, analyst, note)}
        >
          {close.running ? 'Closing…' : `Close ${chosenMonth === undefined ? 'month' : monthLabel(chosenMonth)}`}
        </Button>
        <div aria-live="polite">
          {!close.running && (
            <Outcome title="Month closed" error={close.error}>
              {close.result && `${regionName(close.result.region)}, ${monthLabel(close.result.month)}: closed with ${countOf(close.result.rowsUsed, 'row')} used.`}
            </Outcome>
          )}
        </div>
      </section>

      <section className={styles.section} aria-labelledby="report-figures">
        <h3 id="report-figures" className={styles.heading}>The plans&apos; own figures</h3>
        <Text size={200} className={styles.hint}>
          The 2023 annual updates state each region&apos;s March 2023 level. Add them to RRP Actuals, each row quoting its sentence.
        </Text>
        <Button className={styles.button} disabledFocusable={busy} onClick={() => void onAppendFigures()}>
          {figures.running ? 'Adding…' : "Append the plans' own figures"}
        </Button>
        <div aria-live="polite">
          {!figures.running && (
            <Outcome title="Plans' own figures" error={figures.error}>
              {figures.result && `${countOf(figures.result.added, 'figure')} added${figures.result.alreadyThere > 0 ? `, ${figures.result.alreadyThere} already there` : ''}.`}
            </Outcome>
          )}
        </div>
      </section>
    </div>
  );
}

export default ReportView;
