/**
 * Task pane entry: waits for Office, then renders <App/> with the Excel-backed services
 * (paneServices.ts) into #root inside a FluentProvider whose theme follows Office (or the system
 * setting outside Office). Where there is no Excel to talk to (office.js blocked, or the page opened
 * in a browser) it renders a plain message on how to open the add-in in Excel instead. The RRP
 * custom functions are registered only where Excel provides `CustomFunctions` (the shared runtime).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { expectWorkbookPlan, settleWorkbookPlan } from '../domain/planData';
import { startWorkbookPlan } from '../excel';
import { App } from './App';
import { OutsideExcel } from './components/OutsideExcel';
import { paneServices } from './paneServices';

/** True when Office's body background (or, outside Office, the system setting) is dark. */
function prefersDark(): boolean {
  const background = typeof Office === 'undefined' ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
  const hex = /^#?([0-9a-f]{6})$/i.exec(background ?? '');
  if (hex) {
    const n = parseInt(hex[1], 16);
    const luminance = (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
    return luminance < 0.5;
  }
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

function render(inExcel: boolean): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={prefersDark() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {inExcel ? <App services={paneServices} /> : <OutsideExcel />}
    </FluentProvider>,
  );
}

// Shared runtime: this page registers the RRP custom functions, where Excel provides the runtime for them.
// Eager: in this bundle, run only when called (functions.ts ends in CustomFunctions.associate calls).
if (typeof CustomFunctions !== 'undefined') void import(/* webpackMode: "eager" */ '../functions/functions');

const excelThere = (): boolean => typeof Excel !== 'undefined' && typeof Excel.run === 'function';

// Outside Office (office.js not loaded, e.g. blocked) the pane renders a message saying where it runs.
if (typeof Office === 'undefined') render(false);
else {
  // Excel may call the functions at once: they wait for the workbook's own plan (RRP Plan), read as
  // soon as Office is ready.
  expectWorkbookPlan();
  void Office.onReady(() => {
    const inExcel = excelThere();
    if (inExcel) void startWorkbookPlan();
    else settleWorkbookPlan(); // no workbook to read a plan from
    render(inExcel);
  });
}
