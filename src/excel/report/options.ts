/**
 * What the pane offers before a build: the months with a used actual (latest first, the default) and
 * the regions reported with the editions each has. Syncs: 2 for up to 20,000 actuals rows.
 */
import { currentMonth, type Today } from '../../domain/actuals';
import { editionsOf } from '../../domain/planData';
import { editionInForce, reportRegions, type ReportOptions } from '../../domain/report';
import type { Edition } from '../../domain/planSchema';
import { toLayerError } from '../shared/layerErrors';
import { requireExcel } from '../shared/host';
import { readReportInputs } from './inputs';
import { REPORT_API } from './names';
import { runBatch } from '../shared/gateway';

export async function readReportOptions(today: Today = currentMonth()): Promise<ReportOptions> {
  requireExcel('build the board report', REPORT_API);
  try {
    return await runBatch(async (context) => {
      const inputs = await readReportInputs(context, today);
      const months = [...new Set(inputs.actuals.map((a) => a.month))].sort((a, b) => b - a);
      return {
        months,
        regions: reportRegions(inputs).map((region) => ({
          region,
          editions: [...editionsOf(region)],
          inForce: months.map((m) => editionInForce(region, m) as Edition),
        })),
      };
    });
  } catch (error) {
    throw toLayerError(error, 'read what the report can cover');
  }
}
