/** @jest-environment jsdom */
/** axe-core over the pane against fake services: every view, both themes, before and after loading, and a failed load. */
import '../support/jsdomSetup';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { screen } from '@testing-library/react';
import { openView, seriousViolations } from '../support/paneFakes';
import { loadButton, renderPane, VIEWS } from '../support/samplePane';

describe('accessibility (axe-core)', () => {
  it.each([
    ['light', webLightTheme],
    ['dark', webDarkTheme],
  ])('has no serious or critical violations in the %s theme, before and after loading', async (_, theme) => {
    const { container, user } = await renderPane(() => {}, theme);
    expect(await seriousViolations(container)).toEqual([]);

    await user.click(loadButton());
    await openView(user, 'Progress');
    await screen.findByRole('region', { name: 'Yorkshire and The Humber' });
    await openView(user, 'Functions');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Function' }), 'STATUS');
    await user.type(screen.getByRole('textbox', { name: 'Month' }), 'whenever');
    expect(await seriousViolations(container)).toEqual([]);
  });

  // One test per view and theme: each stays well within its budget on a loaded machine.
  it.each(
    VIEWS.flatMap(([label]) => [[label, 'light', webLightTheme] as const, [label, 'dark', webDarkTheme] as const]),
  )('has no serious or critical violations in the %s view (%s theme), after loading', async (label, _, theme) => {
    const { container, user } = await renderPane(() => {}, theme);
    await user.click(loadButton());
    await screen.findByText('Plan data loaded');
    await openView(user, label);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('has no serious or critical violations when a load fails or nothing is chosen', async () => {
    const { container, user } = await renderPane((s) =>
      s.loadPlan.mockRejectedValue(new Error('Excel could not add the sheet.')),
    );
    await user.click(loadButton());
    await screen.findByText('Excel could not add the sheet.');
    await user.click(screen.getByRole('checkbox', { name: 'Kent, Surrey and Sussex' }));
    expect(await seriousViolations(container)).toEqual([]);
  });
});
