/**
 * Task pane entry: waits for Office, then renders <App/> into #root inside a FluentProvider whose
 * theme follows Office (or the system setting outside Office).
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import {
  appendActuals,
  checkActualsInWorkbook,
  insertFormula,
  loadPlanIntoWorkbook,
  readProgress,
  readSelection,
  selectActualsRow,
  selectProgressRow,
  watchActuals,
} from '../excel';
import '../functions/functions'; // shared runtime: this page registers the RRP custom functions
import { App } from './App';
import type { PaneServices } from './services';

/**
 * The pane's services, backed by the Excel layer (whose errors are already in plain words). The
 * wrappers pass only the pane's arguments: the layer's optional extras (the current month, the
 * debounce) keep their defaults.
 */
const services: PaneServices = {
  loadPlan: (choice) => loadPlanIntoWorkbook(choice),
  readProgress: () => readProgress(),
  selectProgressRow: (region, metric) => selectProgressRow(region, metric),
  insertFormula: (formula) => insertFormula(formula),
  checkActuals: () => checkActualsInWorkbook(),
  watchActuals: (onChecked, onError) => watchActuals(onChecked, onError),
  selectActualsRow: (row) => selectActualsRow(row),
  readSelection: () => readSelection(),
  appendActuals: (rows) => appendActuals(rows),
};

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
      <App services={services} />
    </FluentProvider>,
  );
}

// Outside Office (office.js not loaded, e.g. blocked) the pane still renders.
if (typeof Office === 'undefined') render();
else void Office.onReady(() => render());
