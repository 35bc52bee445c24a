/** Text the layer writes: through the domain's formula-safe cellText, or kept exactly as typed. */
import { cellText, exactText } from '../../domain/cellText';

export const asCellText = cellText;

/** Text Excel keeps exactly as given (the domain's exactText). */
export const asExactText = exactText;
