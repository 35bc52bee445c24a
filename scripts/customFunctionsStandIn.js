// @ts-check
/*
 * A stand-in for Excel's `CustomFunctions` global, for running the custom functions outside Excel:
 * the build's load check (webpack.config.js) and the built-artifact tests (tests/built/functions.test.ts) and the bench.
 * It models what the RRP functions use: `Error` (code + message), `ErrorCode` with the values Excel
 * shows in the cell, and `associate`, which records each id's function in a registry.
 */
'use strict';

/** The error codes of @types/custom-functions-runtime, with the text Excel shows for each. */
const ERROR_CODES = Object.freeze({
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
});

/**
 * @typedef {(typeof ERROR_CODES)[keyof typeof ERROR_CODES]} ErrorCodeValue
 * @typedef {Error & { readonly code: ErrorCodeValue }} StandInError
 * @typedef {{ new (code: ErrorCodeValue, message?: string): StandInError, readonly prototype: StandInError }} StandInErrorConstructor
 */
/**
 * A function as Excel calls it: with every argument, left-out optional ones as null.
 * @typedef {(...args: unknown[]) => unknown} RegisteredFunction
 */
/**
 * `associate` takes any function: its parameter types are the function's own business.
 * @typedef {(...args: never[]) => unknown} AnyFunction
 */
/**
 * @typedef {object} StandInCustomFunctions
 * @property {StandInErrorConstructor} Error
 * @property {typeof ERROR_CODES} ErrorCode
 * @property {{ (id: string, fn: AnyFunction): void, (mappings: Record<string, AnyFunction>): void }} associate
 */
/**
 * @typedef {object} StandInRuntime
 * @property {StandInCustomFunctions} CustomFunctions
 * @property {Map<string, RegisteredFunction>} registry Associated functions by upper-case id.
 * @property {string[]} problems Duplicate ids and non-function associations seen so far.
 */

const KNOWN_CODES = new Set(Object.values(ERROR_CODES));

/**
 * A fresh runtime with an empty registry, so each load of a bundle sees only its own associations.
 * @returns {StandInRuntime}
 */
function createCustomFunctionsRuntime() {
  /**
   * Function ids as registered (Excel compares them case-insensitively, so the key is upper case).
   * @type {Map<string, RegisteredFunction>}
   */
  const registry = new Map();
  /**
   * Problems seen while associating: duplicate ids, non-functions.
   * @type {string[]}
   */
  const problems = [];

  class CustomFunctionsError extends Error {
    /**
     * @param {ErrorCodeValue} code
     * @param {string} [message]
     */
    constructor(code, message) {
      super(message === undefined ? String(code) : message);
      if (!KNOWN_CODES.has(code))
        throw new TypeError(`CustomFunctions.Error: unknown error code ${JSON.stringify(code)}`);
      this.name = 'CustomFunctions.Error';
      /** @readonly */
      this.code = code;
    }
  }

  /**
   * The bundle under test may pass anything: what is wrong is recorded as a problem, not thrown.
   * @param {unknown} id
   * @param {unknown} fn
   */
  function associateOne(id, fn) {
    if (typeof id !== 'string' || id.trim() === '') {
      problems.push(`associate() was given an id that is not a non-empty string: ${JSON.stringify(id)}`);
      return;
    }
    if (typeof fn !== 'function') {
      problems.push(`associate("${id}") was given ${fn === null ? 'null' : typeof fn}, not a function`);
      return;
    }
    const key = id.toUpperCase();
    if (registry.has(key)) problems.push(`associate("${id}") was called more than once`);
    // Excel calls an associated function with whatever arguments the cell gives it.
    registry.set(key, /** @type {RegisteredFunction} */ (fn));
  }

  /**
   * @param {unknown} idOrMappings
   * @param {unknown} [fn]
   */
  function associate(idOrMappings, fn) {
    if (typeof idOrMappings === 'object' && idOrMappings !== null && fn === undefined) {
      for (const [id, mapped] of Object.entries(idOrMappings)) associateOne(id, mapped);
    } else {
      associateOne(idOrMappings, fn);
    }
  }

  return {
    CustomFunctions: { Error: CustomFunctionsError, ErrorCode: ERROR_CODES, associate },
    registry,
    problems,
  };
}

module.exports = { ERROR_CODES, createCustomFunctionsRuntime };
