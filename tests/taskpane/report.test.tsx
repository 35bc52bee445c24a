/** @jest-environment jsdom */
/**
 * The Board report view against fake services: the month defaults to the latest with a used actual,
 * editions can be picked per region, build / close / export / append call their services with what
 * the analyst chose and say what happened, and a failure is shown in plain words.
 */
import '../support/jsdomSetup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { monthIndexOf } from '../../src/domain/months';
import { ReportView } from '../../src/taskpane/components/report/ReportView';
import { fakeServices, NO_ACTUALS, seriousViolations } from '../support/paneFakes';

jest.setTimeout(60_000);

const MARCH = monthIndexOf(2023, 3);
const APRIL = monthIndexOf(2023, 4);

async function renderView(onActualsChecked?: (summary: typeof NO_ACTUALS) => void) {
  const fakes = fakeServices({ changes: [], progress: [], checked: NO_ACTUALS, selection: [] });
  fakes.services.reportOptions.mockResolvedValue({
    months: [APRIL, MARCH],
    regions: [{ region: 'KSS', editions: [2022, 2023], inForce: [2023, 2023] }],
  });
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ReportView services={fakes.services} onActualsChecked={onActualsChecked} />
    </FluentProvider>,
  );
  await act(async () => {});
  return { ...fakes, user, ...view };
}

describe('Board report view', () => {
  it('defaults to the latest month and builds with the editions picked', async () => {
    const { services, user } = await renderView();
    expect((screen.getByLabelText('Report month') as HTMLSelectElement).value).toBe(String(APRIL));
    await user.selectOptions(screen.getByLabelText('Report month'), String(MARCH));
    expect(screen.getByRole('option', { name: 'In force: 2023 annual update' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Plan edition for Kent, Surrey and Sussex'), '2022');
    services.buildReport.mockResolvedValue({
      month: MARCH,
      lines: 6,
      restated: 1,
      historyRows: 4,
      charts: 4,
      changes: [
        'Kent, Surrey and Sussex, employed six weeks after release: status changed from Off track to On track.',
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Build report' }));
    expect(services.buildReport).toHaveBeenCalledWith({ month: MARCH, editions: { KSS: 2022 } });
    await screen.findByText('Report built');
    expect(screen.getByText(/March 2023: 6 lines, 4 history rows, 4 charts, 1 restated after closing\./)).toBeTruthy();
    expect(screen.getByText(/status changed from Off track to On track/)).toBeTruthy();
  });

  it('closes a month with the name and note given, and shows a refusal in plain words', async () => {
    const { services, user } = await renderView();
    services.closeMonth.mockRejectedValueOnce(
      new Error('Give your name to close the month: Excel does not tell the add-in who is using it.'),
    );
    await user.click(screen.getByRole('button', { name: 'Close April 2023' }));
    await screen.findByText(/Give your name to close the month/);
    await user.type(screen.getByLabelText(/Your name/), 'Sam');
    await user.type(screen.getByLabelText('Note'), 'Submitted');
    services.closeMonth.mockResolvedValueOnce({ region: 'KSS', month: APRIL, rowsUsed: 4, closedAt: 45000 });
    await user.click(screen.getByRole('button', { name: 'Close April 2023' }));
    expect(services.closeMonth).toHaveBeenLastCalledWith({
      region: 'KSS',
      month: APRIL,
      analyst: 'Sam',
      note: 'Submitted',
    });
    await screen.findByText('Kent, Surrey and Sussex, April 2023: closed with 4 rows used.');

    services.closeMonth.mockResolvedValueOnce({
      region: 'KSS',
      month: APRIL,
      rowsUsed: 4,
      closedAt: 45100,
      closedBefore: {
        closedAt: 45000.5,
        analyst: 'Sam',
        changes: ['Employed six weeks after release: 16% then, 17% now'],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Close April 2023' }));
    await screen.findByText(
      'Kent, Surrey and Sussex, April 2023: closed with 4 rows used. It was closed before, on 15 March 2023 at 12:00 by Sam. Changed since: Employed six weeks after release: 16% then, 17% now.',
    );
  });

  it('refuses a name longer than a cell holds, beside the field, before anything is written', async () => {
    const { services, user } = await renderView();
    const name = screen.getByLabelText(/Your name/);
    await user.click(name);
    await user.paste('x'.repeat(32_768));
    expect(
      await screen.findByText(/^Your name is 32,768 characters long, and an Excel cell holds at most 32,767/),
    ).toBeTruthy();
    const close = screen.getByRole('button', { name: 'Close April 2023' });
    expect(close.getAttribute('aria-disabled')).toBe('true');
    await user.click(close);
    expect(services.closeMonth).not.toHaveBeenCalled();
  });

  it("refuses a report month outside the plans' range, saying which months are in it", async () => {
    const fakes = fakeServices({ changes: [], progress: [], checked: NO_ACTUALS, selection: [] });
    fakes.services.reportOptions.mockResolvedValue({
      months: [monthIndexOf(2099, 10)],
      regions: [{ region: 'KSS', editions: [2022, 2023], inForce: [2023] }],
    });
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ReportView services={fakes.services} />
      </FluentProvider>,
    );
    expect(
      await screen.findByText(
        "The report month, October 2099, is outside the plans' range (April 2021 to March 2030). Choose a month within it.",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Build report' }));
    expect(fakes.services.buildReport).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Close October 2099' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('exports the board pack and appends the plans’ own figures', async () => {
    const checked = jest.fn();
    const { services, user } = await renderView(checked);
    services.exportBoardPack.mockResolvedValueOnce({
      fileName: 'board-pack-KSS-2023-04.xlsx',
      delivery: 'new workbook',
    });
    await user.click(screen.getByRole('button', { name: 'Export board pack' }));
    await screen.findByText('Board pack opened');
    screen.getByText(
      'Excel opened the board pack as a new workbook. It is not saved yet: save it there (File › Save As), for example as board-pack-KSS-2023-04.xlsx.',
    );
    services.exportBoardPack.mockResolvedValueOnce({ fileName: 'board-pack-KSS-2023-04.xlsx', delivery: 'download' });
    await user.click(screen.getByRole('button', { name: 'Export board pack' }));
    await screen.findByText('Board pack downloaded');
    screen.getByText(
      'Your browser downloaded board-pack-KSS-2023-04.xlsx to where it keeps downloads (usually the Downloads folder).',
    );
    expect(services.exportBoardPack).toHaveBeenCalledTimes(2);

    services.appendPlanFigures.mockResolvedValue({ added: 4, alreadyThere: 0, summary: NO_ACTUALS });
    await user.click(screen.getByRole('button', { name: "Append the plans' own figures" }));
    await screen.findByText('4 figures added.');
    expect(checked).toHaveBeenCalledWith(NO_ACTUALS); // the pane's progress follows the check the append made
    await waitFor(() => expect(services.reportOptions).toHaveBeenCalledTimes(2)); // the months are read again
  });

  it('has no serious accessibility problems', async () => {
    const { container } = await renderView();
    expect(await seriousViolations(container)).toEqual([]);
  });
});
