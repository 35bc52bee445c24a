// @ts-check
/*
 * How the build handles pdf.js (src/taskpane/documentFiles/pdfText.ts loads it on demand):
 * - pdfjsWorkerRule: pdf.js's worker, which pdfText points at with new URL(…, import.meta.url), is
 *   emitted as published under a .js name. A module worker must be served as JavaScript; not every
 *   host knows .mjs (IIS does not), every host serves .js as JavaScript.
 * - PdfjsMinifiedPlugin: pdf.js is published minified (pdf.min.mjs, pdf.worker.min.mjs), so the
 *   worker and the pdfjs chunk are marked minimized and the minimizer leaves them: minifying them
 *   again would add about half a minute to every production build and change nothing.
 * webpack.config.js uses both; scripts/bundleEntry.js (the PDF test's browser page) the worker rule.
 */
'use strict';

const WORKER_NAME = /^pdf\.worker\.[0-9a-f]+\.js$/;
const CHUNK_NAME = 'pdfjs.js';

const pdfjsWorkerRule = {
  test: /[\\/]pdfjs-dist[\\/].*pdf\.worker(?:\.min)?\.mjs$/,
  type: 'asset/resource',
  generator: { filename: 'pdf.worker.[contenthash:8].js' },
};

class PdfjsMinifiedPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PdfjsMinifiedPlugin', (compilation) => {
      // Before the minimizer's stage (OPTIMIZE_SIZE), which skips assets already minimized.
      compilation.hooks.processAssets.tap(
        { name: 'PdfjsMinifiedPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (name === CHUNK_NAME || WORKER_NAME.test(name))
              compilation.updateAsset(name, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

module.exports = { pdfjsWorkerRule, PdfjsMinifiedPlugin };
