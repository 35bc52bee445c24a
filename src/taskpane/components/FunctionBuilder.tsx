/** Build an RRP formula from lists, see the value it will give, and insert it in the active cell. */
import { Button, Field, Input, Label, makeStyles, Select, Text, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import { editionLabel } from '../../domain/editions';
import { METRICS } from '../../domain/metrics';
import { allEditions, editionsOf } from '../../domain/planData';
import { monthOfText } from '../../domain/months';
import { monthOutsidePlans } from '../../domain/planMonths';
import type { Edition, MetricCode, RegionCode } from '../../domain/planSchema';
import { REGIONS } from '../../domain/regions';
import { usePlanVersion } from '../hooks/usePlanVersion';
import { messageOf } from '../services';
import { Notice } from './Notice';
import {
  FUNCTION_NAMES,
  FUNCTION_SPECS,
  formulaText,
  previewOf,
  type FormulaChoice,
  type FunctionName,
} from './formulaText';

/** The options of a list: each value with the text shown for it. */
type Options<T extends string | number> = readonly (readonly [T, string])[];

const FUNCTION_OPTIONS: Options<FunctionName> = FUNCTION_NAMES.map((name) => [name, `RRP.${name}`]);
const METRIC_OPTIONS: Options<MetricCode> = METRICS.map((m) => [m.code, m.name]);
/** Regions and editions as the plan has them now (a workbook plan adds to them). */
const regionOptions = (): Options<RegionCode> =>
  REGIONS.map((r) => [r.code, editionsOf(r.code).length > 0 ? r.name : `${r.name} (no plan data)`]);
const editionOptions = (): Options<Edition | 'latest'> => [
  ['latest', 'Latest'],
  ...allEditions().map((e) => [e, editionLabel(e)] as const),
];

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

interface ListFieldProps<T extends string | number> {
  label: string;
  hint?: string;
  value: T;
  options: Options<T>;
  onChange: (value: T) => void;
}

/** A labelled drop-down list (a native select, which narrows to the pane). */
function ListField<T extends string | number>({ label, hint, value, options, onChange }: ListFieldProps<T>) {
  const styles = useStyles();
  const choose = (text: string): void => {
    const option = options.find(([v]) => String(v) === text);
    if (option !== undefined) onChange(option[0]);
  };
  return (
    <Field className={styles.field} label={label} hint={hint}>
      <Select
        className={styles.select}
        select={{ className: styles.select }}
        value={String(value)}
        onChange={(_, data) => choose(data.value)}
      >
        {options.map(([v, text]) => (
          <option key={v} value={String(v)}>
            {text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface TextFieldProps {
  label: string;
  hint: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  validationMessage?: string;
}

/** A labelled text box with an example in it while empty. */
function TextField({ label, hint, placeholder, value, onChange, validationMessage }: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={label} hint={hint} validationMessage={validationMessage}>
      <Input value={value} placeholder={placeholder} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

export interface FunctionBuilderProps {
  /** Puts the formula in the active cell; rejects with a plain-words Error. */
  onInsert: (formula: string) => Promise<void>;
}

const INITIAL: FormulaChoice = {
  fn: 'TARGET',
  region: 'KSS',
  metric: 'EMP_6W',
  edition: 'latest',
  actual: '',
  month: '',
  values: '',
};

export function FunctionBuilder({ onInsert }: FunctionBuilderProps) {
  const styles = useStyles();
  const [choice, setChoice] = useState<FormulaChoice>(INITIAL);
  const [inserting, setInserting] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const formulaId = useId('formula');
  const previewId = useId('preview');

  const spec = FUNCTION_SPECS[choice.fn];
  const formula = formulaText(choice);
  usePlanVersion(); // the lists and the preview read the plan: render again when the workbook plan changes
  const preview = previewOf(choice);
  // A month typed as text is refused here when it is outside the plans' range (a cell reference is read by the function).
  const typedMonth = spec.takesMonth ? monthOfText(choice.month) : undefined;
  const monthRefused = typedMonth === undefined ? undefined : monthOutsidePlans('The month', typedMonth);

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
      <ListField
        label="Function"
        hint={spec.summary}
        value={choice.fn}
        options={FUNCTION_OPTIONS}
        onChange={(fn) => update({ fn })}
      />
      <ListField
        label="Region"
        value={choice.region}
        options={regionOptions()}
        onChange={(region) => update({ region })}
      />
      <ListField
        label="Metric"
        value={choice.metric}
        options={METRIC_OPTIONS}
        onChange={(metric) => update({ metric })}
      />
      <ListField
        label="Plan edition"
        value={choice.edition}
        options={editionOptions()}
        onChange={(edition) => update({ edition })}
      />

      {spec.takesValues && (
        <TextField
          label="Values"
          hint="Actuals in month order: a column or row such as B2:B25. The target comes from the region, metric and edition above."
          placeholder="B2:B25"
          value={choice.values}
          onChange={(values) => update({ values })}
        />
      )}

      {spec.takesActual && (
        <TextField
          label="Actual"
          hint="A percentage such as 17.5% or 0.175, or a cell such as B2."
          placeholder="17.5%"
          value={choice.actual}
          onChange={(actual) => update({ actual })}
        />
      )}

      {spec.takesMonth && (
        <TextField
          label="Month"
          hint='Such as "Oct 2023" or "2023-10", or a cell such as C2.'
          placeholder="Oct 2023"
          value={choice.month}
          onChange={(month) => update({ month })}
          validationMessage={monthRefused}
        />
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
        <output
          id={previewId}
          aria-labelledby={`${previewId}-label`}
          aria-live="polite"
          className={preview.kind === 'error' ? styles.error : styles.preview}
        >
          {preview.text}
        </output>
      </div>

      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={inserting || monthRefused !== undefined} onClick={insert}>
          Insert in active cell
        </Button>
        <div aria-live="polite">
          <Notice message={outcome?.ok === false ? outcome.text : undefined} />
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
