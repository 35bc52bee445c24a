/** jest globalSetup: the production build the built-artifact tests check, once per run (see buildOnce.ts). */
import { ensureProductionBuild } from './buildOnce';

export default function globalSetup(): void {
  const outcome = ensureProductionBuild();
  const line = `[globalSetup] ${outcome.ok ? outcome.message : `${outcome.message.split('\n')[0]} (the built-artifact tests will fail with its output)`}`;
  console.log(`\n${line}`);
}
