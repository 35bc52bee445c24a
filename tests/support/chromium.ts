/**
 * Debian's Chromium driven by playwright-core (no browser download). Office.js is answered from the
 * local @microsoft/office-js package in place of Microsoft's CDN, which tests cannot reach.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ], // playwright gives each launch a fresh, empty profile

  });
}

const OFFICE_DIST = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');

/** Answers every request to Microsoft's Office.js CDN with the local copy; blocks any other outside request. */
export async function routeOfficeJs(page: Page, ownOrigin: string): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === ownOrigin || url.protocol === 'data:') return route.continue();
    if (url.hostname === 'appsforoffice.microsoft.com') {
      const file = join(OFFICE_DIST, url.pathname.replace(/^\/lib\/1\.1\/hosted\//, ''));
      if (existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
}
