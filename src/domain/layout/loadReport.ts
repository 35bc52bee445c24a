/** What a load of the plan did (load/loadPlan.ts), in plain words, one line per change. */
import { editionLabel } from '../editions';
import { metricName } from '../metrics';
import type { Edition } from '../planSchema';
import { regionName } from '../regions';
import { countOf, listed } from '../wording';
import type { Placement, Placements } from './placement';
import type { PlanSelection } from './planSelection';
import { SHEET_NAMES } from './sheetNames';

export interface SheetOutcome {
  sheetName: string;
  action: 'created' | 'rebuilt' | 'kept';
  /** Set when our usual sheet name belongs to a sheet of the user's, so another name was used. */
  avoidedUserSheet?: string;
}

export interface LoadReport {
  /** Plain-words lines for the pane, e.g. "Kept RRP Actuals and its 12 rows as they were." */
  changes: string[];
  targets: SheetOutcome;
  actuals: SheetOutcome;
  progress: SheetOutcome;
  targetCount: number;
  progressRowCount: number;
  /** Rows of RRP Actuals after the load (a new table has Excel's one blank row). */
  actualsRowCount: number;
}

function outcome(p: Placement): SheetOutcome {
  const action = p.existing ? (p.role === 'actuals' ? 'kept' : 'rebuilt') : 'created';
  return p.displaced
    ? { sheetName: p.sheetName, action, avoidedUserSheet: SHEET_NAMES[p.role] }
    : { sheetName: p.sheetName, action };
}

const AVOIDED_WHAT: Record<Placement['role'], string> = {
  targets: 'the targets were',
  actuals: 'the actuals table was',
  progress: 'progress was',
};

/** `addedColumns`: the add-in's columns added to an existing actuals table. */
export function loadReportOf(
  placements: Placements,
  selection: PlanSelection,
  actualsRowCount: number,
  addedColumns: readonly string[] = [],
): LoadReport {
  const { targets, actuals, progress } = placements;
  const changes: string[] = [];
  const avoided = (p: Placement) => {
    if (p.displaced)
      changes.push(
        `A sheet named ${SHEET_NAMES[p.role]} already exists and is not one of ours, so ${AVOIDED_WHAT[p.role]} written to ${p.sheetName}.`,
      );
  };

  avoided(targets);
  const targetCount = countOf(selection.targets.length, 'target');
  changes.push(
    targets.existing
      ? `Rebuilt ${targets.sheetName} with ${targetCount}.`
      : `Created sheet ${targets.sheetName} with ${targetCount}.`,
  );

  avoided(actuals);
  changes.push(
    actuals.existing
      ? `Kept ${actuals.sheetName} and its ${countOf(actualsRowCount, 'row')} as they were.`
      : `Created sheet ${actuals.sheetName} with an empty table for your monthly actuals.`,
  );
  if (addedColumns.length > 0) {
    const [columns, them] = addedColumns.length === 1 ? ['column', 'it'] : ['columns', 'them'];
    changes.push(
      `Added the ${columns} ${listed(addedColumns)} at the right of ${actuals.sheetName}: the add-in fills ${them} when it checks your rows, and ${progress.sheetName} reads ${them}. Your rows were not changed. Check actuals to bring ${progress.sheetName} up to date.`,
    );
  }

  avoided(progress);
  const rows = countOf(selection.progress.length, 'row');
  changes.push(
    progress.existing
      ? `Rebuilt ${progress.sheetName} with ${rows}, one per region and metric.`
      : `Created sheet ${progress.sheetName} with ${rows}, one per region and metric.`,
  );

  if (selection.regionsWithout.length > 0) {
    const names = selection.regionsWithout.map(regionName);
    changes.push(
      `${listed(names)} ${names.length === 1 ? 'has' : 'have'} no plan targets in the add-in's data for the chosen editions, so nothing was loaded for ${names.length === 1 ? 'it' : 'them'}.`,
    );
  }
  if (selection.qualitative.length > 0) {
    const metrics = [...new Set(selection.qualitative.map((t) => metricName(t.metric).toLowerCase()))];
    changes.push(
      `Targets for ${listed(metrics)} are commitments in words with no numbers to track, so they are on ${targets.sheetName} but not on ${progress.sheetName}.`,
    );
  }
  if (selection.superseded.length > 0) {
    const regions = [...new Set(selection.superseded.map((t) => t.region))];
    const latest = regions.map(
      (r) =>
        `${regionName(r)}: ${editionLabel(selection.targets.reduce((latest, t) => (t.region === r ? Math.max(latest, t.edition) : latest), 0) as Edition)}`,
    );
    changes.push(
      `Where more than one plan edition was loaded for a region, ${progress.sheetName} tracks the latest (${listed(latest)}).`,
    );
  }

  return {
    changes,
    targets: outcome(targets),
    actuals: outcome(actuals),
    progress: outcome(progress),
    targetCount: selection.targets.length,
    progressRowCount: selection.progress.length,
    actualsRowCount,
  };
}
