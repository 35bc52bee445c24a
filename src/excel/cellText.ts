/** Cell entries the layer writes: numbers as they are, text through the domain's formula-safe cellText. */
import { cellText } from '../domain/cellText';
import type { Cell } from '../domain/rrpAnswers';

export const asCellText = cellText;

export const asCellEntry = (value: Cell): Cell => (typeof value === 'string' ? cellText(value) : value);
