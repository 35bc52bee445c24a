/**
 * Runs one kind of asynchronous call to a service and keeps what the pane shows about it: whether it
 * is running, its last result and the plain-words message of its last failure. A newer run supersedes
 * an older one, so a slow earlier answer never overwrites a later one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../services';

export interface TaskState<T> {
  running: boolean;
  /** The last successful result; kept while a new run is under way or after it fails. */
  result?: T;
  /** The message of the last run's failure; cleared when a run starts. */
  error?: string;
}

export interface AsyncTask<A extends unknown[], T> extends TaskState<T> {
  /** Starts a run; resolves with its result, or undefined when it failed or was superseded. */
  run: (...args: A) => Promise<T | undefined>;
  /** Forgets the result and the error, and supersedes a run under way. */
  reset: () => void;
  /** Forgets the last failure's message, leaving the result and any run under way alone. */
  clearError: () => void;
}

export function useAsyncTask<A extends unknown[], T>(task: (...args: A) => Promise<T>): AsyncTask<A, T> {
  const [state, setState] = useState<TaskState<T>>({ running: false });
  const latestTask = useRef(task);
  useEffect(() => {
    latestTask.current = task;
  });
  const runCount = useRef(0);

  const run = useCallback(async (...args: A): Promise<T | undefined> => {
    const id = ++runCount.current;
    setState((s) => ({ running: true, result: s.result }));
    try {
      // eslint-disable-next-line no-restricted-syntax -- bounded: the task's own parameters
      const result = await latestTask.current(...args);
      if (id === runCount.current) setState({ running: false, result });
      return id === runCount.current ? result : undefined;
    } catch (error) {
      if (id === runCount.current) setState((s) => ({ running: false, result: s.result, error: messageOf(error) }));
      return undefined;
    }
  }, []);

  const reset = useCallback(() => {
    runCount.current++;
    setState({ running: false });
  }, []);

  const clearError = useCallback(() => {
    setState((s) => (s.error === undefined ? s : { running: s.running, result: s.result }));
  }, []);

  return { ...state, run, reset, clearError };
}
