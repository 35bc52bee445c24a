/**
 * Colours for the Check column of RRP Actuals: conditional-format rules that read the Check text, so
 * the analyst's cells are never painted and the colours follow each new check by themselves.
 * Errors red, warnings amber, missing values grey, OK plain. The rules tell the statuses apart by the
 * beginnings the domain states in checkWording.ts. The formulas are in R1C1 form with a relative "RC"
 * (the cell itself), so they hold wherever the table sits and however far it grows. The Excel
 * layer's shared/checkColours.ts queues them.
 */
import { MISSING_PREFIXES, NOTE_PREFIX, OK_MESSAGE } from '../actuals';

export const CHECK_COLOURS = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  missing: { fill: '#EDEDED', font: '#595959' },
} as const;

/** An Excel string literal: quotes doubled. */
const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const beginsWith = (prefix: string): string => `LEFT(RC,${prefix.length})=${literal(prefix)}`;
const beginsOtherwise = (prefix: string): string => `LEFT(RC,${prefix.length})<>${literal(prefix)}`;

/** Mutually exclusive, so neither their order nor "stop if true" matters. */
export const CHECK_RULE_FORMULAS: Record<keyof typeof CHECK_COLOURS, string> = {
  warning: `=${beginsWith(NOTE_PREFIX)}`,
  missing: `=OR(${MISSING_PREFIXES.map(beginsWith).join(',')})`,
  error: `=AND(RC<>"",RC<>${literal(OK_MESSAGE)},${[NOTE_PREFIX, ...MISSING_PREFIXES].map(beginsOtherwise).join(',')})`,
};
