/**
 * Runs the layer's actuals operations one at a time. A check reads every row and then writes each
 * row's result; were an append or another check to run in between, the results could land on rows
 * that changed under them.
 */
let tail: Promise<unknown> = Promise.resolve();

export function exclusive<T>(operation: () => Promise<T>): Promise<T> {
  const run = tail.then(() => operation());
  tail = run.catch(() => undefined);
  return run;
}
