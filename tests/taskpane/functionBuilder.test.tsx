/** @jest-environment jsdom */
/** The Function builder view: the formula it builds, the value it previews, and inserting it. */
import '../support/jsdomSetup';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { formula, renderFunctions } from '../support/samplePane';

const preview = (): string => screen.getByRole('status', { name: 'Preview' }).textContent ?? '';

describe('Function builder', () => {
  const choose = async (user: UserEvent, label: string, value: string): Promise<void> => {
    await user.selectOptions(screen.getByRole('combobox', { name: label }), value);
  };
  const type = async (user: UserEvent, label: string, text: string): Promise<void> => {
    const input = screen.getByRole('textbox', { name: label });
    await user.clear(input);
    if (text !== '') await user.type(input, text);
  };

  it('builds TARGET for KSS six-week employment and previews 19%', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'TARGET');
    await choose(user, 'Region', 'KSS');
    await choose(user, 'Metric', 'EMP_6W');
    expect(formula()).toBe('=RRP.TARGET("KSS","EMP_6W")');
    expect(preview()).toBe('19%');
    await choose(user, 'Plan edition', '2022');
    expect(formula()).toBe('=RRP.TARGET("KSS","EMP_6W",2022)');
    expect(preview()).toBe('19%');
    await choose(user, 'Function', 'DEADLINE');
    expect(preview()).toBe('31/07/2023');
    await choose(user, 'Function', 'BASELINE');
    expect(preview()).toBe('12%');
  });

  it('builds TRAJECTORY for YH in September 2023: 17.92%', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'TRAJECTORY');
    await choose(user, 'Region', 'YH');
    await type(user, 'Month', 'Sep 2023');
    expect(formula()).toBe('=RRP.TRAJECTORY("YH","EMP_6W","Sep 2023")');
    expect(preview()).toBe('17.92%');
  });

  it('builds STATUS from a percentage and a month: At risk', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'STATUS');
    await choose(user, 'Region', 'YH');
    await choose(user, 'Metric', 'EMP_6W');
    await type(user, 'Actual', '17.5%');
    await type(user, 'Month', 'Sep 2023');
    expect(formula()).toBe('=RRP.STATUS("YH","EMP_6W",0.175,"Sep 2023")');
    expect(preview()).toBe('At risk');
    await type(user, 'Actual', '0.165');
    expect(preview()).toBe('Off track');
  });

  it('shows the #VALUE! message for an unreadable month and #N/A for what the plan does not answer', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'STATUS');
    await choose(user, 'Region', 'YH');
    await type(user, 'Actual', '17.5%');
    await type(user, 'Month', 'Smarch 2023');
    expect(preview()).toBe(
      '#VALUE!: Month "Smarch 2023" cannot be read as a month. Give an Excel date (any day in the month) or text such as "2023-10", "Oct 2023", "October 2023", "10/2023" or "Oct-23".',
    );
    await type(user, 'Month', 'Oct 2023');
    await choose(user, 'Region', 'NE');
    expect(preview()).toMatch(/^#N\/A: North East has no Reducing Reoffending Plan targets/);
  });

  it('leaves a cell reference to Excel', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'GAP');
    await choose(user, 'Region', 'SC');
    await type(user, 'Actual', 'b2');
    expect(formula()).toBe('=RRP.GAP("SC","EMP_6W",B2)');
    expect(preview()).toBe('Worked out in Excel from the value in B2.');
    await type(user, 'Actual', '18%');
    expect(preview()).toBe('2%');
  });

  it('doubles quotes in text it puts in the formula', async () => {
    const { user } = await renderFunctions();
    await choose(user, 'Function', 'TRAJECTORY');
    await type(user, 'Month', 'Oct "23');
    expect(formula()).toBe('=RRP.TRAJECTORY("KSS","EMP_6W","Oct ""23")');
    expect(preview()).toMatch(/^#VALUE!: Month "Oct "23" cannot be read/);
  });

  it("refuses a typed month outside the plans' range beside the field, and does not insert", async () => {
    const { services, user } = await renderFunctions();
    await choose(user, 'Function', 'TRAJECTORY');
    await type(user, 'Month', 'Oct 2099');
    expect(
      screen.getByText(
        "The month, October 2099, is outside the plans' range (April 2021 to March 2030). Choose a month within it.",
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Insert in active cell' }));
    expect(services.insertFormula).not.toHaveBeenCalled();
  });

  it('inserts exactly the formula shown, and shows why an insert failed', async () => {
    const { services, user } = await renderFunctions();
    await choose(user, 'Function', 'STATUS');
    await choose(user, 'Region', 'YH');
    await type(user, 'Actual', '17.5%');
    await type(user, 'Month', 'Oct 2023');
    await user.click(screen.getByRole('button', { name: 'Insert in active cell' }));
    expect(services.insertFormula).toHaveBeenCalledWith('=RRP.STATUS("YH","EMP_6W",0.175,"Oct 2023")');
    expect(
      await screen.findByText('Inserted =RRP.STATUS("YH","EMP_6W",0.175,"Oct 2023") in the active cell.'),
    ).toBeTruthy();

    services.insertFormula.mockRejectedValueOnce(
      new Error('Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.'),
    );
    await user.click(screen.getByRole('button', { name: 'Insert in active cell' }));
    expect(
      await screen.findByText('Excel is busy editing a cell. Press Enter or Esc in the cell, then try again.'),
    ).toBeTruthy();
  });
});
