/** Where the add-in's tables go, decided in the domain from a survey of the workbook (no Excel, no double). */
import { cellAddress } from '../../../src/domain/layout/a1';
import { decidePlacement, type WorkbookSurvey } from '../../../src/domain/layout/placement';
import { freeSheetName } from '../../../src/domain/layout/sheetNames';

const survey = (over: Partial<WorkbookSurvey> = {}): WorkbookSurvey => ({
  sheets: [],
  tables: [],
  actualsColumns: [],
  structureProtected: false,
  room: {},
  ...over,
});

describe('decidePlacement', () => {
  it('puts every table on a new sheet of its own name in an empty workbook', () => {
    const decision = decidePlacement(survey());
    expect(decision).toEqual({
      placements: {
        targets: expect.objectContaining({ sheetName: 'RRP Targets', tableName: 'RRPTargets', existing: false }),
        actuals: expect.objectContaining({ sheetName: 'RRP Actuals', tableName: 'RRPActuals', existing: false }),
        progress: expect.objectContaining({ sheetName: 'RRP Progress', tableName: 'RRPProgress', existing: false }),
      },
    });
  });

  it("leaves the analyst's sheet of the same name alone, and says so", () => {
    const decision = decidePlacement(survey({ sheets: [{ name: 'rrp progress', protected: false }] }));
    expect('placements' in decision && decision.placements.progress).toMatchObject({
      sheetName: 'RRP Progress (2)',
      displaced: true,
    });
  });

  it('refuses with a code and words, rather than throwing, when the structure is protected', () => {
    expect(decidePlacement(survey({ structureProtected: true }))).toEqual({
      refused: {
        code: 'WorkbookProtected',
        message: expect.stringContaining("The workbook's structure is protected, so the add-in cannot add the sheets"),
      },
    });
  });

  it('refuses a rebuilt table that would cover a cell holding something, naming the first', () => {
    const decision = decidePlacement(
      survey({
        tables: [{ name: 'RRPTargets', sheetName: 'T' }],
        room: {
          targets: {
            tableAddress: 'T!A1:B2',
            areaAddress: 'T!A1:B3',
            areaFormulas: [
              [1, 1],
              [1, 1],
              ['', 'x'],
            ],
          },
        },
      }),
    );
    expect(decision).toEqual({
      refused: { code: 'CellsInTheWay', message: expect.stringMatching(/^Cell B3 of T holds something/) },
    });
  });

  it('refuses an address it cannot read', () => {
    const decision = decidePlacement(
      survey({
        tables: [{ name: 'RRPProgress', sheetName: 'P' }],
        room: { progress: { tableAddress: 'P!A:A', areaAddress: 'P!A1:B3', areaFormulas: [] } },
      }),
    );
    expect('refused' in decision && decision.refused.code).toBe('UnreadableAddress');
  });
});

describe('names and addresses', () => {
  it('finds the first free sheet name without regard to case', () => {
    expect(freeSheetName('RRP Log', ['RRP LOG', 'rrp log (2)'])).toBe('RRP Log (3)');
  });

  it('writes cell addresses past column Z', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(9, 26)).toBe('AA10');
    expect(cellAddress(0, 16383)).toBe('XFD1');
  });
});
