/** The Check column's colours (domain/layout/checkColours.ts) as conditional-format rules. */
import { CHECK_COLOURS, CHECK_RULE_FORMULAS } from '../../domain/layout/checkColours';

/** Queues the rules on the Check column's data body (they grow with the table). */
export function queueCheckColours(checkBody: Excel.Range): void {
  for (const status of ['error', 'warning', 'missing'] as const) {
    const rule = checkBody.conditionalFormats.add('Custom').custom;
    rule.rule.formulaR1C1 = CHECK_RULE_FORMULAS[status];
    rule.format.fill.color = CHECK_COLOURS[status].fill;
    rule.format.font.color = CHECK_COLOURS[status].font;
  }
}
