/**
 * Debian's Chromium driven by playwright-core (no browser download). Office.js is answered from the
 * local @microsoft/office-js package in place of Microsoft's CDN, which tests cannot reach.
 * Without Chromium the end-to-end tests are skipped with a message, except in CI (CI set), where they
 * fail: CI must never pass by skipping them.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** True when the CI variable is set (to anything but "", "0" or "false"), as CI services set it. */
export function inCi(): boolean {
  const ci = (process.env.CI ?? '').trim().toLowerCase();
  return ci !== '' && ci !== '0' && ci !== 'false';
}

const MISSING = `Chromium was not found at ${CHROMIUM_PATH}. Install it (Debian or Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.`;

/**
 * `describe` for tests that need Chromium. Without Chromium: outside CI, `describe.skip` and a message
 * saying why (on stderr: jest hides the console output of a file whose tests are all skipped); in CI,
 * `describe`, so the tests run and fail with launchChromium's message.
 */
export function describeWithChromium(what: string): jest.Describe {
  if (chromiumAvailable() || inCi()) return describe;
  process.stderr.write(`\nSkipping ${what}: ${MISSING} (With CI set, as in CI, they fail instead.)\n`);
  return describe.skip;
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable())
    throw new Error(`${MISSING}${inCi() ? ' CI is set, so the end-to-end tests fail rather than skip.' : ''}`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
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
      if (existsSync(file))
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
    }
    return route.fulfill({ status: 404, body: '' });
  });
}
