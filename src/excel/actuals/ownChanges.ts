/**
 * The changes an import makes to RRP Actuals, known by what was written: the cells of the rows it
 * appends. Excel raises change events after the batch that made the change, in no fixed order with
 * the code that resumes after sync(), so the watcher cannot tell its own writes by when their events
 * arrive. The import notes each area it writes before sending it; the watcher recognises an event
 * for exactly that area once (the import checks those rows itself), and any later change to the
 * same cells, the analyst's, is checked. Areas are noted only while a watcher listens.
 */
import { boxAddress, cellBox, type CellBox } from '../../domain/layout/a1';

let listeners = 0;
const expected: string[] = [];

/** "B2:L4" for any form Excel may report ("'RRP Actuals'!$B$2:$L$4"); undefined when it is not one block. */
function normalised(address: string): string | undefined {
  const box = cellBox(address);
  return box && boxAddress(box);
}

/** Notes, before it is sent, an area of the sheet the add-in is about to write (0-based sheet rows and columns). */
export function expectOwnChange(box: CellBox): void {
  if (listeners > 0) expected.push(boxAddress(box));
}

/** True (once) when a change event's address is an area the add-in noted: its own write. */
export function isOwnChange(address: string): boolean {
  const key = normalised(address);
  const index = key === undefined ? -1 : expected.indexOf(key);
  if (index < 0) return false;
  expected.splice(index, 1);
  return true;
}

/** A watcher starts listening; returns the function it calls when it stops. */
export function listenForOwnChanges(): () => void {
  listeners += 1;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    listeners -= 1;
    if (listeners === 0) expected.length = 0;
  };
}
