/** Shared by the tests of the Excel layer (src/excel) against the Excel double. */
import type { ActualsCheckSummary } from '../../src/domain/actuals';
import { REGION_CODES } from '../../src/domain/planSchema';
import { appendActuals, ExcelLayerError, loadPlanIntoWorkbook, watchActuals, type WatchOptions } from '../../src/excel';
import { appendPlanFigures } from '../../src/excel/report';
import { createExcelDouble, type ExcelDouble, type ExcelDoubleOptions } from '../excelDouble';

/** A new Excel double installed as the Excel and Office globals, with the function that puts the old globals back. */
export function installedDouble(options?: ExcelDoubleOptions): { double: ExcelDouble; restore: () => void } {
  const double = createExcelDouble(options);
  return { double, restore: double.install() };
}

/**
 * Gives each test of the file a new Excel double as the globals (`use` receives it), and after each
 * test runs `cleanUp` (what the test left watching the double) before putting the old globals back.
 * Within a test, `reinstall` swaps in a new double (of another host if given) and `uninstall` leaves no
 * Excel at all.
 */
export function doubleForEachTest(
  use: (double: ExcelDouble) => void,
  cleanUp?: () => unknown,
): { reinstall: (options?: ExcelDoubleOptions) => void; uninstall: () => void } {
  let restore = (): void => undefined;
  const install = (options?: ExcelDoubleOptions): void => {
    const installed = installedDouble(options);
    restore = installed.restore;
    use(installed.double);
  };
  const uninstall = (): void => {
    restore();
    restore = () => undefined;
  };
  beforeEach(() => install());
  afterEach(async () => {
    try {
      await cleanUp?.();
    } finally {
      uninstall();
    }
  });
  return {
    reinstall: (options) => {
      uninstall();
      install(options);
    },
    uninstall,
  };
}

/**
 * Loads the latest plan of every region into the double's workbook, as the actuals tests start, then
 * forgets the load's syncs so that a test counts only its own.
 */
export async function loadEveryRegion(double: ExcelDouble): Promise<void> {
  await loadPlanIntoWorkbook({ regions: [...REGION_CODES], editions: 'latest' });
  double.resetStats();
}

/** The workbook the report tests start from: KSS's 2022 and 2023 plans, and the plans' own figures in RRP Actuals. */
export async function loadKssWithPlanFigures(today: { year: number; month: number }): Promise<void> {
  await loadPlanIntoWorkbook({ regions: ['KSS'], editions: [2022, 2023] });
  await appendPlanFigures(appendActuals, today);
}

/** The ExcelLayerError a promise rejects with; fails when it resolves or rejects with anything else. */
export async function layerError(promise: Promise<unknown>): Promise<ExcelLayerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExcelLayerError) return error;
    throw error;
  }
  throw new Error('expected an ExcelLayerError');
}

/**
 * Lets a chain of the layer's promises run to its end under fake timers: the double's syncs are
 * promises, not timers, so advancing the clock alone does not finish them.
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 500; i++) await Promise.resolve();
}

/** A watch on RRP Actuals that keeps what it reports, in order: each check's summary and each error message. */
export async function watchedActuals(
  options?: WatchOptions,
): Promise<{ summaries: ActualsCheckSummary[]; errors: string[]; stopped: string[]; stop: () => Promise<void> }> {
  const summaries: ActualsCheckSummary[] = [];
  const errors: string[] = [];
  const stopped: string[] = [];
  const stop = await watchActuals(
    (summary) => summaries.push(summary),
    (message) => errors.push(message),
    (message) => stopped.push(message),
    options,
  );
  return { summaries, errors, stopped, stop };
}
