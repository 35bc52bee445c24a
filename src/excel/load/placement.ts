/**
 * The domain's placement decision (domain/layout/placement.ts) as the load acts on it: a refusal
 * becomes the layer's error, thrown before any write.
 */
import { decidePlacement, type Placements, type WorkbookSurvey } from '../../domain/layout/placement';
import { ExcelLayerError } from '../shared/layerErrors';

export function placeTables(survey: WorkbookSurvey): Placements {
  const decision = decidePlacement(survey);
  if ('refused' in decision) throw new ExcelLayerError(decision.refused.message, decision.refused.code);
  return decision.placements;
}
