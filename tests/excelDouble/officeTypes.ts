/**
 * The double speaks Office.js: each proxy class implements `Modelled<Excel.X, 'member' | …>`, so tsc
 * fails when a member the double offers has another signature than @types/office-js gives it (other
 * parameter types, more required parameters, another property type), and `NoExtraMembers` fails when
 * the double offers a public member Excel lacks (beyond its own load/sync machinery, named). Results
 * of methods and navigation properties are the double's own objects, so they are left open.
 */

/** Scalars and arrays of values keep their Office.js type; objects (navigation properties, collection items) are the double's own. */
type Shape<V> = V extends string | number | boolean | null | undefined
  ? V
  : V extends readonly (infer E)[]
    ? E extends object
      ? E extends readonly unknown[]
        ? V
        : unknown
      : V
    : unknown;

/**
 * The members of Office.js type T the double models, with T's parameters and property types. A
 * double's method takes every argument T's does (parameters are compared strictly); what the double
 * does not model it refuses when the batch runs (unmodelled in context.ts).
 */
export type Modelled<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : Shape<T[P]>;
};

/** Members every proxy has for the double's load/sync machinery (context.ts), not part of Office.js. */
type Machinery = 'typeName' | 'bind' | 'loadNow';

/** `true` when every public member of D is a member of T (or machinery, or listed in Own); else the names that are not. */
export type NoExtraMembers<D, T, Own extends PropertyKey = never> = [
  Exclude<keyof D, keyof T | Machinery | Own>,
] extends [never]
  ? true
  : { notInOfficeJs: Exclude<keyof D, keyof T | Machinery | Own> };

/** Compiles only for `true`: `export type X = SpeaksOfficeJs<NoExtraMembers<…>>`. */
export type SpeaksOfficeJs<Check extends true> = Check;
