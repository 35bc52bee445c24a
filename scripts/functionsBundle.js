// @ts-check
/*
 * Loads a built functions.js the way Excel's custom-functions runtime would see it, minus Excel: in a
 * fresh node `vm` context with no window, document or self, and a stand-in `CustomFunctions` global.
 * Used by the build (webpack.config.js fails the compilation on any problem reported here) and by
 * tests/built/functions.test.ts (which then calls the functions by id).
 */
'use strict';

const vm = require('vm');
const { createCustomFunctionsRuntime } = require('./customFunctionsStandIn');

/** @param {unknown} error */
const describeThrown = (error) => {
  // Errors thrown inside the context come from its own realm: `instanceof Error` is false there.
  if (!error || typeof error !== 'object') return String(error);
  const { name, message: text, stack } = /** @type {{ name?: unknown, message?: unknown, stack?: unknown }} */ (error);
  const message = `${name || 'Error'}: ${String(text)}`;
  const frames = String(stack || '')
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .slice(0, 4);
  return [message.length > 2000 ? `${message.slice(0, 2000)}…` : message, ...frames].join('\n');
};

/**
 * @typedef {object} BundleOptions
 * @property {string} [filename]
 * @property {number} [timeoutMs]
 */
/** @typedef {ReturnType<typeof loadFunctionsBundle>} LoadedBundle */

/**
 * Runs the bundle's source once. Throws whatever the bundle throws while loading.
 * `invoke(id, ...args)` calls a registered function as Excel would: by its id, with every argument
 * given (a left-out optional argument arrives as null). The RRP functions answer with a plain value,
 * or through a promise while the workbook's own plan is being read, so callers await what it returns.
 * @param {string} source
 * @param {BundleOptions} [options]
 */
function loadFunctionsBundle(source, options = {}) {
  const { filename = 'functions.js', timeoutMs = 10000 } = options;
  const runtime = createCustomFunctionsRuntime();
  /**
   * What the bundle wrote to the console while loading.
   * @type {{ level: string, text: string }[]}
   */
  const logs = [];
  const record =
    (/** @type {string} */ level) =>
    (/** @type {unknown[]} */ ...args) =>
      logs.push({ level, text: args.map(String).join(' ') });
  const sandboxConsole = {
    log: record('log'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
    debug: record('debug'),
  };
  const context = vm.createContext({ CustomFunctions: runtime.CustomFunctions, console: sandboxConsole });
  vm.runInContext(source, context, { filename, timeout: timeoutMs });
  /**
   * @param {string} id
   * @param {...unknown} args
   */
  const invoke = (id, ...args) => {
    const fn = runtime.registry.get(String(id).toUpperCase());
    if (!fn) throw new Error(`No custom function is associated with the id "${id}"`);
    return fn(...args);
  };
  return { ...runtime, logs, context, invoke };
}

/**
 * The function ids listed in a functions.json text, or a problem when it is not usable metadata.
 * @param {string} metadataText
 * @returns {{ ids: string[], problems: string[] }}
 */
function metadataIds(metadataText) {
  /** @type {{ functions?: unknown } | null} */
  let metadata;
  try {
    metadata = JSON.parse(metadataText);
  } catch (error) {
    return {
      ids: [],
      problems: [`functions.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  if (!metadata || !Array.isArray(metadata.functions))
    return { ids: [], problems: ['functions.json has no "functions" list'] };
  /** @type {unknown[]} */
  const functions = metadata.functions;
  if (functions.length === 0)
    return {
      ids: [],
      problems: ['functions.json lists no functions (custom-functions-metadata found no @customfunction tags?)'],
    };
  const ids = functions.map((f) => (f && typeof f === 'object' && 'id' in f ? f.id : undefined));
  /** @type {(id: unknown) => id is string} */
  const usable = (id) => typeof id === 'string' && id !== '';
  const problems = ids.filter((id) => !usable(id)).map(() => 'functions.json has a function without an id');
  return { ids: ids.filter(usable), problems };
}

/**
 * Every reason the bundle would not work in Excel that can be seen without Excel: it throws on load
 * (which includes the plan data failing its schema), an id in functions.json is not associated,
 * or an association has no entry in functions.json. Empty when all is well.
 * @param {string} source
 * @param {string} metadataText
 * @param {BundleOptions} [options]
 * @returns {string[]}
 */
function checkFunctionsBundle(source, metadataText, options = {}) {
  const { ids, problems } = metadataIds(metadataText);
  if (ids.length === 0) return problems;
  let loaded;
  try {
    loaded = loadFunctionsBundle(source, options);
  } catch (error) {
    return [
      ...problems,
      `functions.js throws when loaded without a DOM (as the custom-functions runtime loads it):\n${describeThrown(error)}`,
    ];
  }
  problems.push(...loaded.problems);
  const wanted = new Set(ids.map((id) => id.toUpperCase()));
  for (const id of ids) {
    if (!loaded.registry.has(id.toUpperCase()))
      problems.push(`functions.json lists ${id}, but functions.js never calls CustomFunctions.associate("${id}", ...)`);
  }
  for (const id of loaded.registry.keys()) {
    if (!wanted.has(id)) problems.push(`functions.js associates "${id}", which functions.json does not list`);
  }
  return problems;
}

module.exports = { loadFunctionsBundle, checkFunctionsBundle };
