// @ts-check
/**
 * The task pane's Content-Security-Policy (taskpane.html's first <meta>; README, "Content Security
 * Policy", says why each source is there). The page may load script from its own origin (taskpane.js,
 * the chunks it loads on demand, pdf.js) and from Microsoft's Office.js CDN; start workers from its own
 * origin (pdf.js's); and nothing else: no inline script, no eval, no plugins, no other hosts.
 * tests/e2e/contentSecurityPolicy.e2e.test.ts uses every part of the production pane under it.
 */
'use strict';

const crypto = require('crypto');

/** Where taskpane.html loads office.js, its host-specific files and its strings from. */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com';
/**
 * Office.js's logging frame (ULSEndpointProxy in its host files): a hidden iframe of this origin,
 * given style="display:none" by setAttribute.
 */
const OFFICE_JS_LOGGING_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com';

/** A CSP hash source of `text`. */
const hashSource = (/** @type {string} */ text) =>
  `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * @param {{ devServerSocket?: string }} [options] devServerSocket: the webpack dev server's live-reload
 *   WebSocket (wss://localhost:3000), allowed only in the page the dev server serves.
 * @returns {string}
 */
function taskPanePolicy({ devServerSocket } = {}) {
  return [
    "default-src 'none'",
    `script-src 'self' ${OFFICE_JS_CDN}`,
    "worker-src 'self'",
    // Fluent UI's styles (Griffel, and FluentProvider's theme) go into empty <style> elements through
    // CSSOM (insertRule), which CSP does not govern: the hash of "" admits those elements and no text.
    `style-src ${hashSource('')}`,
    `style-src-attr 'unsafe-hashes' ${hashSource('display:none')}`,
    `frame-src ${OFFICE_JS_LOGGING_FRAME}`,
    ...(devServerSocket ? [`connect-src ${devServerSocket}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { taskPanePolicy };
