/**
 * The domain's choice of plan records to load (domain/layout/planSelection.ts): a refusal becomes
 * the layer's error, thrown before any batch.
 */
import { decidePlanSelection, type LoadPlanOptions, type PlanSelection } from '../../domain/layout/planSelection';
import { ExcelLayerError } from '../shared/layerErrors';

export function selectPlanData(options: LoadPlanOptions): PlanSelection {
  const decision = decidePlanSelection(options);
  if ('refused' in decision) throw new ExcelLayerError(decision.refused.message, decision.refused.code);
  return decision.selection;
}
