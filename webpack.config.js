/*
 * Build of RRP for Excel: one shared runtime page (taskpane.html) that loads only taskpane.js, which
 * registers the custom functions itself (index.tsx imports ../functions/functions); functions.js, the
 * same functions alone, for the manifest's <Script> and the DOM-less load check below; functions.json
 * (custom function metadata, generated from the JSDoc); the icons, a help page and the manifest.
 *
 *   npm run build        production build into dist/, URLs rewritten to ADDIN_BASE_URL
 *   npm run build:dev    development build into dist/, URLs stay https://localhost:3000
 *   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs certificate
 *
 * Every build also runs AddinBuildChecksPlugin (below): it loads the emitted functions.js without a
 * DOM and fails the build if that throws or if any function in functions.json is not associated.
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { checkFunctionsBundle } = require('./scripts/functionsBundle');
const { pdfjsWorkerRule, PdfjsMinifiedPlugin } = require('./scripts/pdfjsBuild');

const DEV_PORT = 3000;
const DEV_BASE_URL = `https://localhost:${DEV_PORT}`;
const PLACEHOLDER_BASE_URL = 'https://rrp-for-excel.example.org';
const FUNCTIONS_ENTRY = './src/functions/functions.ts';
const DIST = path.resolve(__dirname, 'dist');
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** The production base URL: ADDIN_BASE_URL without trailing slashes, or the placeholder with a warning. */
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
async function devServerCertificate() {
  const files = { ca: path.join(CERT_DIR, 'ca.crt'), cert: path.join(CERT_DIR, 'localhost.crt'), key: path.join(CERT_DIR, 'localhost.key') };
  const present = Object.values(files).filter((f) => fs.existsSync(f));
  if (present.length === 0) {
    console.log(`Creating a development certificate in ${CERT_DIR} (office-addin-dev-certs)...`);
    // Only the generation step: installing (trusting) the CA needs an OS trust store and fails on
    // Linux, and getHttpsServerOptions() rejects when the CA is not trusted, so neither is used.
    const { generateCertificates } = require('office-addin-dev-certs');
    await generateCertificates(files.ca, files.cert, files.key);
    console.log('To trust it (Windows, macOS): npx office-addin-dev-certs install. On Linux, let the browser accept it.');
  } else if (present.length < 3) {
    const missing = Object.values(files).filter((f) => !fs.existsSync(f));
    throw new Error(`Incomplete development certificate: ${missing.join(', ')} missing. Run "npx office-addin-dev-certs uninstall" (or delete ${CERT_DIR}) and start the dev server again.`);
  }
  const options = { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  const validTo = new Date(new crypto.X509Certificate(options.cert).validTo);
  if (validTo.getTime() < Date.now()) {
    console.warn(`\n*** The development certificate ${files.cert} expired on ${validTo.toISOString().slice(0, 10)}.\n*** Run "npx office-addin-dev-certs uninstall" then "npx office-addin-dev-certs install" (or delete ${CERT_DIR}) and restart.\n`);
  }
  return options;
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** help.html (the manifest's SupportUrl and LearnMoreUrl): every function, from functions.json. */
function helpPage(metadata) {
  const items = metadata.functions
    .map((f) => {
      const signature = `=RRP.${f.name}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
      const params = f.parameters.map((p) => `<li><code>${escapeHtml(p.name)}</code>${p.optional ? ' (optional)' : ''}: ${escapeHtml(p.description || '')}</li>`).join('');
      return `<section><h2><code>${escapeHtml(signature)}</code></h2><p>${escapeHtml(f.description || '')}</p>${params ? `<ul>${params}</ul>` : ''}${f.result && f.result.dimensionality === 'matrix' ? '<p>Returns a table that spills into the cells below and to the right.</p>' : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>RRP for Excel: help</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}h1{color:#0b5c5e}h2{font-size:1.05rem;margin-top:1.75rem}code{background:#f0f4f4;padding:0 .2em}</style>
</head>
<body>
<h1>RRP for Excel</h1>
<p>Reducing Reoffending Plan targets, trajectories and progress in Excel. Type <code>=RRP.</code> in a cell to see the functions, or open the task pane from <strong>Home &gt; RRP for Excel</strong>.</p>
<p>Percentages are fractions, as Excel stores them (19% is 0.19). A function shows <code>#VALUE!</code> when it cannot read an argument and <code>#N/A</code> when the plan does not state what was asked; hover over the cell for the reason.</p>
${items}
</body>
</html>
`;
}

const assetText = (compilation, name) => {
  const asset = compilation.getAsset(name);
  if (!asset) return undefined;
  const source = asset.source.source();
  return Buffer.isBuffer(source) ? source.toString('utf8') : String(source);
};

/**
 * Emits help.html and checks what the build produced, failing the compilation (not just warning):
 * functions.json exists and lists functions (the metadata generator can fail without an error),
 * functions.js loads without a DOM and associates exactly the ids in functions.json, and a
 * production manifest has no localhost left. Runs on the final assets, the bytes that are emitted.
 */
class AddinBuildChecksPlugin {
  constructor({ production, baseUrl, placeholder }) {
    this.production = production;
    this.baseUrl = baseUrl;
    this.placeholder = placeholder;
  }

  apply(compiler) {
    const name = 'AddinBuildChecksPlugin';
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      const fail = (message) => compilation.errors.push(new WebpackError(`[RRP build check] ${message}`));

      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const metadataText = assetText(compilation, 'functions.json');
        if (metadataText === undefined) return; // reported below
        try {
          compilation.emitAsset('help.html', new sources.RawSource(helpPage(JSON.parse(metadataText))));
        } catch (error) {
          fail(`could not write help.html from functions.json: ${error.message}`);
        }
      });

      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const metadataText = assetText(compilation, 'functions.json');
        const functionsSource = assetText(compilation, 'functions.js');
        if (metadataText === undefined) {
          fail(`custom-functions-metadata produced no functions.json from ${FUNCTIONS_ENTRY} (see the errors above; its generator can also fail silently).`);
        } else if (functionsSource === undefined) {
          fail('the build emitted no functions.js.');
        } else {
          for (const problem of checkFunctionsBundle(functionsSource, metadataText)) fail(problem);
        }
        const manifest = assetText(compilation, 'manifest.xml');
        if (manifest === undefined) fail('the build emitted no manifest.xml.');
        else if (this.production && /localhost/i.test(manifest)) fail(`"localhost" is left in dist/manifest.xml; every URL should start with ${this.baseUrl}.`);
        if (this.production && this.placeholder) {
          compilation.warnings.push(new WebpackError(`[RRP build check] ADDIN_BASE_URL is not set: dist/manifest.xml points at the placeholder ${this.baseUrl}.`));
        }
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = (argv.mode || process.env.NODE_ENV || 'production') === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const { baseUrl, placeholder } = production ? productionBaseUrl() : { baseUrl: DEV_BASE_URL, placeholder: false };

  return {
    mode: production ? 'production' : 'development',
    context: __dirname,
    entry: {
      // No async chunks for the functions: Excel loads functions.js as one file.
      functions: { import: FUNCTIONS_ENTRY, asyncChunks: false },
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: DIST,
      filename: '[name].js',
      clean: true,
      // The same global in a page, a worker and node's vm (used by the build check and the tests).
      globalObject: 'globalThis',
      // Development: the dev server serves from its root; a fixed public path keeps the dev runtime
      // from needing document.currentScript ('auto' does), which a DOM-less load of functions.js lacks.
      // Production: 'auto' (relative to the script), which functions.js never needs at runtime.
      publicPath: production ? 'auto' : '/',
    },
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        pdfjsWorkerRule,
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Production type-checks everything it bundles; development only transpiles (npm run lint type-checks).
              transpileOnly: !production,
              onlyCompileBundledFiles: true,
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTIONS_ENTRY }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the page runs the custom functions too. taskpane.js registers them itself
        // (index.tsx imports functions.ts), so the domain code ships once; functions.js is still emitted
        // whole for the manifest's <Script> and for a DOM-less load.
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Production: every https://localhost:3000 (with or without a trailing slash) becomes the base URL.
            ...(production ? { transform: (content) => content.toString('utf8').replace(/https:\/\/localhost:3000/g, baseUrl) } : {}),
          },
        ],
      }),
      new AddinBuildChecksPlugin({ production, baseUrl, placeholder }),
      new PdfjsMinifiedPlugin(),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: DEV_PORT,
          server: { type: 'https', options: await devServerCertificate() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          // Live reload, not hot module replacement: nothing in the page's bundle (taskpane.js, which
          // registers the custom functions too) accepts hot updates.
          hot: false,
          liveReload: true,
        }
      : undefined,
  };
};
