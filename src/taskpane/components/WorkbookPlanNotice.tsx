/**
 * What the analyst must know about the plan kept on RRP Plan, above every view: that it could not be
 * read when the workbook opened (with a button to read it again), and that RRP formulas wait for F9
 * after it changed while Excel calculates manually (until dismissed, or the next change). Rarely
 * needed, so App loads it on demand, only when there is something to say.
 */
import { useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { WAITS_FOR_F9 } from '../../domain/workbookPlanStatus';
import type { PaneServices, WorkbookPlanStatus } from '../services';

export interface WorkbookPlanNoticeProps {
  services: PaneServices;
  status: WorkbookPlanStatus;
}

export function WorkbookPlanNotice({ services, status }: WorkbookPlanNoticeProps) {
  // The status as it was when dismissed: a later change (a new object) shows the message again.
  const [dismissed, setDismissed] = useState<WorkbookPlanStatus>();
  return (
    <>
      {status.reading === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{status.error}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void services.readWorkbookPlanAgain()}>
              Read RRP Plan again
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {status.waitsForF9 && dismissed !== status && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{WAITS_FOR_F9}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setDismissed(status)}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
