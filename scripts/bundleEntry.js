/*
 * Bundles a TypeScript entry with the project's webpack and ts-loader (transpile only), for code that
 * runs outside the add-in build: the Excel double in the end-to-end tests' browser, and the bench's
 * Excel-layer measurements in node.
 */
'use strict';

const path = require('path');
const webpack = require('webpack');

/** Resolves to outFile once written; target is 'web' or 'node'. */
function bundleEntry(entry, outFile, target) {
  const compiler = webpack({
    mode: 'production',
    optimization: { minimize: false },
    devtool: false,
    target,
    entry,
    output: { path: path.dirname(outFile), filename: path.basename(outFile), iife: true, library: target === 'node' ? { type: 'commonjs2' } : undefined },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    // In node, exceljs (the board pack writer's library) is required from node_modules, not bundled.
    externals: target === 'node' ? { exceljs: 'commonjs exceljs' } : undefined,
    module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
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
