// @ts-check
/** Where the build points the manifest (the production base URL) and the dev server's certificate. */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const PLACEHOLDER_BASE_URL = 'https://rrp-for-excel.example.org';
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** The production base URL: ADDIN_BASE_URL without trailing slashes, or the placeholder with a warning. */
/** @returns {{ baseUrl: string, placeholder: boolean }} */
function productionBaseUrl() {
  const raw = (process.env.ADDIN_BASE_URL || '').trim();
  if (raw === '') {
    console.warn(
      [
        '',
        '*** ADDIN_BASE_URL is not set. dist/manifest.xml will point at the placeholder',
        `*** ${PLACEHOLDER_BASE_URL}, which hosts nothing. Build for your server with, for example:`,
        '***   ADDIN_BASE_URL=https://addins.example.gov.uk/rrp npm run build',
        '',
      ].join('\n'),
    );
    return { baseUrl: PLACEHOLDER_BASE_URL, placeholder: true };
  }
  const baseUrl = raw.replace(/\/+$/, '');
  if (!baseUrl.startsWith('https://')) {
    throw new Error(`ADDIN_BASE_URL must start with https:// (Office loads add-ins only over https); it is "${raw}".`);
  }
  let parsed;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" is not a URL.`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`ADDIN_BASE_URL "${raw}" must be a plain base URL, without a query, fragment or credentials.`);
  }
  return { baseUrl, placeholder: false };
}

/** The dev server's certificate files, created with office-addin-dev-certs when none exist yet. */
/** @returns {Promise<{ ca: Buffer, cert: Buffer, key: Buffer }>} */
async function devServerCertificate() {
  const files = {
    ca: path.join(CERT_DIR, 'ca.crt'),
    cert: path.join(CERT_DIR, 'localhost.crt'),
    key: path.join(CERT_DIR, 'localhost.key'),
  };
  const present = Object.values(files).filter((f) => fs.existsSync(f));
  if (present.length === 0) {
    console.log(`Creating a development certificate in ${CERT_DIR} (office-addin-dev-certs)...`);
    // Only the generation step: installing (trusting) the CA needs an OS trust store and fails on
    // Linux, and getHttpsServerOptions() rejects when the CA is not trusted, so neither is used.
    const { generateCertificates } = require('office-addin-dev-certs');
    await generateCertificates(files.ca, files.cert, files.key);
    console.log(
      'To trust it (Windows, macOS): npx office-addin-dev-certs install. On Linux, let the browser accept it.',
    );
  } else if (present.length < 3) {
    const missing = Object.values(files).filter((f) => !fs.existsSync(f));
    throw new Error(
      `Incomplete development certificate: ${missing.join(', ')} missing. Run "npx office-addin-dev-certs uninstall" (or delete ${CERT_DIR}) and start the dev server again.`,
    );
  }
  const options = { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  const validTo = new Date(new crypto.X509Certificate(options.cert).validTo);
  if (validTo.getTime() < Date.now()) {
    console.warn(
      `\n*** The development certificate ${files.cert} expired on ${validTo.toISOString().slice(0, 10)}.\n*** Run "npx office-addin-dev-certs uninstall" then "npx office-addin-dev-certs install" (or delete ${CERT_DIR}) and restart.\n`,
    );
  }
  return options;
}

module.exports = { productionBaseUrl, devServerCertificate };
