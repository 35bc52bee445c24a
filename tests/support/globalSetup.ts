/**
 * jest globalSetup, once per run: the production build the built-artifact and end-to-end tests use
 * (see buildOnce.ts), and the Excel double's browser bundle for the end-to-end tests (see
 * excelDoubleScript.ts). Each is skipped when the one in place is of the current sources.
 */
import { ensureProductionBuild } from './buildOnce';
import { ensureExcelDoubleScript } from './excelDoubleScript';

export default async function globalSetup(): Promise<void> {
  const outcome = ensureProductionBuild();
  const line = `[globalSetup] ${outcome.ok ? outcome.message : `${outcome.message.split('\n')[0]} (the built-artifact tests will fail with its output)`}`;
  console.log(`\n${line}`);
  const started = Date.now();
  try {
    const double = await ensureExcelDoubleScript();
    console.log(
      `[globalSetup] ${double.built ? `Excel double for the e2e tests bundled in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'Excel double for the e2e tests is up to date'}`,
    );
  } catch (error) {
    // The e2e tests try again when they start, and fail with the bundler's errors.
    console.log(`[globalSetup] could not bundle the Excel double for the e2e tests: ${String(error).split('\n')[0]}`);
  }
}
