/**
 * Appending the plans' own March 2023 figures (the domain's planFigureRows) to RRP Actuals, then
 * checking the table, as any import. A figure whose row is already there (the same Note) is not added
 * twice, and only regions on RRP Targets (the plan loaded) get theirs. Syncs: 2 to read the Note
 * column (up to 20,000 rows) and RRP Targets' regions, then appendActuals's.
 */
import { currentMonth, type ActualsCheckSummary, type ActualsRow, type Today } from '../../domain/actuals';
import { planFigureRows, type PlanFiguresAdded } from '../../domain/report';
import { readActualsRows } from '../shared/actualsRows';
import { actualsError, readActualsColumns, requireAnalystColumns } from '../shared/actualsLayout';
import { exclusive } from '../shared/exclusive';
import { ExcelLayerError } from '../shared/excelErrors';
import { EXCEL_API, requireExcel } from '../shared/host';
import { sameName, TABLE_NAMES } from '../shared/sheetNames';
import { runBatch } from '../shared/gateway';

/** How rows are added to RRP Actuals and checked: the actuals' append (given by the caller, so the report does not reach into the actuals' code). */
export type AppendActuals = (rows: readonly ActualsRow[], today: Today) => Promise<ActualsCheckSummary>;

export async function appendPlanFigures(
  append: AppendActuals,
  today: Today = currentMonth(),
): Promise<PlanFiguresAdded> {
  requireExcel("add the plans' own figures", EXCEL_API.actuals);
  const rows = planFigureRows();
  let notes: Set<string>;
  let regions: Set<string> | undefined;
  try {
    ({ notes, regions } = await exclusive(() =>
      runBatch(async (context) => {
        const tables = context.workbook.tables.load('items/name');
        const layout = await readActualsColumns(context);
        requireAnalystColumns(layout, ['Note']);
        const hasTargets = tables.items.some((t) => sameName(t.name, TABLE_NAMES.targets));
        let targets: Excel.Range | undefined;
        // RRP Targets' regions go with the first block of notes (again, when it is read again smaller).
        const queueTargets = () =>
          (targets = hasTargets
            ? context.workbook.tables
                .getItem(TABLE_NAMES.targets)
                .columns.getItem('Region')
                .getDataBodyRange()
                .load('values')
            : undefined);
        const rows = await readActualsRows(context, layout, ['Note'], queueTargets);
        const notes = new Set(rows.map((r) => String(r.Note ?? '')));
        return { notes, regions: targets && new Set(targets.values.map((cells) => String(cells[0]))) };
      }),
    ));
  } catch (error) {
    throw actualsError(error, "add the plans' own figures");
  }
  const wanted = rows.filter((r) => regions === undefined || regions.has(String(r.Region)));
  const missing = wanted.filter((r) => !notes.has(String(r.Note)));
  if (wanted.length === 0)
    throw new ExcelLayerError(
      'None of the regions loaded has a 2023 annual update stating March 2023 figures, so there is nothing to add.',
      'NothingToAdd',
    );
  if (missing.length === 0) return { added: 0, alreadyThere: wanted.length };
  return {
    added: missing.length,
    alreadyThere: wanted.length - missing.length,
    summary: await append(missing, today),
  };
}
