/** @jest-environment jsdom */
/**
 * The pane's Documents view against fake services: a plan document pasted or chosen as a file, read
 * for review (region, edition, each target with its sentence, the sentences not taken), and the
 * accepted targets appended as plan records only on Add; what it asks for when the document does not
 * say, its messages, keyboard use and axe. The documents are the reader's test fixtures, each with its
 * expected reading.
 */
import '../support/jsdomSetup';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { readFileSync } from 'fs';
import { join } from 'path';
import { LONGEST_DOCUMENT, type DocumentTarget, type PlanReading } from '../../src/domain/planDocument';
import { REGIONS } from '../../src/domain/regions';
import { textOfBytes } from '../../src/taskpane/documentFiles/documentFile';
import { PdfReadError } from '../../src/taskpane/documentFiles/pdfLines';
import { pdfText } from '../../src/taskpane/documentFiles/pdfText';
import { planAppendedLines } from '../../src/domain/workbookPlan';
import type { PlanCheckSummary, PlanRecord } from '../../src/taskpane/services';
import {
  button,
  deferred,
  isDisabled,
  NO_ACTUALS,
  openView,
  openViewWithKeys,
  paneRenderer,
  seriousViolations,
  tabTo,
  viewRenderer,
} from '../support/paneFakes';

// pdf.js runs in the browser (tests/e2e has the PDF itself); here the view's use of it is faked.
jest.mock('../../src/taskpane/documentFiles/pdfText', () => ({ pdfText: jest.fn() }));
const fakePdfText = pdfText as jest.MockedFunction<typeof pdfText>;

const FIXTURES = join(__dirname, '..', 'fixtures', 'documents');
const fixtureText = (name: string): string => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
const expectedReading = (name: string): PlanReading =>
  JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));

const NORTH_WEST = 'north-west-2024-annual-update';
/** What the fake RRP Plan says after an append: five rows added, North West's targets in use. */
const APPENDED: PlanCheckSummary = { rows: 5, used: 5, errors: 0, empty: 0, problems: [], regions: ['NW'], added: 5 };
const CHANGES = planAppendedLines(APPENDED);

/** A document that names no region: its targets say "we". */
const NO_REGION = [
  'Reducing Reoffending Plan 2022-25',
  'Annual Update 2024',
  '',
  'Training, skills and work progress',
  '',
  'Regional targets',
  '',
  '• By March 2025, we will increase the proportion employed six weeks after release by 2 percentage points from',
  '  15% in March 2024.',
  '',
].join('\n');

/** A document that does not say its edition. */
const NO_EDITION = [
  'South West Reducing Reoffending Plan',
  '',
  'Family, accommodation and readjustment to society progress',
  '',
  'Regional targets',
  '',
  '• By March 2026, South West will continue to maintain the proportion housed on the night after release at 80%.',
  '',
].join('\n');

/** A document with a figure but no target. */
const NO_TARGETS = [
  'North East Reducing Reoffending Plan 2022-25',
  '',
  'Nationally, 84 per cent of prison leavers were housed on the night after release.',
  '',
].join('\n');

const renderPane = paneRenderer({
  changes: [],
  progress: [],
  checked: NO_ACTUALS,
  selection: [],
  planAppended: APPENDED,
});

/** The pane, showing its Documents view. */
const renderDocuments = viewRenderer(renderPane, 'Documents');
const textBox = (name: string): HTMLInputElement => screen.getByRole('textbox', { name }) as HTMLInputElement;

async function paste(user: UserEvent, text: string): Promise<void> {
  await user.click(textBox('Plan document text'));
  await user.paste(text);
}

/** Pastes a document and reads it; resolves once the review is shown. */
async function readPasted(user: UserEvent, text: string): Promise<HTMLElement> {
  await paste(user, text);
  await user.click(button('Read document'));
  return screen.findByRole('region', { name: 'What the document says' });
}

/** Gives the document a name of the test's choosing. */
async function nameDocument(user: UserEvent, name: string): Promise<void> {
  await user.clear(textBox('Document name'));
  await user.type(textBox('Document name'), name);
}

/** The plan records a reading gives, written out here independently of the view. */
function recordsOf(reading: PlanReading, targets: DocumentTarget[], document: string): PlanRecord[] {
  return targets.map(
    ({ section, sentence, notes: _notes, ...fields }) =>
      ({
        ...fields,
        region: reading.region,
        edition: reading.edition,
        source: { document, section, sentence },
      }) as PlanRecord,
  );
}

/** The region and edition the review shows (read from the document, or as the analyst chose). */
const identity = (): { region: string; edition: string } => ({
  region: (screen.getByRole('combobox', { name: /^Region/ }) as HTMLSelectElement).value,
  edition: textBox('Edition (year)').value,
});

const targetBoxes = (): HTMLInputElement[] =>
  within(screen.getByRole('region', { name: 'Targets found' })).getAllByRole('checkbox') as HTMLInputElement[];
const fileInput = (): HTMLInputElement => screen.getByLabelText('Choose file…') as HTMLInputElement;
const file = (content: BlobPart[], name: string, type = ''): File => new File(content, name, { type });

beforeEach(() => fakePdfText.mockReset());

describe('reading a pasted plan document', () => {
  it('shows the region, edition, each target with what was read and its sentence, and the sentences not taken', async () => {
    const { services, user } = await renderDocuments();
    const review = await readPasted(user, fixtureText(NORTH_WEST));
    const expected = expectedReading(NORTH_WEST);

    expect(identity()).toEqual({ region: 'NW', edition: '2024' });
    expect(within(review).getByText('Read as North West, from “North West”.')).toBeTruthy();
    expect(within(review).getByText('Read as 2024 annual update, from “Annual Update 2024”.')).toBeTruthy();
    expect(within(review).getByRole('heading', { name: 'Targets found: 6' })).toBeTruthy();
    expect(targetBoxes().map((b) => b.labels?.[0]?.textContent)).toEqual([
      'Employed six weeks after release',
      'Employed six months after release',
      'Community sentence treatment requirements',
      'Housed on the night after release',
      'Settled accommodation three months after release',
      'Sexual offence interventions completed',
    ]);
    expect(targetBoxes().every((b) => b.checked)).toBe(true);
    const described = (box: HTMLInputElement): string =>
      (box.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' | ');
    expect(targetBoxes().map(described)).toEqual([
      `Increase by 2.5 percentage points from 17.5% (March 2024) to 20% by March 2025 | ${expected.targets[0].sentence}`,
      `Continue to increase from 28% (March 2024), with no level or date to reach | ${expected.targets[1].sentence}`,
      `A commitment in words, with no figures | ${expected.targets[2].sentence}`,
      `Maintain at 84% by September 2025 | ${expected.targets[3].sentence}`,
      `Increase by 4 percentage points from 71% (March 2024) to 75% by March 2025 | ${expected.targets[4].sentence}`,
      `Increase by 12 percentage points from 58% (March 2024) to 70% by March 2025 | ${expected.targets[5].sentence}`,
    ]);
    expect(
      within(review)
        .getAllByText(/^From “/)
        .map((el) => el.textContent),
    ).toEqual(expected.targets.map((t) => `From “${t.section}”`));

    // The sentences not taken are listed, collapsed, each with its reason.
    const summary = within(review).getByText('8 sentences not taken, and why');
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    const items = within(details).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(
      expected.skipped.map((s) => `${s.sentence}Not taken: ${s.reason}.`),
    );

    expect(services.appendPlanRows).not.toHaveBeenCalled();
    expect(button('Add 6 targets to RRP Plan')).toBeTruthy();
  });

  it('adds only the ticked targets, as plan records with their region, edition and source', async () => {
    const { services, user } = await renderDocuments();
    await readPasted(user, fixtureText(NORTH_WEST));
    expect(textBox('Document name').value).toBe(
      'TEST FIXTURE: written for the tests of RRP for Excel in the style of the published plans. Not an HMPPS',
    );
    await nameDocument(user, 'North West RRP annual update 2024.pdf');
    await user.click(screen.getByRole('checkbox', { name: 'Employed six months after release' }));

    await user.click(button('Add 5 targets to RRP Plan'));

    const reading = expectedReading(NORTH_WEST);
    const accepted = reading.targets.filter((t) => t.metric !== 'EMP_6M');
    expect(services.appendPlanRows).toHaveBeenCalledTimes(1);
    expect(services.appendPlanRows).toHaveBeenCalledWith(
      recordsOf(reading, accepted, 'North West RRP annual update 2024.pdf'),
    );
    expect(await screen.findByText('Added to RRP Plan')).toBeTruthy();
    expect(screen.getByText(CHANGES[0])).toBeTruthy();
    // The review is put away, so the same targets are not added twice by a second click.
    expect(screen.queryByRole('region', { name: 'What the document says' })).toBeNull();
  });

  it.each([
    'wales-2025-annual-update',
    'london-2022-25-plan',
    'greater-manchester-2024-annual-update',
    'east-midlands-2025-pdf-paste',
  ])('adds exactly the expected reading of %s', async (name) => {
    const { services, user } = await renderDocuments();
    await readPasted(user, fixtureText(name));
    await nameDocument(user, `${name}.txt`);
    const reading = expectedReading(name);
    await user.click(button(`Add ${reading.targets.length} targets to RRP Plan`));
    expect(services.appendPlanRows).toHaveBeenCalledWith(recordsOf(reading, reading.targets, `${name}.txt`));
  });

  it('shows how a target was read where the sentence does not say it plainly, as part of its description', async () => {
    const { user } = await renderDocuments();
    await readPasted(user, fixtureText('east-midlands-2025-pdf-paste'));
    const settled = screen.getByRole('checkbox', { name: 'Settled accommodation three months after release' });
    const description = (settled.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' | ');
    expect(description).toContain('Figures in words read as numbers: “four” as 4, “seventy-two” as 72.');
    expect(description).toContain('Deadline read from “2025-26” as March 2026, the end of that financial year.');
  });

  it('says so when nothing is pasted, and when a document has no targets', async () => {
    const { services, user } = await renderDocuments();
    await user.click(button('Read document'));
    expect(screen.getByText('Paste the text of a plan document here, or choose its .txt or .pdf file.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What the document says' })).toBeNull();

    const review = await readPasted(user, NO_TARGETS);
    expect(screen.queryByText(/^Paste the text of a plan document here/)).toBeNull();
    expect(
      within(review).getByText(/^No regional targets were found in this document, so there is nothing to add\./),
    ).toBeTruthy();
    expect(within(review).getByText('1 sentence not taken, and why')).toBeTruthy();
    expect(within(review).queryByRole('button', { name: /^Add/ })).toBeNull();
    expect(services.appendPlanRows).not.toHaveBeenCalled();
  });

  it('refuses a text longer than the reader reads, saying so, and reads nothing', async () => {
    const { user } = await renderDocuments();
    const huge = `${NO_EDITION}\n${'x'.repeat(LONGEST_DOCUMENT)}`;
    await user.upload(fileInput(), file([huge], 'everything.txt'));
    expect(
      await screen.findByText(
        /^This text has 2 million characters; the reader reads at most 2 million, far more than any plan document\./,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What the document says' })).toBeNull();
  });

  it('puts the review away when the text is changed, so what is added is what the box holds', async () => {
    const { user } = await renderDocuments();
    await readPasted(user, NO_EDITION);
    await user.type(textBox('Plan document text'), ' More text.');
    expect(screen.queryByRole('region', { name: 'What the document says' })).toBeNull();
  });

  it('disables Add with a hint when every target is unticked', async () => {
    const { services, user } = await renderDocuments();
    await readPasted(user, NO_EDITION);
    await user.click(screen.getByRole('checkbox', { name: 'Housed on the night after release' }));
    const add = button('Add 0 targets to RRP Plan');
    expect(isDisabled(add)).toBe(true);
    expect(document.getElementById(add.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Tick at least one target to add.',
    );
    await user.click(add);
    expect(services.appendPlanRows).not.toHaveBeenCalled();
  });
});

describe('what the document does not say', () => {
  it('requires a region, from all twelve, when the document names none', async () => {
    const { services, user } = await renderDocuments();
    await readPasted(user, NO_REGION);
    const picker = screen.getByRole('combobox', { name: /^Region/ }) as HTMLSelectElement;
    expect(picker.required || picker.getAttribute('aria-required') === 'true').toBe(true);
    expect([...picker.options].slice(1).map((o) => o.textContent)).toEqual(REGIONS.map((r) => r.name));
    expect(identity()).toEqual({ region: '', edition: '2024' });
    expect(screen.getByText('The document does not name its region in its title.')).toBeTruthy();

    await user.click(button('Add 1 target to RRP Plan'));
    expect(services.appendPlanRows).not.toHaveBeenCalled();
    expect(screen.getByText('Choose the region this plan is for.')).toBeTruthy();
    expect(document.activeElement).toBe(picker);

    await user.selectOptions(picker, 'WM');
    expect(screen.queryByText('Choose the region this plan is for.')).toBeNull();
    await user.click(button('Add 1 target to RRP Plan'));
    const [records] = services.appendPlanRows.mock.calls[0];
    expect(records.map((r) => [r.region, r.edition, r.metric, r.kind, r.baseline, r.change, r.target])).toEqual([
      ['WM', 2024, 'EMP_6W', 'increase', 0.15, 0.02, 0.17],
    ]);
  });

  it('requires an edition year from 2022 when the document does not say', async () => {
    const { services, user } = await renderDocuments();
    await readPasted(user, NO_EDITION);
    expect(identity()).toEqual({ region: 'SW', edition: '' });
    expect(screen.getByText('The title does not say which edition this is.')).toBeTruthy();
    const edition = textBox('Edition (year)');

    await user.type(edition, '2021');
    await user.click(button('Add 1 target to RRP Plan'));
    expect(services.appendPlanRows).not.toHaveBeenCalled();
    expect(screen.getByText(/^Give the edition as a year from 2022/)).toBeTruthy();
    expect(document.activeElement).toBe(edition);

    await user.clear(edition);
    await user.type(edition, '2025');
    await user.click(button('Add 1 target to RRP Plan'));
    const [records] = services.appendPlanRows.mock.calls[0];
    expect(
      records.map((r) => [r.region, r.edition, r.metric, r.kind, r.target, r.deadlineMonth, r.source.document]),
    ).toEqual([['SW', 2025, 'HOUSED_NIGHT1', 'maintain', 0.8, '2026-03', 'South West Reducing Reoffending Plan']]);
  });

  it('shows a region read only from a commitment as a doubt, and adds the region and edition the analyst chooses', async () => {
    const { services, user } = await renderDocuments();
    await readPasted(user, NO_REGION.replace('we will', 'North West will'));
    expect(identity()).toEqual({ region: 'NW', edition: '2024' });
    expect(
      screen.getByText(
        'The title does not name the region; North West is read from a commitment in the text. Check the region.',
      ),
    ).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Region/ }), 'NE');
    await user.clear(textBox('Edition (year)'));
    await user.type(textBox('Edition (year)'), '2025');
    await user.click(button('Add 1 target to RRP Plan'));
    const [records] = services.appendPlanRows.mock.calls[0];
    expect(records.map((r) => [r.region, r.edition, r.metric])).toEqual([['NE', 2025, 'EMP_6W']]);
  });

  it('requires a document name', async () => {
    const { services, user } = await renderDocuments();
    await readPasted(user, NO_EDITION);
    await user.type(textBox('Edition (year)'), '2024');
    await user.clear(textBox('Document name'));
    await user.click(button('Add 1 target to RRP Plan'));
    expect(services.appendPlanRows).not.toHaveBeenCalled();
    expect(screen.getByText(/^Give the document a name/)).toBeTruthy();
    expect(document.activeElement).toBe(textBox('Document name'));
  });
});

describe('choosing a file', () => {
  it('reads a .txt file (with a byte order mark) into the box and shows it for review, named by the file', async () => {
    const { services, user } = await renderDocuments();
    const text = fixtureText(NORTH_WEST);
    await user.upload(
      fileInput(),
      file([new Uint8Array([0xef, 0xbb, 0xbf]), text], 'north-west-2024.txt', 'text/plain'),
    );

    const review = await screen.findByRole('region', { name: 'What the document says' });
    expect(textBox('Plan document text').value).toBe(text);
    expect(textBox('Document name').value).toBe('north-west-2024.txt');
    expect(within(review).getByText('Read as North West, from “North West”.')).toBeTruthy();
    expect(targetBoxes()).toHaveLength(6);
    expect(fakePdfText).not.toHaveBeenCalled();
    expect(services.appendPlanRows).not.toHaveBeenCalled();
  });

  it('reads a .pdf through the PDF reader', async () => {
    fakePdfText.mockResolvedValue(fixtureText('wales-2025-annual-update'));
    const { user } = await renderDocuments();
    await user.upload(
      fileInput(),
      file([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'wales-2025.pdf', 'application/pdf'),
    );
    await screen.findByRole('region', { name: 'What the document says' });
    expect(fakePdfText).toHaveBeenCalledTimes(1);
    expect(identity()).toEqual({ region: 'WAL', edition: '2025' });
    expect(textBox('Document name').value).toBe('wales-2025.pdf');
  });

  it('says why a PDF, an empty file or another kind of file cannot be read', async () => {
    const unreadable =
      "This PDF has no text to read: its pages may be scanned images. Paste the plan document's text instead.";
    fakePdfText.mockRejectedValue(new PdfReadError(unreadable));
    const { user } = await renderDocuments();
    await user.upload(fileInput(), file([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'scanned.pdf', 'application/pdf'));
    expect(await screen.findByText(unreadable)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What the document says' })).toBeNull();

    await user.upload(fileInput(), file([], 'empty.txt', 'text/plain'));
    expect(
      await screen.findByText('empty.txt is empty. Choose the plan document itself, or paste its text.'),
    ).toBeTruthy();

    // The chooser offers .txt and .pdf; a file picked with "All files" still gets an answer.
    await userEvent.setup({ applyAccept: false }).upload(fileInput(), file(['PK'], 'plan.docx'));
    expect(await screen.findByText(/^plan\.docx is not a \.txt or \.pdf file\./)).toBeTruthy();
    expect(screen.queryByText(unreadable)).toBeNull();
  });
});

describe('adding', () => {
  it('shows why adding failed and keeps the review to try again', async () => {
    const { services, user } = await renderDocuments((s) =>
      s.appendPlanRows.mockRejectedValueOnce(
        new Error('The workbook is protected, so RRP Plan cannot be added to. Unprotect it and try again.'),
      ),
    );
    await readPasted(user, NO_EDITION);
    await user.type(textBox('Edition (year)'), '2024');
    await user.click(button('Add 1 target to RRP Plan'));
    expect(
      await screen.findByText('The workbook is protected, so RRP Plan cannot be added to. Unprotect it and try again.'),
    ).toBeTruthy();
    expect(screen.queryByText('Added to RRP Plan')).toBeNull();

    await user.click(button('Add 1 target to RRP Plan'));
    expect(await screen.findByText(CHANGES[0])).toBeTruthy();
    expect(services.appendPlanRows).toHaveBeenCalledTimes(2);
  });

  it("labels the button 'Adding…' and adds once while adding", async () => {
    const pending = deferred<PlanCheckSummary>();
    const { services, user } = await renderDocuments((s) => s.appendPlanRows.mockReturnValue(pending.promise));
    await readPasted(user, fixtureText(NORTH_WEST));
    await user.click(button('Add 6 targets to RRP Plan'));
    const busy = button('Adding…');
    expect(isDisabled(busy)).toBe(true);
    await user.click(busy);
    expect(services.appendPlanRows).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve({ ...APPENDED, added: 0 }));
    expect(screen.getByText('RRP Plan already had these targets; nothing was added.')).toBeTruthy();
  });
});

describe('on demand', () => {
  it('has nothing of the view in the page until its tab is chosen', async () => {
    const { container, user } = await renderPane();
    expect(container.querySelector('textarea')).toBeNull();
    await openView(user, 'Documents');
    expect(container.querySelector('textarea')).not.toBeNull();
  });
});

describe('keyboard', () => {
  it('pastes, reads, unticks and adds with the keyboard alone', async () => {
    const { services, user } = await renderPane();
    await openViewWithKeys(user, 'Documents');
    await tabTo(user, textBox('Plan document text'));
    await user.paste(fixtureText(NORTH_WEST));
    await tabTo(user, button('Read document'));
    await user.keyboard('{Enter}');
    // Focus lands on the review.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What the document says' }));

    const sixMonths = screen.getByRole('checkbox', { name: 'Employed six months after release' });
    await tabTo(user, sixMonths);
    await user.keyboard(' ');
    expect((sixMonths as HTMLInputElement).checked).toBe(false);

    await tabTo(user, button('Add 5 targets to RRP Plan'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(services.appendPlanRows).toHaveBeenCalledTimes(1));
    expect(services.appendPlanRows.mock.calls[0][0].map((r) => r.metric)).toEqual([
      'EMP_6W',
      'CSTR',
      'HOUSED_NIGHT1',
      'SETTLED_3M',
      'SOI_COMPLETED',
    ]);
    // The review (and its button) goes: focus moves to what was added.
    await screen.findByText(CHANGES[0]);
    expect(document.activeElement?.textContent).toContain(CHANGES[0]);
  });
});

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ])(
    'has no serious or critical violations in review, with the region asked for and a failed add (%s theme)',
    async (_, theme) => {
      const { container, user } = await renderDocuments(
        (s) => s.appendPlanRows.mockRejectedValue(new Error('Excel could not add the rows.')),
        theme,
      );
      await user.click(button('Read document'));
      expect(await seriousViolations(container)).toEqual([]);

      await user.clear(textBox('Plan document text'));
      await readPasted(user, NO_REGION);
      await user.click(button('Add 1 target to RRP Plan'));
      expect(screen.getByText('Choose the region this plan is for.')).toBeTruthy();
      expect(await seriousViolations(container)).toEqual([]);

      await user.selectOptions(screen.getByRole('combobox', { name: /^Region/ }), 'NE');
      await user.click(button('Add 1 target to RRP Plan'));
      await screen.findByText('Excel could not add the rows.');
      expect(await seriousViolations(container)).toEqual([]);
    },
  );

  it('has no serious or critical violations with a full reading and its sentences not taken shown', async () => {
    const { container, user } = await renderDocuments();
    await readPasted(user, fixtureText(NORTH_WEST));
    await user.click(screen.getByText('8 sentences not taken, and why'));
    expect(await seriousViolations(container)).toEqual([]);
    await user.click(button('Add 6 targets to RRP Plan'));
    await screen.findByText(CHANGES[0]);
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe('textOfBytes', () => {
  const bytes = (...values: number[]): ArrayBuffer => new Uint8Array(values).buffer;

  it('decodes UTF-8 with or without a byte order mark, UTF-16 with one, and otherwise Windows-1252', () => {
    expect(textOfBytes(bytes(0xef, 0xbb, 0xbf, 0x34, 0x39, 0x25))).toBe('49%');
    expect(textOfBytes(bytes(0xe2, 0x80, 0xa2, 0x20, 0x34))).toBe('• 4');
    expect(textOfBytes(bytes(0xff, 0xfe, 0x34, 0x00, 0x25, 0x00))).toBe('4%');
    expect(textOfBytes(bytes(0xfe, 0xff, 0x00, 0x34, 0x00, 0x25))).toBe('4%');
    // Word's Plain Text on Windows, in the Windows code page. (Node's decoder, standing in for the
    // browser's here, gets 0x80-0x9F wrong, so the bytes tried are outside that range.)
    expect(textOfBytes(bytes(0xa3, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9))).toBe('£5 café');
  });
});
