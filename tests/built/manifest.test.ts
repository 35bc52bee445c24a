/**
 * The manifest as written (manifest.xml, for the dev server) and as built (dist/manifest.xml, from the
 * production build jest's globalSetup runs with ADDIN_BASE_URL=TEST_ADDIN_BASE_URL): one shared
 * runtime, URLs that point at files the build emits, the RRP namespace, icons of the stated sizes,
 * no localhost in production. The checks themselves are scripts/manifestChecks.js, which
 * `node scripts/validate-offline.js` also runs.
 */
import fs from 'fs';
import path from 'path';
import {
  checkManifest,
  formatReport,
  pathBelow,
  readPngSize,
  DEV_BASE_URL,
  type ManifestCheckResult,
  type ManifestInfo,
} from '../../scripts/manifestChecks';
import { DIST, ROOT, TEST_ADDIN_BASE_URL, requireProductionBuild } from '../support/buildOnce';

const devXml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

/** Fails with every check's outcome, so a failure says which check and why. */
function expectAllChecksPass(label: string, result: ManifestCheckResult): ManifestInfo {
  const failed = result.checks.filter((c) => !c.ok && c.level === 'error');
  if (failed.length > 0) throw new Error(formatReport(label, result));
  expect(result.ok).toBe(true);
  expect(result.info).toBeDefined();
  return result.info as ManifestInfo;
}

/** The local file behind a URL of a manifest built for `baseUrl`, in `dir`. */
const fileIn = (dir: string, url: string | undefined, baseUrl: string): string => {
  const urlPath = pathBelow(url, baseUrl);
  if (urlPath === undefined) throw new Error(`${url} is not below ${baseUrl}`);
  return path.join(dir, urlPath);
};

function sharedRuntimeExpectations(info: ManifestInfo): void {
  expect(info.runtimes).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
  expect(info.pageResid).toBe(info.runtimeResid);
  expect(info.functionFileResid).toBe(info.runtimeResid);
  expect(info.taskpaneButtonResids.length).toBeGreaterThan(0);
  for (const resid of info.taskpaneButtonResids) expect(resid).toBe(info.runtimeResid);
  expect(info.namespace).toBe('RRP');
  expect(info.permissions).toBe('ReadWriteDocument');
  expect(info.hasAppDomains).toBe(false);
  expect(info.requirementSets).toEqual(
    expect.arrayContaining([
      { name: 'SharedRuntime', minVersion: '1.1' },
      { name: 'CustomFunctionsRuntime', minVersion: '1.3' },
      { name: 'ExcelApi', minVersion: '1.13' },
      { name: 'Settings', minVersion: '1.1' },
    ]),
  );
  expect(info.displayName).toBe('RRP for Excel');
  expect(info.providerName).toBe('RRP for Excel');
}

describe('manifest.xml (development)', () => {
  let info: ManifestInfo;

  beforeAll(() => {
    requireProductionBuild(); // the Script, Page and Metadata files are checked against dist/
    info = expectAllChecksPass(
      'manifest.xml',
      checkManifest(devXml, {
        baseUrl: DEV_BASE_URL,
        resolveFile: (urlPath) =>
          urlPath.startsWith('/assets/') ? path.join(ROOT, urlPath) : path.join(DIST, urlPath),
      }),
    );
  });

  test('passes every offline check', () => {
    expect(info).toBeDefined();
  });

  test('uses one runtime resid for Runtimes, Page, FunctionFile and the ribbon button, with the RRP namespace', () => {
    sharedRuntimeExpectations(info);
  });

  test('points Script, Page and Metadata at the dev server files the build emits', () => {
    expect(info.urls.script).toBe(`${DEV_BASE_URL}/functions.js`);
    expect(info.urls.page).toBe(`${DEV_BASE_URL}/taskpane.html`);
    expect(info.urls.metadata).toBe(`${DEV_BASE_URL}/functions.json`);
    for (const url of [info.urls.script, info.urls.page, info.urls.metadata, info.urls.supportUrl]) {
      expect(fs.existsSync(fileIn(DIST, url, DEV_BASE_URL))).toBe(true);
    }
  });

  test('states icons of 16, 32 and 80 for the ribbon, 32 and 64 for the add-in, and each PNG has that size', () => {
    expect(info.icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const icon of info.icons) {
      const file = path.join(ROOT, pathBelow(icon.url, DEV_BASE_URL) as string);
      expect({ icon: icon.what, ...readPngSize(fs.readFileSync(file)) }).toEqual({
        icon: icon.what,
        width: icon.size,
        height: icon.size,
      });
    }
  });

  test('every URL is on https://localhost:3000', () => {
    expect(info.allUrls.length).toBeGreaterThan(0);
    for (const { url } of info.allUrls) expect(url.startsWith(`${DEV_BASE_URL}/`)).toBe(true);
  });
});

describe('dist/manifest.xml (production build)', () => {
  let distXml: string;
  let info: ManifestInfo;

  beforeAll(() => {
    requireProductionBuild();
    distXml = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    info = expectAllChecksPass(
      'dist/manifest.xml',
      checkManifest(distXml, {
        baseUrl: TEST_ADDIN_BASE_URL,
        forbidLocalhost: true,
        resolveFile: (urlPath) => path.join(DIST, urlPath),
      }),
    );
  });

  test('has no localhost left and every URL starts with the ADDIN_BASE_URL it was built with', () => {
    expect(distXml).not.toMatch(/localhost/i);
    expect(info.allUrls.length).toBe(checkManifest(devXml).info?.allUrls.length);
    for (const { url } of info.allUrls) expect(url.startsWith(`${TEST_ADDIN_BASE_URL}/`)).toBe(true);
  });

  test('is the development manifest with only the base URL changed', () => {
    expect(distXml).toBe(devXml.split(DEV_BASE_URL).join(TEST_ADDIN_BASE_URL));
  });

  test('keeps the shared runtime, namespace, permissions and requirement sets', () => {
    sharedRuntimeExpectations(info);
  });

  test('Script, Page, Metadata and SupportUrl are files in dist/', () => {
    expect(fileIn(DIST, info.urls.script, TEST_ADDIN_BASE_URL)).toBe(path.join(DIST, 'functions.js'));
    expect(fileIn(DIST, info.urls.page, TEST_ADDIN_BASE_URL)).toBe(path.join(DIST, 'taskpane.html'));
    expect(fileIn(DIST, info.urls.metadata, TEST_ADDIN_BASE_URL)).toBe(path.join(DIST, 'functions.json'));
    for (const url of [info.urls.script, info.urls.page, info.urls.metadata, info.urls.supportUrl]) {
      expect(fs.existsSync(fileIn(DIST, url, TEST_ADDIN_BASE_URL))).toBe(true);
    }
  });

  test('the runtime page loads office.js from the CDN, then taskpane.js, which registers every custom function', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(['https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js', 'taskpane.js']);
    const page = fs.readFileSync(path.join(DIST, 'taskpane.js'), 'utf8');
    const ids = (
      JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string }[] }
    ).functions.map((f) => f.id);
    for (const id of ids) expect(page).toContain(`CustomFunctions.associate("${id}"`);
  });

  test('icons in dist/assets have the sizes the manifest states', () => {
    for (const icon of info.icons) {
      const { width, height } = readPngSize(fs.readFileSync(fileIn(DIST, icon.url, TEST_ADDIN_BASE_URL)));
      expect({ icon: icon.what, width, height }).toEqual({ icon: icon.what, width: icon.size, height: icon.size });
    }
  });
});

describe('the offline checks catch broken manifests', () => {
  const failedChecks = (xml: string, options = {}) =>
    checkManifest(xml, options)
      .checks.filter((c) => !c.ok && c.level === 'error')
      .map((c) => c.name);

  test('malformed XML', () => {
    expect(failedChecks(devXml.replace('</Permissions>', ''))).toEqual(['well-formed XML']);
  });

  test('a resid with no resource', () => {
    expect(
      failedChecks(
        devXml.replace('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Nmespace"/>'),
      ),
    ).toEqual(expect.arrayContaining(['every resid is defined in Resources', 'custom functions namespace is RRP']));
  });

  test('a Page that is not the shared runtime', () => {
    const xml = devXml.replace(
      /<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/,
      '<Page><SourceLocation resid="Functions.Script.Url"/>',
    );
    expect(failedChecks(xml)).toContain('Runtime, Page, FunctionFile and the task pane button share one resid');
  });

  test('AppDomains, a missing requirement set and a localhost URL in production', () => {
    const xml = devXml
      .replace('<Hosts>', '<AppDomains><AppDomain>https://example.org</AppDomain></AppDomains>\n  <Hosts>')
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '');
    expect(failedChecks(xml)).toEqual(
      expect.arrayContaining([
        'no AppDomains',
        'requirement sets SharedRuntime 1.1, CustomFunctionsRuntime 1.3, ExcelApi 1.13, Settings 1.1',
      ]),
    );
    expect(failedChecks(devXml, { baseUrl: TEST_ADDIN_BASE_URL, forbidLocalhost: true })).toEqual(
      expect.arrayContaining([`every URL starts with ${TEST_ADDIN_BASE_URL}/`, 'no "localhost" anywhere']),
    );
  });

  test('an icon of the wrong size', () => {
    const result = checkManifest(devXml.replace('assets/icon-80.png', 'assets/icon-64.png'), {
      resolveFile: (p) => path.join(ROOT, p),
    });
    expect(result.checks.filter((c) => !c.ok).map((c) => c.name)).toContain('image Icon.80x80 (size="80") is 80x80');
  });
});
