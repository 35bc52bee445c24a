/**
 * What was read from a plan document, before anything is written: the region and edition, each shown
 * with the line of the document it was read from and any doubt about it, and choosable (asked for
 * when the document does not say), the document's name (kept as each target's source), each target
 * with what was read from it and its sentence, ticked to be added, and the sentences with figures
 * that were not taken, with why. Add checks what it needs next to where it is missing.
 */
import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Select,
  Text,
  tokens,
  typographyStyles,
  useId,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { editionLabel } from '../../../domain/editions';
import { metricName } from '../../../domain/metrics';
import type { IdentityEvidence } from '../../../domain/documentIdentity';
import type { DocumentTarget, PlanReading } from '../../../domain/planDocument';
import { REGION_CODES, type RegionCode } from '../../../domain/planSchema';
import { REGIONS, regionName } from '../../../domain/regions';
import { countOf } from '../../../domain/wording';
import type { PlanRecord } from '../../services';
import { Notice } from '../Notice';
import { planRecords, readingText } from './candidates';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  subheading: { ...typographyStyles.body1Strong, margin: 0 },
  found: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  help: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  target: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  detail: {
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  notes: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  sentence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    // Quotation marks drawn, not written, so the sentence's text is exactly the document's.
    '::before': { content: '"“"' },
    '::after': { content: '"”"' },
  },
  skipped: { minWidth: 0 },
  summary: { ...typographyStyles.body1Strong, cursor: 'pointer' },
  skippedList: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  wrap: { overflowWrap: 'anywhere' },
});

const FIRST_EDITION = 2022;

/** The edition typed, as a year from 2022, or undefined. */
function editionOfText(text: string): number | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(text);
  return year !== null && Number(year[1]) >= FIRST_EDITION ? Number(year[1]) : undefined;
}

/** "Read as North West, from “North West”.": what was read and the line it was read from, or what to give. */
function evidenceHint(evidence: IdentityEvidence, read: string | undefined, give?: string): string | undefined {
  return read === undefined || evidence.line === null ? give : `Read as ${read}, from “${evidence.line}”.`;
}

const isRegionCode = (value: string): value is RegionCode => (REGION_CODES as readonly string[]).includes(value);

export interface DocumentReviewProps {
  reading: PlanReading;
  /** The document's name until the analyst changes it. */
  defaultName: string;
  adding: boolean;
  /** Why the last Add failed, in plain words. */
  error?: string;
  onAdd: (records: PlanRecord[]) => void;
}

interface Problems {
  region?: string;
  edition?: string;
  name?: string;
}

export function DocumentReview({ reading, defaultName, adding, error, onAdd }: DocumentReviewProps) {
  const styles = useStyles();
  const headingId = useId('review-heading');
  const hintId = useId('add-hint');
  const heading = useRef<HTMLHeadingElement>(null);
  const regionField = useRef<HTMLSelectElement>(null);
  const editionField = useRef<HTMLInputElement>(null);
  const nameField = useRef<HTMLInputElement>(null);

  const [regionChoice, setRegionChoice] = useState<RegionCode | ''>(reading.region ?? '');
  const [editionText, setEditionText] = useState(reading.edition === null ? '' : String(reading.edition));
  const [name, setName] = useState(defaultName);
  const [accepted, setAccepted] = useState<readonly DocumentTarget[]>(reading.targets);
  const [tried, setTried] = useState(false);

  // A new reading is where the analyst's attention goes next (keyboard and screen reader alike).
  useEffect(() => heading.current?.focus(), []);

  const region = regionChoice === '' ? undefined : regionChoice;
  const edition = editionOfText(editionText);
  const problems: Problems = tried
    ? {
        region: region === undefined ? 'Choose the region this plan is for.' : undefined,
        edition:
          edition === undefined
            ? `Give the edition as a year from ${FIRST_EDITION}: ${FIRST_EDITION} for the 2022-25 plan, or the year of the annual update.`
            : undefined,
        name:
          name.trim() === ''
            ? 'Give the document a name: it is kept with each target as where the target comes from.'
            : undefined,
      }
    : {};

  const inOrder = reading.targets.filter((t) => accepted.includes(t));
  const count = inOrder.length;

  const toggle = (target: DocumentTarget, checked: boolean): void =>
    setAccepted((current) =>
      checked ? [...current.filter((t) => t !== target), target] : current.filter((t) => t !== target),
    );

  const add = (): void => {
    setTried(true);
    if (region !== undefined && edition !== undefined && name.trim() !== '') {
      onAdd(planRecords(inOrder, region, edition, name.trim()));
      return;
    }
    // Focus goes to the first thing missing, where its message is.
    (region === undefined ? regionField : edition === undefined ? editionField : nameField).current?.focus();
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 ref={heading} id={headingId} tabIndex={-1} className={styles.heading}>
        What the document says
      </h3>
      <Text size={200} className={styles.help}>
        Nothing has been written yet. Check each target against its sentence; untick any you do not want.
      </Text>

      <Field
        label="Region"
        required
        hint={evidenceHint(reading.evidence.region, reading.region === null ? undefined : regionName(reading.region))}
        validationState={problems.region !== undefined ? 'error' : reading.evidence.region.note ? 'warning' : 'none'}
        validationMessage={problems.region ?? reading.evidence.region.note ?? undefined}
      >
        <Select
          ref={regionField}
          value={regionChoice}
          onChange={(_, data) => setRegionChoice(isRegionCode(data.value) ? data.value : '')}
        >
          <option value="">Choose a region</option>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Edition (year)"
        required
        hint={evidenceHint(
          reading.evidence.edition,
          reading.edition === null ? undefined : editionLabel(reading.edition),
          '2022 for the 2022-25 plan, or the year of the annual update.',
        )}
        validationState={problems.edition !== undefined ? 'error' : reading.evidence.edition.note ? 'warning' : 'none'}
        validationMessage={problems.edition ?? reading.evidence.edition.note ?? undefined}
      >
        <Input
          ref={editionField}
          inputMode="numeric"
          value={editionText}
          onChange={(_, data) => setEditionText(data.value)}
        />
      </Field>
      <Field
        label="Document name"
        required
        hint="Kept with each target as where it comes from."
        validationMessage={problems.name}
      >
        <Input ref={nameField} value={name} onChange={(_, data) => setName(data.value)} />
      </Field>

      {reading.targets.length === 0 ? (
        <Notice
          intent="warning"
          message="No regional targets were found in this document, so there is nothing to add. Check it is a Reducing Reoffending Plan, or that its whole text was pasted."
        />
      ) : (
        <section className={styles.found} aria-label="Targets found">
          <h4 className={styles.subheading}>{`Targets found: ${reading.targets.length}`}</h4>
          <ul className={styles.list}>
            {reading.targets.map((target) => (
              <TargetItem
                key={target.metric}
                target={target}
                checked={accepted.includes(target)}
                onChange={(checked) => toggle(target, checked)}
              />
            ))}
          </ul>
        </section>
      )}

      {reading.skipped.length > 0 && (
        <details className={styles.skipped}>
          <summary
            className={styles.summary}
          >{`${countOf(reading.skipped.length, 'sentence')} not taken, and why`}</summary>
          <ul className={styles.skippedList}>
            {reading.skipped.map((s, i) => (
              <li key={i}>
                <blockquote className={styles.sentence}>
                  <Text size={200}>{s.sentence}</Text>
                </blockquote>
                <Text size={200} className={styles.wrap}>{`Not taken: ${s.reason}.`}</Text>
              </li>
            ))}
          </ul>
        </details>
      )}

      {reading.targets.length > 0 && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabledFocusable={adding || count === 0}
            aria-describedby={count === 0 ? hintId : undefined}
            onClick={add}
          >
            {adding ? 'Adding…' : `Add ${countOf(count, 'target')} to RRP Plan`}
          </Button>
          {count === 0 && (
            <Text id={hintId} size={200} className={styles.help}>
              Tick at least one target to add.
            </Text>
          )}
          <div aria-live="polite">{!adding && <Notice message={error} />}</div>
        </div>
      )}
    </section>
  );
}

interface TargetItemProps {
  target: DocumentTarget;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

function TargetItem({ target, checked, onChange }: TargetItemProps) {
  const styles = useStyles();
  const readId = useId('read');
  const sentenceId = useId('sentence');
  const notesId = useId('notes');
  return (
    <li className={styles.target}>
      <Checkbox
        label={metricName(target.metric)}
        checked={checked}
        aria-describedby={`${readId} ${sentenceId}${target.notes === undefined ? '' : ` ${notesId}`}`}
        onChange={(_, data) => onChange(data.checked === true)}
      />
      <div className={styles.detail}>
        <Text id={readId} className={styles.wrap}>
          {readingText(target)}
        </Text>
        <blockquote id={sentenceId} className={styles.sentence}>
          <Text size={200}>{target.sentence}</Text>
        </blockquote>
        {target.notes !== undefined && (
          <div id={notesId} className={styles.notes}>
            {target.notes.map((note) => (
              <Text key={note} size={200} className={styles.wrap}>
                {note}
              </Text>
            ))}
          </div>
        )}
        <Text size={200} className={styles.help}>{`From “${target.section}”`}</Text>
      </div>
    </li>
  );
}
