/**
 * RRP Progress's worksheet formulas, calculated by a real spreadsheet engine (the double stores
 * formulas without calculating them): the workbook the double holds after a load and an import with
 * its check is written to .xlsx and LibreOffice computes the lookup columns (Latest month, Latest
 * actual, Gap to target) against known actuals. The RRP.* columns are the custom functions' own,
 * tested with the functions; LibreOffice shows #NAME? there.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Papa from 'papaparse';
import { appendActuals, loadPlanIntoWorkbook, PROGRESS_FORMULAS } from '../../src/excel';
import { calculatedCsv, describeWithLibreOffice } from '../support/libreOffice';
import { installedDouble } from '../support/excelLayer';
import { fileFormula, writeDoubleAsXlsx } from '../support/xlsxExport';
import { actualsRow } from '../support/actualsRow';

const TODAY = { year: 2024, month: 1 } as const;
const SEP_2023 = 45170;
const OCT_2023 = 45200;

describe('formulas in file form', () => {
  it('writes [@Column] as Table[[#This Row],[Column]] and prefixes the newer functions', () => {
    expect(fileFormula(PROGRESS_FORMULAS.latestMonth, 'RRPProgress')).toBe(
      'IF(COUNTIFS(RRPActuals[Used region],RRPProgress[[#This Row],[Region]],RRPActuals[Used metric],RRPProgress[[#This Row],[Metric]])=0,"",' +
        '_xlfn.MAXIFS(RRPActuals[Used month],RRPActuals[Used region],RRPProgress[[#This Row],[Region]],RRPActuals[Used metric],RRPProgress[[#This Row],[Metric]]))',
    );
    expect(fileFormula('=XLOOKUP([@[Latest month]],A[x],A[y])', 'T')).toBe(
      '_xlfn.XLOOKUP(T[[#This Row],[Latest month]],A[x],A[y])',
    );
  });

  it('uses only worksheet functions every Excel the manifest admits has, and none LibreOffice cannot compute', () => {
    const used = new Set(
      Object.values(PROGRESS_FORMULAS).flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual([
      'COUNTIFS',
      'IF',
      'ISNUMBER',
      'LOOKUP',
      'MAXIFS',
      'NOT',
      'OR',
      'RRP.STATUS',
      'RRP.TRAJECTORY',
    ]);
  });
});

describeWithLibreOffice('the RRP Progress formulas calculated by LibreOffice')(
  'RRP Progress calculated by LibreOffice',
  () => {
    let work: string;
    beforeAll(() => void (work = mkdtempSync(join(tmpdir(), 'rrp-xlsx-'))));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('finds the latest used month and its value for each region and metric, blank where there is none', async () => {
      const { double, restore } = installedDouble();
      try {
        await loadPlanIntoWorkbook({ regions: ['KSS', 'YH'], editions: 'latest' });
        await appendActuals(
          [
            actualsRow('KSS', 'EMP_6W', 'Sep 2023', '17.5%'),
            actualsRow('KSS', 'EMP_6W', 'Oct 2023', '18%'),
            actualsRow('YH', 'EMP_6W', 'Sep 2023', 0.2),
            actualsRow('Londn', 'EMP_6W', 'Dec 2023', 0.9), // not recognised: not used
            actualsRow('YH', 'SETTLED_3M', 'Oct 2023', 'TBC'), // no value: not used
          ],
          TODAY,
        );
        const file = join(work, 'rrp.xlsx');
        const sheets = await writeDoubleAsXlsx(double, file);
        const csv = await calculatedCsv(file, sheets.indexOf('RRP Progress') + 1);
        const [header, ...rows] = Papa.parse<string[]>(csv.trim()).data;
        const at = (name: string) => header.indexOf(name);
        const byKey = new Map(rows.map((r) => [`${r[at('Region')]}|${r[at('Metric')]}`, r]));
        const progress = double.tableRows('RRPProgress');
        expect(rows).toHaveLength(progress.length);

        const kss = byKey.get('KSS|EMP_6W') as string[];
        expect(Number(kss[at('Latest month')])).toBe(OCT_2023);
        expect(Number(kss[at('Latest actual')])).toBeCloseTo(0.18, 10);
        const kssTarget = Number(kss[at('Target')]);
        expect(Number(kss[at('Gap to target (pp)')])).toBeCloseTo(kssTarget - 0.18, 10);

        const yh = byKey.get('YH|EMP_6W') as string[];
        expect(Number(yh[at('Latest month')])).toBe(SEP_2023);
        expect(Number(yh[at('Latest actual')])).toBeCloseTo(0.2, 10);

        // Every other row has no used actual: blank, not 0.
        for (const [key, r] of byKey) {
          if (key === 'KSS|EMP_6W' || key === 'YH|EMP_6W') continue;
          expect([key, r[at('Latest month')], r[at('Latest actual')], r[at('Gap to target (pp)')]]).toEqual([
            key,
            '',
            '',
            '',
          ]);
        }
      } finally {
        restore();
      }
    }, 180_000);
  },
);
