/** Section 3: build an RRP formula from lists, see the value it will give, and insert it in the active cell. */
import { Button, Field, Input, Label, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, tokens, useId } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { editionLabel } from '../../domain/editions';
import { METRICS } from '../../domain/metrics';
import { editionsOf } from '../../domain/planData';
import { EDITIONS, METRIC_CODES, REGION_CODES, type Edition, type MetricCode, type RegionCode } from '../../domain/planSchema';
import { REGIONS } from '../../domain/regions';
import { messageOf } from '../services';
import { FUNCTION_NAMES, FUNCTION_SPECS, formulaText, previewOf, type FormulaChoice, type FunctionName } from './formulaText';

const oneOf =
  <T extends string | number>(values: readonly T[]) =>
  (value: string): T | undefined =>
    values.find((v) => String(v) === value);

const readFunction = oneOf<FunctionName>(FUNCTION_NAMES);
const readRegion = oneOf<RegionCode>(REGION_CODES);
const readMetric = oneOf<MetricCode>(METRIC_CODES);
const readEdition = (value: string): Edition | 'latest' => oneOf<Edition>(EDITIONS)(value) ?? 'latest';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // A native select is as wide as its longest option unless told otherwise; the pane can be 320 px.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: '100%' },
  output: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  preview: { overflowWrap: 'anywhere' },
  error: { overflowWrap: 'anywhere', color: tokens.colorPaletteRedForeground1 },
  help: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS },
});

export interface FunctionBuilderProps {
  /** Puts the formula in the active cell; rejects with a plain-words Error. */
  onInsert: (formula: string) => Promise<void>;
}

const INITIAL: FormulaChoice = { fn: 'TARGET', region: 'KSS', metric: 'EMP_6W', edition: 'latest', actual: '', month: '' };

export function FunctionBuilder({ onInsert }: FunctionBuilderProps) {
  const styles = useStyles();
  const [choice, setChoice] = useState<FormulaChoice>(INITIAL);
  const [inserting, setInserting] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const formulaId = useId('formula');
  const previewId = useId('preview');

  const spec = FUNCTION_SPECS[choice.fn];
  const formula = formulaText(choice);
  const preview = useMemo(() => previewOf(choice), [choice]);

  const update = (change: Partial<FormulaChoice>): void => {
    setChoice((c) => ({ ...c, ...change }));
    setOutcome(undefined);
  };

  const insert = async (): Promise<void> => {
    if (inserting) return;
    setInserting(true);
    setOutcome(undefined);
    try {
      await onInsert(formula);
      setOutcome({ ok: true, text: `Inserted ${formula} in the active cell.` });
    } catch (error) {
      setOutcome({ ok: false, text: messageOf(error) });
    } finally {
      setInserting(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field className={styles.field} label="Function" hint={spec.summary}>
        <Select className={styles.select} select={{ className: styles.select }} value={choice.fn} onChange={(_, data) => update({ fn: readFunction(data.value) ?? choice.fn })}>
          {FUNCTION_NAMES.map((name) => (
            <option key={name} value={name}>
              {`RRP.${name}`}
            </option>
          ))}
        </Select>
      </Field>

      <Field className={styles.field} label="Region">
        <Select className={styles.select} select={{ className: styles.select }} value={choice.region} onChange={(_, data) => update({ region: readRegion(data.value) ?? choice.region })}>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {editionsOf(r.code).length > 0 ? r.name : `${r.name} (no plan data)`}
            </option>
          ))}
        </Select>
      </Field>

      <Field className={styles.field} label="Metric">
        <Select className={styles.select} select={{ className: styles.select }} value={choice.metric} onChange={(_, data) => update({ metric: readMetric(data.value) ?? choice.metric })}>
          {METRICS.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>

      <Field className={styles.field} label="Plan edition">
        <Select className={styles.select} select={{ className: styles.select }} value={String(choice.edition)} onChange={(_, data) => update({ edition: readEdition(data.value) })}>
          <option value="latest">Latest</option>
          {EDITIONS.map((e) => (
            <option key={e} value={String(e)}>
              {editionLabel(e)}
            </option>
          ))}
        </Select>
      </Field>

      {spec.takesActual && (
        <Field className={styles.field} label="Actual" hint="A percentage such as 17.5% or 0.175, or a cell such as B2.">
          <Input value={choice.actual} placeholder="17.5%" onChange={(_, data) => update({ actual: data.value })} />
        </Field>
      )}

      {spec.takesMonth && (
        <Field className={styles.field} label="Month" hint='Such as "Oct 2023" or "2023-10", or a cell such as C2.'>
          <Input value={choice.month} placeholder="Oct 2023" onChange={(_, data) => update({ month: data.value })} />
        </Field>
      )}

      <div className={styles.result}>
        <Label id={`${formulaId}-label`} htmlFor={formulaId}>
          Formula
        </Label>
        <output id={formulaId} className={styles.output} aria-labelledby={`${formulaId}-label`} aria-live="off">
          {formula}
        </output>
      </div>

      <div className={styles.result}>
        <Label id={`${previewId}-label`} htmlFor={previewId}>
          Preview
        </Label>
        <output id={previewId} aria-labelledby={`${previewId}-label`} aria-live="polite" className={preview.kind === 'error' ? styles.error : styles.preview}>
          {preview.text}
        </output>
      </div>

      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={inserting} icon={inserting ? <Spinner size="tiny" aria-hidden /> : undefined} onClick={insert}>
          Insert in active cell
        </Button>
        <div aria-live="polite">
          {outcome && !outcome.ok && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{outcome.text}</MessageBarBody>
            </MessageBar>
          )}
          {outcome?.ok && (
            <Text size={200} className={styles.help}>
              {outcome.text}
            </Text>
          )}
        </div>
      </div>
    </div>
  );
}
