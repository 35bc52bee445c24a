/**
 * The task pane as a user meets it: the production build served on 127.0.0.1, opened in headless
 * Chromium at task pane width, office.js answered locally, and the in-memory Excel double behind
 * `window.Excel`. `book(fn)` runs fn against the double inside the page.
 */
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { ExcelDouble } from '../excelDouble';
import { requireProductionBuild, ROOT } from '../support/buildOnce';
import { launchChromium, routeOfficeJs } from '../support/chromium';
import { ensureExcelDoubleScript } from '../support/excelDoubleScript';
import { serveFolder, type StaticServer } from '../support/staticServer';

export const SCREENSHOTS = path.join(ROOT, 'test-results');

export interface PaneSession {
  page: Page;
  /** Runs `inspect` in the page against the Excel double and returns its (serialisable) result. */
  book<T, A = undefined>(inspect: (double: ExcelDouble, arg: A) => T, arg?: A): Promise<T>;
  close(): Promise<void>;
  /** The Content-Security-Policy violations the page has reported so far (events, then console errors). */
  policyViolations(): Promise<string[]>;
}

/** In the page, before its scripts: keeps each securitypolicyviolation event as a line of text. */
function recordPolicyViolations(): void {
  const seen: string[] = [];
  Object.assign(window, { policyViolations: seen });
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
  );
}

let shared: { browser: Browser; server: StaticServer; doubleScript: string } | undefined;

async function setUp(): Promise<NonNullable<typeof shared>> {
  if (!shared) {
    const dist = requireProductionBuild(); // never test a stale dist/ left by an earlier, passing build
    // Bundled by jest's globalSetup; built here only when it is missing or stale (a run without it).
    const { file: doubleScript } = await ensureExcelDoubleScript();
    shared = { browser: await launchChromium(), server: await serveFolder(dist), doubleScript };
  }
  return shared;
}

export async function openPane(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<PaneSession> {
  const { browser, server, doubleScript } = await setUp();
  const context = await browser.newContext({
    viewport: { width: 320, height: 1000 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const policyConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyConsole.push(message.text());
  });
  await routeOfficeJs(page, server.url);
  await page.addInitScript(recordPolicyViolations);
  await page.addInitScript({ path: doubleScript });
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole('button', { name: 'Load plan data' }).waitFor({ timeout: 20000 });
  if (pageErrors.length > 0) throw new Error(`The task pane raised errors: ${pageErrors.join('; ')}`);
  return {
    page,
    book: <T, A>(inspect: (double: ExcelDouble, arg: A) => T, arg?: A) =>
      page.evaluate(
        ({ source, value }) => {
          const double = (window as unknown as { excelDouble: unknown }).excelDouble;
          return new Function('double', 'arg', `return (${source})(double, arg);`)(double, value);
        },
        { source: inspect.toString(), value: arg },
      ) as Promise<T>,
    close: () => context.close(),
    policyViolations: async () => [
      ...(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)),
      ...policyConsole,
    ],
  };
}

/** The pane's tab labels, in order. */
export const VIEWS = ['Plan', 'Actuals', 'Documents', 'Progress', 'Report', 'Functions'] as const;
export type ViewLabel = (typeof VIEWS)[number];

/** Shows a view by clicking its tab; resolves once its panel, and only its, is shown (a view loaded on demand, loaded). */
export async function openView(page: Page, label: ViewLabel): Promise<void> {
  await page.getByRole('tab', { name: label, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: label, exact: true });
  await panel.waitFor();
  await panel.getByText(/^Opening .*…$/).waitFor({ state: 'detached' });
  expect(await page.getByRole('tabpanel').count()).toBe(1);
}

/** The pane is as wide as the page: nothing in it needs a horizontal scroll bar at 320 px. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth, widest } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    // What sticks out, to name in the failure: the innermost elements whose right edge passes the page's.
    widest: [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
      .slice(0, 5)
      .map(
        (e) =>
          `<${e.tagName.toLowerCase()} class="${String(e.className).slice(0, 40)}"> "${(e.textContent ?? '').slice(0, 40)}" to ${Math.round(e.getBoundingClientRect().right)} px`,
      ),
  }));
  expect({ scrollWidth, widest }).toEqual({ scrollWidth: Math.min(scrollWidth, 320), widest: [] });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth); // less a vertical scroll bar, if any
}

/**
 * The production page where office.js cannot load (Microsoft's CDN blocked, as by a firewall) and
 * there is no Excel: every outside request fails. `pageErrors` collects uncaught errors.
 */
export async function openPageWithoutOffice(): Promise<{ page: Page; pageErrors: string[]; close(): Promise<void> }> {
  const { browser, server } = await setUp();
  const context = await browser.newContext({ viewport: { width: 320, height: 1000 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === server.url ? route.continue() : route.abort('blockedbyclient'),
  );
  await page.goto(`${server.url}/taskpane.html`);
  return { page, pageErrors, close: () => context.close() };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs axe-core in the page; returns the serious and critical violations. One finding is left out:
 * aria-hidden-focus on the focus guards Fluent's keyboard manager (tabster) puts around the tabs
 * (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>`). They only pass focus on, and Fluent
 * marks the finding as by design (microsoft/fluentui#27517); Accessibility Insights drops it too
 * (microsoft/accessibility-insights-web#7605). Any other element in that rule still counts.
 */
export async function seriousAccessibilityProblems(
  page: Page,
): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  // Evaluated by the test rather than added as an inline <script>, which the pane's policy refuses.
  await page.evaluate(`${readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')};undefined`);
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string };
    const axe = (
      window as unknown as {
        axe: {
          run(node: Element): Promise<{ violations: { id: string; impact: string; help: string; nodes: Node[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document.body);
    const focusGuard = (id: string, node: Node): boolean =>
      id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(node.html);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.filter((n) => !focusGuard(v.id, n)).map((n) => n.target.join(' ')),
      }))
      .filter((v) => v.targets.length > 0);
  });
}

export async function tearDown(): Promise<void> {
  if (!shared) return;
  await shared.browser.close();
  await shared.server.close();
  shared = undefined;
}
