#!/usr/bin/env node
// @ts-check
/*
 * Offline manifest validation (Microsoft's `office-addin-manifest validate` needs its web service).
 * Checks manifest.xml and, when a build exists, dist/manifest.xml: well-formed XML, every resid
 * defined, the RRP namespace, one shared runtime, requirement sets, permissions, URLs and icon sizes.
 * Prints every check; exits 1 if any fails.
 *
 *   node scripts/validate-offline.js
 *   ADDIN_BASE_URL=https://host/path node scripts/validate-offline.js   (the base dist/ was built for)
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { DEV_BASE_URL, checkManifest, formatReport, parseXml } = require('./manifestChecks');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const hasBuild = fs.existsSync(path.join(DIST, 'manifest.xml'));

/**
 * The base URL dist/manifest.xml was built for: ADDIN_BASE_URL if set, else read from its DefaultSettings page URL.
 * @param {string} xmlText
 * @returns {string | undefined}
 */
function distBaseUrl(xmlText) {
  if (process.env.ADDIN_BASE_URL) return process.env.ADDIN_BASE_URL.trim().replace(/\/+$/, '');
  try {
    const root = parseXml(xmlText);
    const settings = root.children.find((c) => c.name === 'DefaultSettings');
    const source = settings && settings.children.find((c) => c.name === 'SourceLocation');
    const url = source && source.attrs.DefaultValue;
    if (url && url.endsWith('/taskpane.html')) return url.slice(0, -'/taskpane.html'.length);
  } catch {
    // reported by checkManifest
  }
  return undefined;
}

let failed = false;
/**
 * @param {string} label
 * @param {import('./manifestChecks').ManifestCheckResult} result
 */
const report = (label, result) => {
  console.log(formatReport(label, result));
  const failures = result.checks.filter((c) => !c.ok && c.level === 'error').length;
  console.log(
    failures === 0
      ? `  => ${label}: all ${result.checks.length} checks passed\n`
      : `  => ${label}: ${failures} check(s) FAILED\n`,
  );
  if (failures > 0) failed = true;
};

// The development manifest: icons come from assets/ (copied to dist/assets/); the other files are
// what the build emits, checked when dist/ exists.
const devXml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
report(
  'manifest.xml',
  checkManifest(devXml, {
    baseUrl: DEV_BASE_URL,
    resolveFile: (urlPath) =>
      urlPath.startsWith('/assets/') ? path.join(ROOT, urlPath) : hasBuild ? path.join(DIST, urlPath) : null,
  }),
);
if (!hasBuild)
  console.log(
    '(no dist/ build: the files behind the Script, Page and Metadata URLs were not checked; run npm run build)\n',
  );

if (hasBuild) {
  const distXml = fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
  const baseUrl = distBaseUrl(distXml);
  const production = baseUrl !== undefined && baseUrl !== DEV_BASE_URL;
  report(
    `dist/manifest.xml (base URL ${baseUrl || 'unknown'}${production ? '' : ', development build'})`,
    checkManifest(distXml, {
      baseUrl: baseUrl || DEV_BASE_URL,
      forbidLocalhost: production,
      resolveFile: (urlPath) => path.join(DIST, urlPath),
    }),
  );
}

process.exit(failed ? 1 : 0);
