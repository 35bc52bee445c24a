/**
 * Automatic checking: watches RRP Actuals while the pane is open (and the analyst wants it) and hands
 * each summary on. The watch is started once; it is stopped on unmount or when switched off, including
 * when the unmount comes before the start has resolved, so no watcher is ever left behind. Excel stops
 * calling a handler once its table is deleted, so after a load (which may have made the table afresh)
 * the watch is started again: the status says "on" only once Excel has the new handler. A watch whose
 * table is deleted while it runs stops by itself and says so: it is started again like one that could
 * not start (after a load, or when switched on).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf, type ActualsCheckSummary, type PaneServices } from '../services';

export type WatchStatus =
  | { kind: 'starting' }
  | { kind: 'on' }
  /** Switched off by the analyst. */
  | { kind: 'off' }
  /** Starting failed (outside Excel, or no RRP Actuals table yet); `reason` is in plain words. */
  | { kind: 'unavailable'; reason: string }
  /** Stopped by itself: RRP Actuals (or its sheet) was deleted; `reason` is in plain words. */
  | { kind: 'stopped'; reason: string };

export interface ActualsWatch {
  status: WatchStatus;
  /** Turns automatic checking on (trying again if it could not start) or off. */
  setOn: (on: boolean) => void;
  /** Tries again to start, if starting failed or the table was deleted: it may exist now. Does nothing otherwise. */
  retry: () => void;
  /** Stops the watch and starts it again (when wanted), on the table as it is now. */
  restart: () => void;
}

export function useActualsWatch(
  services: Pick<PaneServices, 'watchActuals'>,
  onChecked: (summary: ActualsCheckSummary) => void,
  onError: (message: string) => void,
): ActualsWatch {
  const [wanted, setWanted] = useState(true);
  const [attempt, setAttempt] = useState(0);
  // What the latest start came to; shown only while the analyst wants checking on.
  const [started, setStarted] = useState<WatchStatus>({ kind: 'starting' });
  const status: WatchStatus = wanted ? started : { kind: 'off' };
  // The callbacks change on every render of the caller; the watch must not restart for that.
  const handlers = useRef({ onChecked, onError });
  useEffect(() => {
    handlers.current = { onChecked, onError };
  });

  useEffect(() => {
    if (!wanted) return undefined;
    let active = true;
    let stop: (() => Promise<void>) | undefined;
    // Stopping happens on the way out, where there is nowhere to show a failure; the watcher is gone either way.
    const stopQuietly = (unsubscribe: () => Promise<void>): void => void unsubscribe().catch(() => undefined);
    const start = (): Promise<() => Promise<void>> => {
      try {
        return services.watchActuals(
          (summary) => {
            if (active) handlers.current.onChecked(summary);
          },
          (message) => {
            if (active) handlers.current.onError(message);
          },
          (message) => {
            if (!active) return;
            stop = undefined; // the watch has stopped itself
            setStarted({ kind: 'stopped', reason: message });
          },
        );
      } catch (error) {
        // Outside Excel a service may throw before it has a promise to reject; treat it the same.
        return Promise.reject(error);
      }
    };
    start().then(
      (unsubscribe) => {
        if (!active) return stopQuietly(unsubscribe);
        stop = unsubscribe;
        setStarted({ kind: 'on' });
      },
      (error: unknown) => {
        if (active) setStarted({ kind: 'unavailable', reason: messageOf(error) });
      },
    );
    return () => {
      active = false;
      if (stop !== undefined) stopQuietly(stop);
    };
  }, [services, wanted, attempt]);

  const latestStatus = useRef(status);
  useEffect(() => {
    latestStatus.current = status;
  });
  const retry = useCallback(() => {
    const { kind } = latestStatus.current;
    if (kind !== 'unavailable' && kind !== 'stopped') return;
    setStarted({ kind: 'starting' });
    setAttempt((a) => a + 1);
  }, []);

  const setOn = useCallback(
    (on: boolean) => {
      if (on && latestStatus.current.kind === 'off') setStarted({ kind: 'starting' });
      setWanted(on);
      if (on) retry();
    },
    [retry],
  );

  const restart = useCallback(() => {
    if (latestStatus.current.kind === 'off') return;
    setStarted({ kind: 'starting' });
    setAttempt((a) => a + 1);
  }, []);

  return { status, setOn, retry, restart };
}
