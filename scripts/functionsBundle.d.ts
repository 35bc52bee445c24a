/** Types of scripts/functionsBundle.js, for the TypeScript tests. */
import type { StandInRuntime } from './customFunctionsStandIn';

export interface BundleOptions {
  filename?: string;
  timeoutMs?: number;
}

export interface LoadedBundle extends StandInRuntime {
  /** What the bundle wrote to the console while loading. */
  logs: { level: string; text: string }[];
  context: object;
  /** Calls a registered function by id (case-insensitive), as Excel does. */
  invoke(id: string, ...args: unknown[]): unknown;
}

export declare function loadFunctionsBundle(source: string, options?: BundleOptions): LoadedBundle;
export declare function checkFunctionsBundle(source: string, metadataText: string, options?: BundleOptions): string[];
