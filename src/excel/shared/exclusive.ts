/**
 * Runs the layer's actuals operations one at a time. A check reads every row and then writes each
 * row's result; were an append or another check to run in between, the results could land on rows
 * that changed under them.
 */

/** A queue of its own: the operations given to it run one at a time, in the order given. */
export function oneAtATime(): <T>(operation: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const run = tail.then(() => operation());
    tail = run.catch(() => undefined);
    return run;
  };
}

export const exclusive = oneAtATime();
