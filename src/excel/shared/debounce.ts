/** The quiet time after the last change before a watch checks its table again. */
export const WATCH_DEBOUNCE_MS = 500;

/** Calls `action` once, `delayMs` after the last of a burst of triggers (a paste of many cells fires many changes). */
export interface Debounced {
  trigger(): void;
  cancel(): void;
}

export function debounce(delayMs: number, action: () => void): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    trigger() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, delayMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
