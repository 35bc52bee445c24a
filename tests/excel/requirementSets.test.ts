/**
 * manifest.xml declares every requirement set the code needs: each Office.js API the add-in calls,
 * with the set @types/office-js gives it ([Api set: …]), found by the TypeScript checker over src/.
 * A host the manifest admits has every API the code uses; one that lacks any is not offered the add-in,
 * except an API asked for only where the host says it has its set (GUARDED).
 */
import fs from 'fs';
import path from 'path';
import { checkManifest } from '../../scripts/manifestChecks';
import { compareVersions, highestSets, officeApiUses, type ApiUse } from '../support/officeApis';
import { UNDO_GROUP_API } from '../../src/excel/shared/gateway';

/**
 * APIs above the manifest's sets, used only where Office.context.requirements says the host has the
 * set: grouping a batch's syncs into one undo step (Excel.RunOptions.mergeUndoGroup, ExcelApi 1.20),
 * which the gateway asks for only then (the RunOptions page does not say what an older host does with
 * an option it lacks).
 */
const GUARDED: Record<string, { set: string; version: string; where: string; asks: string }> = {
  'Excel.RunOptions.mergeUndoGroup': {
    set: 'ExcelApi',
    version: UNDO_GROUP_API,
    where: 'src/excel/shared/gateway.ts',
    asks: "isSetSupported('ExcelApi', UNDO_GROUP_API)",
  },
};

const ROOT = path.join(__dirname, '..', '..');
const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );

let uses: ApiUse[];
beforeAll(() => {
  uses = officeApiUses(ROOT, sourceFiles(path.join(ROOT, 'src')));
}, 180_000);

const declared = (): Record<string, string> => {
  const info = checkManifest(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8')).info;
  return Object.fromEntries((info?.requirementSets ?? []).map((s) => [s.name, s.minVersion ?? '1.1']));
};

describe('requirement sets', () => {
  it('finds the Office.js APIs the code calls, each with its set', () => {
    const byApi = Object.fromEntries(uses.map((u) => [u.api, u.set && `${u.set} ${u.version}`]));
    // A sample of what the scan must see, so a scan that finds nothing cannot pass.
    expect(byApi).toMatchObject({
      'Excel.DataValidation.rule': 'ExcelApi 1.8',
      'Excel.Table.onChanged': 'ExcelApi 1.7',
      'Excel.TableCollection.onDeleted': 'ExcelApi 1.9',
      'Excel.WorksheetCollection.onDeleted': 'ExcelApi 1.7',
      'Excel.TableCollection.getItemOrNullObject': 'ExcelApi 1.4',
      'Excel.Range.getResizedRange': 'ExcelApi 1.2',
      'Excel.Table.resize': 'ExcelApi 1.13',
      'CustomFunctions.Error': 'CustomFunctionsRuntime 1.2',
      'CustomFunctions.ErrorCode.invalidValue': 'CustomFunctionsRuntime 1.3',
      'Excel.RunOptions.mergeUndoGroup': 'ExcelApi 1.20',
    });
    expect(uses.filter((u) => u.set === 'ExcelApi').length).toBeGreaterThan(50);
  });

  it('are all declared in manifest.xml at the version the code needs or above', () => {
    const manifest = declared();
    const needed = highestSets(uses.filter((u) => GUARDED[u.api] === undefined));
    const short = Object.entries(needed)
      .filter(([set, { version }]) => manifest[set] === undefined || compareVersions(manifest[set], version) < 0)
      .map(
        ([set, { version, api }]) => `${set} ${version} (for ${api}; the manifest says ${manifest[set] ?? 'nothing'})`,
      );
    expect(short).toEqual([]);
    // 1.13: Table.resize, over rows appended below a table (the co-authoring page's advice, not rows.add).
    expect(needed).toMatchObject({ ExcelApi: { version: '1.13' }, CustomFunctionsRuntime: { version: '1.3' } });
    // The shared runtime (task pane and functions in one page) is a set of its own, not an API call;
    // it also brings Office.addin.onVisibilityModeChanged (a deleted table noticed when the pane is shown).
    expect(manifest.SharedRuntime).toBe('1.1');
    // Office.context.document.settings (the plan's fingerprint, plan/fingerprint.ts) is the Settings set.
    expect(fs.readFileSync(path.join(ROOT, 'src/excel/plan/fingerprint.ts'), 'utf8')).toContain('document?.settings');
    expect(manifest.Settings).toBe('1.1');
    // Excel.RunOptions.delayForCellEdit is ExcelApi 1.5 (the set's page lists it; the typings give no set).
    expect(uses.some((u) => u.api === 'Excel.RunOptions.delayForCellEdit')).toBe(true);
    expect(compareVersions(manifest.ExcelApi, '1.5')).toBeGreaterThanOrEqual(0);
  });

  it('uses an API above the manifest only where the host is asked for its set first', () => {
    for (const [api, { set, version, where, asks }] of Object.entries(GUARDED)) {
      const found = uses.filter((u) => u.api === api);
      expect(found.map((u) => `${u.set} ${u.version} ${u.where.split(':')[0]}`)).toEqual([
        `${set} ${version} ${where}`,
      ]);
      expect(fs.readFileSync(path.join(ROOT, where), 'utf8')).toContain(asks);
    }
  });
});
