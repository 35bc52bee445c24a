// @ts-check
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
 * Every build also runs AddinBuildChecksPlugin (scripts/buildChecks.js): it loads the emitted functions.js without a
 * DOM and fails the build if that throws or if any function in functions.json is not associated.
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { AddinBuildChecksPlugin } = require('./scripts/buildChecks');
const { devServerCertificate, productionBaseUrl } = require('./scripts/buildSettings');
const { pdfjsWorkerRule, PdfjsMinifiedPlugin } = require('./scripts/pdfjsBuild');
const { taskPanePolicy } = require('./scripts/contentSecurityPolicy');

const DEV_PORT = 3000;
const DEV_BASE_URL = `https://localhost:${DEV_PORT}`;
const FUNCTIONS_ENTRY = './src/functions/functions.ts';
const DIST = path.resolve(__dirname, 'dist');

/**
 * @param {{ WEBPACK_SERVE?: boolean }} [env] webpack-cli's environment (WEBPACK_SERVE under webpack serve)
 * @param {{ mode?: string }} [argv] webpack-cli's options
 * @returns {Promise<import('webpack').Configuration & { devServer?: import('webpack-dev-server').Configuration }>}
 */
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
        // The page's Content-Security-Policy; under the dev server it also admits live reload's socket.
        contentSecurityPolicy: taskPanePolicy({
          devServerSocket: serving ? DEV_BASE_URL.replace(/^https:/, 'wss:') : undefined,
        }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            // Production: every https://localhost:3000 (with or without a trailing slash) becomes the base URL.
            ...(production
              ? { transform: (content) => content.toString('utf8').replace(/https:\/\/localhost:3000/g, baseUrl) }
              : {}),
          },
        ],
      }),
      new AddinBuildChecksPlugin({ production, baseUrl, placeholder, functionsEntry: FUNCTIONS_ENTRY }),
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
