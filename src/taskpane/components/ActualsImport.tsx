/**
 * The import part of the Actuals view (from the selection or a CSV file, through a preview): its state
 * and its panel, a chunk of its own that loads with the view, so the page's budget is not spent on it.
 */
import { useActualsImport } from '../hooks/useActualsImport';
import type { ActualsCheckSummary, PaneServices } from '../services';
import { ImportPanel } from './ImportPanel';

export interface ActualsImportProps {
  services: Pick<PaneServices, 'readSelection' | 'appendActuals'>;
  /** After rows are appended: the check of the whole table, and how many rows were appended. */
  onAppended: (summary: ActualsCheckSummary, appended: number) => void;
}

export function ActualsImport({ services, onAppended }: ActualsImportProps) {
  const imports = useActualsImport(services, onAppended);
  return (
    <ImportPanel
      busy={imports.busy}
      pending={imports.pending}
      error={imports.error}
      notice={imports.notice}
      onImportSelection={() => void imports.fromSelection()}
      onFile={(file) => void imports.fromFile(file)}
      onConfirm={() => void imports.confirm()}
      onCancel={imports.cancel}
    />
  );
}
