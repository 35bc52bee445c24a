/**
 * Plans from documents: the analyst pastes a plan document's text or chooses its .txt or .pdf file,
 * the reader finds the region, the edition and the targets, and they are shown for review; only Add
 * writes anything, appending the accepted targets to RRP Plan. A chosen file's text goes into the
 * text box (where it can be corrected) and is read at once; changing the text puts the review away,
 * so what is reviewed is always what the box holds. The reading itself runs off the pane's thread
 * (readDocument), so the pane stays usable while a long document is read.
 */
import { Button, Field, makeStyles, Text, Textarea, tokens, useId } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { PlanReading } from '../../../domain/planDocument';
import { planAppendedLines } from '../../../domain/workbookPlan';
import { documentText, DOCUMENT_FILE_TYPES } from '../../documentFiles/documentFile';
import { readDocument } from '../../documentFiles/readDocument';
import { useAsyncTask } from '../../hooks/useAsyncTask';
import { messageOf, type PaneServices, type PlanRecord } from '../../services';
import { ChangesMessage } from '../ChangesMessage';
import { FileChooser } from '../FileChooser';
import { Notice } from '../Notice';
import { defaultDocumentName } from './candidates';
import { DocumentReview } from './DocumentReview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  help: { color: tokens.colorNeutralForeground3 },
  text: { minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const NO_TEXT = 'Paste the text of a plan document here, or choose its .txt or .pdf file.';

export interface DocumentsViewProps {
  appendPlanRows: PaneServices['appendPlanRows'];
}

interface Review {
  reading: PlanReading;
  name: string;
  /** Each reading is reviewed afresh (choices made on an earlier one do not carry over). */
  id: number;
}

export function DocumentsView({ appendPlanRows }: DocumentsViewProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [textError, setTextError] = useState<string>();
  const [file, setFile] = useState<{ reading?: string; error?: string }>({});
  const [review, setReview] = useState<Review>();
  const [reading, setReading] = useState(false);
  const add = useAsyncTask(async (records: PlanRecord[]) => planAppendedLines(await appendPlanRows(records)));
  const fileReads = useRef(0);
  const reviews = useRef(0);
  const result = useRef<HTMLDivElement>(null);
  const fileHintId = useId('file-hint');

  // Added: the review goes, so focus moves to what was added rather than being lost with the button.
  useEffect(() => {
    if (add.result !== undefined) result.current?.focus();
  }, [add.result]);

  const read = async (source: string, name: string | undefined): Promise<void> => {
    add.reset();
    const id = ++reviews.current;
    setReview(undefined);
    if (source.trim() === '') {
      setReading(false);
      setTextError(NO_TEXT);
      return;
    }
    setTextError(undefined);
    setReading(true);
    try {
      const found = await readDocument(source);
      // The text was changed or read again meanwhile: this reading is of text no longer in the box.
      if (id !== reviews.current) return;
      setReview({ reading: found, name: defaultDocumentName(source, name), id });
    } catch (error) {
      if (id === reviews.current) setTextError(messageOf(error));
    } finally {
      if (id === reviews.current) setReading(false);
    }
  };

  const changeText = (value: string): void => {
    setText(value);
    setReview(undefined);
    setReading(false);
    reviews.current++;
    if (value.trim() === '') setFileName(undefined);
    else setTextError(undefined);
  };

  const chooseFile = async (chosen: File): Promise<void> => {
    const id = ++fileReads.current;
    setFile({ reading: chosen.name });
    try {
      const content = await documentText(chosen);
      if (id !== fileReads.current) return;
      setFile({});
      setText(content);
      setFileName(chosen.name);
      void read(content, chosen.name);
    } catch (error) {
      if (id === fileReads.current) setFile({ error: messageOf(error) });
    }
  };

  const addRecords = async (records: PlanRecord[]): Promise<void> => {
    if ((await add.run(records)) !== undefined) setReview(undefined);
  };

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        Paste a Reducing Reoffending Plan document, or choose its .txt or .pdf file, then read it. The region, edition
        and targets found are shown for you to check; nothing is added to the workbook until you choose Add.
      </Text>
      <Field label="Plan document text" validationMessage={textError}>
        <Textarea
          className={styles.text}
          resize="vertical"
          rows={6}
          value={text}
          onChange={(_, data) => changeText(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          appearance={review === undefined ? 'primary' : 'secondary'}
          disabledFocusable={add.running || reading}
          onClick={() => void read(text, fileName)}
        >
          {reading ? 'Reading…' : 'Read document'}
        </Button>
        <FileChooser
          label="Choose file…"
          accept={DOCUMENT_FILE_TYPES}
          disabled={add.running}
          onFile={(chosen) => void chooseFile(chosen)}
          describedBy={fileHintId}
        />
      </div>
      <div id={fileHintId} aria-live="polite">
        {file.reading !== undefined && <Text className={styles.help}>{`Reading ${file.reading}…`}</Text>}
        {reading && file.reading === undefined && <Text className={styles.help}>Reading the document…</Text>}
        <Notice message={file.error} />
      </div>

      {review !== undefined && (
        <DocumentReview
          key={review.id}
          reading={review.reading}
          defaultName={review.name}
          adding={add.running}
          error={add.error}
          onAdd={(records) => void addRecords(records)}
        />
      )}

      <div ref={result} tabIndex={-1} aria-live="polite">
        {!add.running && add.result !== undefined && (
          <ChangesMessage
            title="Added to RRP Plan"
            changes={add.result}
            nothing="RRP Plan already had these targets; nothing was added."
          />
        )}
      </div>
    </div>
  );
}
