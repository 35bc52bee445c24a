/**
 * Loading the plan into the workbook, in at most three syncs whatever the number of regions and metrics:
 *   1. survey: sheet names and protection, table names and their sheets, workbook protection;
 *   2. (only when some of our tables exist) the actuals table's column names and what is in the cells
 *      the rebuilt targets and progress tables will cover (survey.ts);
 *   3. every write (targets, actuals, then progress, whose formulas refer to the actuals table's
 *      columns, so an old actuals table gets its missing add-in columns first), plus the count of
 *      the existing actuals rows for the report.
 * Everything that could make Excel refuse is checked before the writes, so a refused load writes nothing.
 */
import { queueActualsRowCount, queueActualsUpgrade, queueNewActuals } from './actualsSheet';
import { toLayerError } from '../shared/layerErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { loadReportOf, type LoadReport } from '../../domain/layout/loadReport';
import { placeTables } from './placement';
import type { LoadPlanOptions } from '../../domain/layout/planSelection';
import { selectPlanData } from './planSelection';
import { PROGRESS_TABLE } from '../../domain/layout/progressTable';
import { queueProgress } from './progressSheet';
import { surveyWorkbook } from './survey';
import { tableSize } from '../../domain/layout/tables';
import { TARGETS_TABLE } from '../../domain/layout/targetsTable';
import { queueTargets } from './targetsSheet';
import { runBatch } from '../shared/gateway';

export async function loadPlanIntoWorkbook(options: LoadPlanOptions): Promise<LoadReport> {
  requireExcel('load the plan', EXCEL_API.loadPlan);
  const selection = selectPlanData(options);
  try {
    return await runBatch(async (context) => {
      const rebuilt = {
        targets: tableSize(TARGETS_TABLE, selection.targets.length),
        progress: tableSize(PROGRESS_TABLE, selection.progress.length),
      };
      const placements = placeTables(await surveyWorkbook(context, rebuilt));

      queueTargets(context, placements.targets, selection.targets);
      let actualsRows: OfficeExtension.ClientResult<number> | undefined;
      let addedColumns: string[] = [];
      if (placements.actuals.existing) {
        addedColumns = queueActualsUpgrade(context, placements.actuals);
        actualsRows = queueActualsRowCount(context, placements.actuals);
      } else queueNewActuals(context, placements.actuals);
      const progress = queueProgress(context, placements.progress, selection.progress);
      progress.sheet.activate();
      await context.sync();

      return loadReportOf(placements, selection, actualsRows ? actualsRows.value : 1, addedColumns);
    });
  } catch (error) {
    throw toLayerError(error, 'load the plan');
  }
}
