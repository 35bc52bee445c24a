/** Types of scripts/customFunctionsStandIn.js, for the TypeScript tests. */
export declare const ERROR_CODES: Readonly<{
  invalidValue: '#VALUE!';
  notAvailable: '#N/A';
  divisionByZero: '#DIV/0!';
  invalidNumber: '#NUM!';
  nullReference: '#NULL!';
  invalidName: '#NAME?';
  invalidReference: '#REF!';
}>;
export type ErrorCodeValue = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface StandInError extends Error {
  readonly code: ErrorCodeValue;
}
export interface StandInErrorConstructor {
  new (code: ErrorCodeValue, message?: string): StandInError;
  readonly prototype: StandInError;
}

/** A function as Excel calls it: with every argument, left-out optional ones as null. */
export type RegisteredFunction = (...args: unknown[]) => unknown;

export interface StandInCustomFunctions {
  Error: StandInErrorConstructor;
  ErrorCode: typeof ERROR_CODES;
  associate(id: string, fn: (...args: never[]) => unknown): void;
  associate(mappings: Record<string, (...args: never[]) => unknown>): void;
}

export interface StandInRuntime {
  CustomFunctions: StandInCustomFunctions;
  /** Associated functions by upper-case id. */
  registry: Map<string, RegisteredFunction>;
  /** Duplicate ids and non-function associations seen so far. */
  problems: string[];
}

export declare function createCustomFunctionsRuntime(): StandInRuntime;
