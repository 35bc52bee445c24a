/**
 * Appending the plans' own March 2023 figures (the domain's planFigureRow) to RRP Actuals, then
 * checking the table, as any import. One locked read and append: runs of it go one at a time, so two
 * overlapping runs cannot both find a figure missing. A figure is already there when a row has its
 * region, metric, month and source (the domain's isPlanFigureRow: not the exact Note, which the
 * analyst may have edited), and only regions on RRP Targets (the plan loaded) get theirs. Syncs: 2 to
 * read RRP Actuals' Region, Metric, Month and Note (up to 20,000 rows) and RRP Targets' regions, then
 * appendActuals's.
 */
import { currentMonth, type ActualsCheckSummary, type ActualsRow, type Today } from '../../domain/actuals';
import { isPlanFigureRow, planFigureRow, planFigureTargets, type PlanFiguresAdded } from '../../domain/report';
import { readActualsRows } from '../shared/actualsRows';
import { actualsError, readActualsColumns, requireAnalystColumns } from '../shared/actualsLayout';
import { exclusive, oneAtATime } from '../shared/exclusive';
import { ExcelLayerError } from '../shared/layerErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { sameName, TABLE_NAMES } from '../../domain/layout/sheetNames';
import { runBatch } from '../shared/gateway';

const RECOGNISED_BY = ['Region', 'Metric', 'Month', 'Note'] as const;

/** How rows are added to RRP Actuals and checked: the actuals' append (given by the caller, so the report does not reach into the actuals' code). */
export type AppendActuals = (rows: readonly ActualsRow[], today: Today) => Promise<ActualsCheckSummary>;

/** Runs of "Append the plans' own figures", one at a time: each reads only after the one before has appended. */
const oneRunAtATime = oneAtATime();

async function readFigureCells(): Promise<{ rows: ActualsRow[]; regions?: Set<string> }> {
  try {
    return await exclusive(() =>
      runBatch(async (context) => {
        const tables = context.workbook.tables.load('items/name');
        const layout = await readActualsColumns(context);
        requireAnalystColumns(layout, [...RECOGNISED_BY]);
        const hasTargets = tables.items.some((t) => sameName(t.name, TABLE_NAMES.targets));
        let targets: Excel.Range | undefined;
        // RRP Targets' regions go with the first block of rows (again, when it is read again smaller).
        const queueTargets = () =>
          (targets = hasTargets
            ? context.workbook.tables
                .getItem(TABLE_NAMES.targets)
                .columns.getItem('Region')
                .getDataBodyRange()
                .load('values')
            : undefined);
        const rows = await readActualsRows(context, layout, RECOGNISED_BY, queueTargets);
        return { rows, regions: targets && new Set(targets.values.map((cells) => String(cells[0]))) };
      }),
    );
  } catch (error) {
    throw actualsError(error, "add the plans' own figures");
  }
}

export function appendPlanFigures(append: AppendActuals, today: Today = currentMonth()): Promise<PlanFiguresAdded> {
  requireExcel("add the plans' own figures", EXCEL_API.actuals);
  return oneRunAtATime(async () => {
    const { rows, regions } = await readFigureCells();
    const wanted = planFigureTargets().filter((t) => regions === undefined || regions.has(t.region));
    if (wanted.length === 0)
      throw new ExcelLayerError(
        'None of the regions loaded has a 2023 annual update stating March 2023 figures, so there is nothing to add.',
        'NothingToAdd',
      );
    const missing = wanted.filter((t) => !rows.some((row) => isPlanFigureRow(row, t)));
    if (missing.length === 0) return { added: 0, alreadyThere: wanted.length };
    return {
      added: missing.length,
      alreadyThere: wanted.length - missing.length,
      summary: await append(missing.map(planFigureRow), today),
    };
  });
}
