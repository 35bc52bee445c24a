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

const KNOWN_CODES = new Set(Object.values(ERROR_CODES));

/** A fresh runtime with an empty registry, so each load of a bundle sees only its own associations. */
function createCustomFunctionsRuntime() {
  /** Function ids as registered (Excel compares them case-insensitively, so the key is upper case). */
  const registry = new Map();
  /** Problems seen while associating: duplicate ids, non-functions. */
  const problems = [];

  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message === undefined ? String(code) : message);
      if (!KNOWN_CODES.has(code)) throw new TypeError(`CustomFunctions.Error: unknown error code ${JSON.stringify(code)}`);
      this.name = 'CustomFunctions.Error';
      this.code = code;
    }
  }

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
    registry.set(key, fn);
  }

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
