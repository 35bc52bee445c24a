/**
 * How the report looks, as plain data: the heading style, the status and signal colours, and the
 * printed footer. The Excel layer turns them into formats and conditional-format rules
 * (report/reportSheet.ts, report/printSetup.ts); the board pack copies them.
 */
import { STATUS_COLOURS } from '../layout/statusColours';
import { monthLabel, type MonthIndex } from '../months';
import { QUALITATIVE } from './reportRows';

export const HEADER_STYLE = { fill: '#1F4E79', font: '#FFFFFF' };
/** Status colours of the report: those of RRP Progress, and grey for a commitment in words. */
export const REPORT_STATUS_COLOURS: Readonly<Record<string, { fill: string; font: string }>> = {
  ...STATUS_COLOURS,
  [QUALITATIVE]: STATUS_COLOURS['No actual yet'],
};

/** Blue for improvement or a target passed, orange for concern or one failed (Making Data Count's), light enough for dark text. */
export const SIGNAL_COLOURS: readonly { text: string; fill: string; font: string }[] = [
  { text: 'Special cause: improvement', fill: '#D4ECF9', font: '#0B4F75' },
  { text: 'Special cause: concern', fill: '#FDEBCB', font: '#7A4A00' },
  { text: 'Passes the target', fill: '#D4ECF9', font: '#0B4F75' },
  { text: 'Fails the target', fill: '#FDEBCB', font: '#7A4A00' },
];

/** Footer text: "&" starts a code in Excel's header and footer language, so a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, '&&');

export const FOOTER = {
  left: (month: MonthIndex): string => footerText(`RRP board report: ${monthLabel(month)}`),
  centre: footerText(
    'Source: Reducing Reoffending Plan documents (HMPPS). Crown copyright. Open Government Licence v3.0.',
  ),
  right: 'Page &P of &N',
};
