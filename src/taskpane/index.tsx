/**
 * Task pane entry: waits for Office, then renders <App/> with the Excel-backed services
 * (paneServices.ts) into #root inside a FluentProvider whose theme follows Office (or the system
 * setting outside Office).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import '../functions/functions'; // shared runtime: this page registers the RRP custom functions
import { expectWorkbookPlan } from '../domain/planData';
import { startWorkbookPlan } from '../excel';
import { App } from './App';
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

function render(): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={prefersDark() ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App services={paneServices} />
    </FluentProvider>,
  );
}

// Outside Office (office.js not loaded, e.g. blocked) the pane still renders, with the built-in plan.
if (typeof Office === 'undefined') render();
else {
  // The functions are registered above and Excel may call them at once: they wait for the workbook's
  // own plan (RRP Plan), read as soon as Office is ready.
  expectWorkbookPlan();
  void Office.onReady(() => {
    void startWorkbookPlan();
    render();
  });
}
