// @ts-check
/*
 * Bundles a TypeScript entry with the project's webpack and ts-loader (transpile only), for code that
 * runs outside the add-in build: the Excel double in the end-to-end tests' browser, the PDF test's
 * page (pdf.js and its worker, handled as the add-in build handles them), and the bench's Excel-layer
 * measurements in node.
 */
'use strict';

const path = require('path');
const webpack = require('webpack');
const { pdfjsWorkerRule } = require('./pdfjsBuild');

/**
 * Resolves to outFile once written.
 * @param {string} entry
 * @param {string} outFile
 * @param {'web' | 'node'} target
 * @returns {Promise<string>}
 */
function bundleEntry(entry, outFile, target) {
  const compiler = webpack({
    mode: 'production',
    optimization: { minimize: false },
    devtool: false,
    target,
    entry,
    output: {
      path: path.dirname(outFile),
      filename: path.basename(outFile),
      iife: true,
      library: target === 'node' ? { type: 'commonjs2' } : undefined,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    // In node, exceljs (the board pack writer's library) is required from node_modules, not bundled.
    externals: target === 'node' ? { exceljs: 'commonjs exceljs' } : undefined,
    module: { rules: [pdfjsWorkerRule, { test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats && stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve(outFile);
    }),
  );
}

module.exports = { bundleEntry };
