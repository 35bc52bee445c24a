/**
 * The fingerprint of the plan kept on RRP Plan that the workbook's RRP formulas were last calculated
 * with, kept in the workbook's add-in settings (Office.context.document.settings, saved into the
 * document by saveAsync, so it travels with the file). When the workbook opens with another plan on
 * RRP Plan (edited without the add-in, say), its formulas are stale: Excel recalculates only volatile
 * functions on open.
 */
import { fingerprintOf } from '../../domain/fingerprint';

const SETTING = 'rrpPlanFingerprint';

/** The plan of a workbook that has never had one on RRP Plan (no setting saved means this). */
export const NO_PLAN_FINGERPRINT = fingerprintOf('[]');

const settings = (): Office.Settings | undefined =>
  typeof Office === 'undefined' ? undefined : Office.context?.document?.settings;

/** The fingerprint saved in the workbook, or that of no plan when none is. */
export function savedFingerprint(): string {
  const saved: unknown = settings()?.get(SETTING);
  return typeof saved === 'string' ? saved : NO_PLAN_FINGERPRINT;
}

/**
 * Keeps `fingerprint` in the workbook. Resolves whether or not Excel could save it: should it not, the
 * next opening recalculates the RRP formulas once more, which is harmless.
 */
export function saveFingerprint(fingerprint: string): Promise<void> {
  const store = settings();
  if (!store || store.get(SETTING) === fingerprint) return Promise.resolve();
  store.set(SETTING, fingerprint);
  return new Promise((resolve) => store.saveAsync(() => resolve()));
}
