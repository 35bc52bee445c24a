/** Choose regions and a plan edition, load them into the workbook, and say what changed. */
import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Text,
  tokens,
  typographyStyles,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import { editionLabel } from '../../domain/editions';
import { allEditions, editionsOf } from '../../domain/planData';
import type { Edition, RegionCode } from '../../domain/planSchema';
import { regionName } from '../../domain/regions';
import type { PlanChoice } from '../services';
import { listed } from '../../domain/wording';
import { ChangesMessage } from './ChangesMessage';

/** 'latest', 'all', or an edition's year as text. */
type EditionChoice = string;

/** The choices for the editions the plan has now (built in, and any the workbook's RRP Plan adds). */
function editionChoices(): { value: EditionChoice; label: string; editions: Edition[] | 'latest' }[] {
  const editions = allEditions();
  return [
    { value: 'latest', label: "Latest (each region's newest)", editions: 'latest' },
    ...editions.map((e) => ({ value: String(e), label: editionLabel(e), editions: [e] })),
    { value: 'all', label: 'Every edition', editions },
  ];
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0, display: 'flex', flexDirection: 'column' },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
});

export interface LoadPlanPanelProps {
  /** The regions that have plan data, offered as checkboxes; each is chosen until the analyst unticks it. */
  regions: readonly RegionCode[];
  running: boolean;
  /** What the last load changed, in plain words. */
  changes?: string[];
  /** Why the last load failed, in plain words. */
  error?: string;
  onLoad: (choice: PlanChoice) => void;
}

/** Why some of the chosen regions will get less than was asked for, or undefined when all have it. */
function missingEditionsHint(regions: readonly RegionCode[], editions: Edition[] | 'latest'): string | undefined {
  if (editions === 'latest') return undefined;
  const notes = editions.flatMap((edition) => {
    const without = regions.filter((r) => !editionsOf(r).includes(edition));
    return without.length === 0
      ? []
      : [`${listed(without.map(regionName))} ${without.length === 1 ? 'has' : 'have'} no ${editionLabel(edition)}.`];
  });
  return notes.length === 0 ? undefined : notes.join(' ');
}

export function LoadPlanPanel({ regions, running, changes, error, onLoad }: LoadPlanPanelProps) {
  const styles = useStyles();
  // What was unticked rather than what is ticked, so a region a workbook plan adds later comes ticked.
  const [unticked, setUnticked] = useState<readonly RegionCode[]>([]);
  const [editionChoice, setEditionChoice] = useState<EditionChoice>('latest');
  const hintId = useId('load-hint');

  const choices = editionChoices();
  const editions = choices.find((c) => c.value === editionChoice)?.editions ?? 'latest';
  const inOrder = regions.filter((r) => !unticked.includes(r));
  const nothingToLoad = editions !== 'latest' && inOrder.every((r) => !editions.some((e) => editionsOf(r).includes(e)));
  const blocker =
    inOrder.length === 0
      ? 'Choose at least one region to load.'
      : nothingToLoad
        ? 'None of the chosen regions has that edition of the plan.'
        : undefined;
  const note = blocker === undefined ? missingEditionsHint(inOrder, editions) : undefined;
  const disabled = running || blocker !== undefined;

  const toggle = (region: RegionCode, checked: boolean): void =>
    setUnticked((current) =>
      checked ? current.filter((r) => r !== region) : [...current.filter((r) => r !== region), region],
    );

  const load = (): void => onLoad({ regions: inOrder, editions });

  return (
    <div className={styles.root}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Regions</legend>
        {regions.map((region) => (
          <Checkbox
            key={region}
            label={regionName(region)}
            checked={!unticked.includes(region)}
            onChange={(_, data) => toggle(region, data.checked === true)}
          />
        ))}
      </fieldset>

      <Field label="Plan edition">
        <RadioGroup value={editionChoice} onChange={(_, data) => setEditionChoice(data.value)}>
          {choices.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} />
          ))}
        </RadioGroup>
      </Field>

      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={disabled}
          aria-describedby={blocker || note ? hintId : undefined}
          onClick={load}
        >
          {running ? 'Loading plan data…' : 'Load plan data'}
        </Button>
        {(blocker || note) && (
          <Text id={hintId} size={200} className={styles.hint}>
            {blocker ?? note}
          </Text>
        )}
      </div>

      <div aria-live="polite">
        {!running && error !== undefined && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Plan data not loaded</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {!running && error === undefined && changes !== undefined && (
          <ChangesMessage
            title="Plan data loaded"
            changes={changes}
            nothing="The workbook already had this plan data; nothing changed."
          />
        )}
      </div>
    </div>
  );
}
