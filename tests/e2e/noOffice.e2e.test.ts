/** End to end, in headless Chromium: the production page where office.js cannot load says how to open it in Excel, without an error. */
import { describeWithChromium } from '../support/chromium';
import { openPageWithoutOffice, screenshot, tearDown } from './pane';

jest.setTimeout(90_000);
afterAll(tearDown);

describeWithChromium('the no-office.js end-to-end test')('the task pane without office.js', () => {
  it('renders a plain message on opening the add-in in Excel, and raises no page error', async () => {
    const { page, pageErrors, close } = await openPageWithoutOffice();
    try {
      await page.getByRole('heading', { name: 'RRP for Excel runs inside Excel' }).waitFor({ timeout: 30_000 });
      await page.getByText('choose Home > RRP for Excel').waitFor({ timeout: 5_000 });
      await page.getByText('office.js').waitFor({ timeout: 5_000 });
      expect(await page.getByRole('button', { name: 'Load plan data' }).count()).toBe(0);
      await page.waitForTimeout(500); // anything the bundle would still throw
      await screenshot(page, 'no-office-js.png');
      expect(pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
