// @ts-check
/** The webpack plugin that checks what a build produced (see its comment below). */
'use strict';

const { checkFunctionsBundle } = require('./functionsBundle');
const { helpPage, HELP_CSS } = require('./helpPage');

/**
 * @param {import('webpack').Compilation} compilation
 * @param {string} name
 * @returns {string | undefined}
 */
const assetText = (compilation, name) => {
  const asset = compilation.getAsset(name);
  if (!asset) return undefined;
  const source = asset.source.source();
  return Buffer.isBuffer(source) ? source.toString('utf8') : String(source);
};

/**
 * Emits help.html (and help.css) and checks what the build produced, failing the compilation (not just warning):
 * functions.json exists and lists functions (the metadata generator can fail without an error),
 * functions.js loads without a DOM and associates exactly the ids in functions.json, and a
 * production manifest has no localhost left. Runs on the final assets, the bytes that are emitted.
 */
class AddinBuildChecksPlugin {
  /** @param {{ production: boolean, baseUrl: string, placeholder: boolean, functionsEntry: string }} options */
  constructor({ production, baseUrl, placeholder, functionsEntry }) {
    this.functionsEntry = functionsEntry;
    this.production = production;
    this.baseUrl = baseUrl;
    this.placeholder = placeholder;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const name = 'AddinBuildChecksPlugin';
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      const fail = (/** @type {string} */ message) =>
        compilation.errors.push(new WebpackError(`[RRP build check] ${message}`));

      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const metadataText = assetText(compilation, 'functions.json');
        if (metadataText === undefined) return; // reported below
        try {
          compilation.emitAsset('help.html', new sources.RawSource(helpPage(JSON.parse(metadataText))));
          compilation.emitAsset('help.css', new sources.RawSource(HELP_CSS));
        } catch (error) {
          fail(
            `could not write help.html from functions.json: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      });

      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const metadataText = assetText(compilation, 'functions.json');
        const functionsSource = assetText(compilation, 'functions.js');
        if (metadataText === undefined) {
          fail(
            `custom-functions-metadata produced no functions.json from ${this.functionsEntry} (see the errors above; its generator can also fail silently).`,
          );
        } else if (functionsSource === undefined) {
          fail('the build emitted no functions.js.');
        } else {
          for (const problem of checkFunctionsBundle(functionsSource, metadataText)) fail(problem);
        }
        const manifest = assetText(compilation, 'manifest.xml');
        if (manifest === undefined) fail('the build emitted no manifest.xml.');
        else if (this.production && /localhost/i.test(manifest))
          fail(`"localhost" is left in dist/manifest.xml; every URL should start with ${this.baseUrl}.`);
        if (this.production && this.placeholder) {
          compilation.warnings.push(
            new WebpackError(
              `[RRP build check] ADDIN_BASE_URL is not set: dist/manifest.xml points at the placeholder ${this.baseUrl}.`,
            ),
          );
        }
      });
    });
  }
}

module.exports = { AddinBuildChecksPlugin };
