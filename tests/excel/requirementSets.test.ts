/**
 * manifest.xml declares every requirement set the code needs: each Office.js API the add-in calls,
 * with the set @types/office-js gives it ([Api set: …]), found by the TypeScript checker over src/.
 * A host the manifest admits has every API the code uses; one that lacks any is not offered the add-in.
 */
import fs from 'fs';
import path from 'path';
import { checkManifest } from '../../scripts/manifestChecks';
import { compareVersions, highestSets, officeApiUses, type ApiUse } from '../support/officeApis';

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
    });
    expect(uses.filter((u) => u.set === 'ExcelApi').length).toBeGreaterThan(50);
  });

  it('are all declared in manifest.xml at the version the code needs or above', () => {
    const manifest = declared();
    const needed = highestSets(uses);
    const short = Object.entries(needed)
      .filter(([set, { version }]) => manifest[set] === undefined || compareVersions(manifest[set], version) < 0)
      .map(
        ([set, { version, api }]) => `${set} ${version} (for ${api}; the manifest says ${manifest[set] ?? 'nothing'})`,
      );
    expect(short).toEqual([]);
    // 1.13: Table.resize, over rows appended below a table (the co-authoring page's advice, not rows.add).
    expect(needed).toMatchObject({ ExcelApi: { version: '1.13' }, CustomFunctionsRuntime: { version: '1.3' } });
    // The shared runtime (task pane and functions in one page) is a set of its own, not an API call.
    expect(manifest.SharedRuntime).toBe('1.1');
  });
});
