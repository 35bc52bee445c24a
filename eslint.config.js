// @ts-check
/*
 * ESLint flat config: @eslint/js recommended + typescript-eslint recommended everywhere; type-aware
 * promise rules and React's hook rules for TypeScript; and the layer rules of ARCHITECTURE.md, which
 * make a wrong-way import (or an Office.js call outside src/excel) a lint error.
 * TypeScript (src, tests, scripts) is checked for undefined names by tsc (npm run lint runs it
 * first), so typescript-eslint turns `no-undef` off there. The JavaScript files, all CommonJS node
 * tooling (scripts/*.js and the config files), get node's globals, declared here rather than through
 * the `globals` package, which is not a dependency.
 */
'use strict';

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const { defineConfig } = require('eslint/config');

const readonly = (/** @type {string[]} */ names) => Object.fromEntries(names.map((name) => [name, 'readonly']));

const NODE_GLOBALS = readonly([
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'process',
  'console',
  'Buffer',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'AbortController',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'setImmediate',
  'clearImmediate',
  'queueMicrotask',
  'structuredClone',
  'performance',
  'fetch',
  'globalThis',
]);

/** Office.js globals: only src/excel (and the pane's entry, which waits for Office) may touch them. */
const OFFICE_GLOBALS = ['Excel', 'Office', 'OfficeExtension'].map((name) => ({
  name,
  message: `${name} is Office.js: only src/excel calls it (see ARCHITECTURE.md).`,
}));

/** Spreading into a call (see its block below). */
const NO_SPREAD_INTO_CALLS = {
  selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
  message:
    'No spreading into a call: Excel on Mac allows few arguments per call. Loop instead, or mark a bounded array "-- bounded: why".',
};
/** An Office.js type named in a type (Excel.Range), which no-restricted-globals does not see. */
const NO_OFFICE_TYPES = {
  selector: 'TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]',
  message:
    'src/domain uses plain data types, not Office.js types: src/excel turns them into Excel calls (see ARCHITECTURE.md).',
};

const layer = (/** @type {string} */ what) => `${what} (see ARCHITECTURE.md: dependencies point inward).`;

/** Import patterns that leave a layer, by where they lead. */
const TO_EXCEL = {
  group: ['**/excel', '**/excel/**'],
  message: layer('Only src/functions and the pane services may import src/excel'),
};
const TO_TASKPANE = { group: ['**/taskpane', '**/taskpane/**'], message: layer('Nothing imports the task pane') };
const TO_FUNCTIONS = {
  group: ['**/functions', '**/functions/**'],
  message: layer('Only the pane entry imports src/functions (to register them)'),
};
const UI_LIBRARIES = {
  group: ['react', 'react-dom', 'react-dom/*', '@fluentui/*'],
  message: layer('React and Fluent belong to src/taskpane'),
};

/**
 * The Excel layer's rooms (ARCHITECTURE.md): each feature folder imports only itself, shared/ and the
 * domain; shared/ imports no feature; none imports the layer's index. What two features share moves
 * down to shared/ or the domain. (tests/excel/rooms.test.ts also sees import() and import circles.)
 */
const EXCEL_FEATURES = ['actuals', 'plan', 'load', 'report', 'progress'];
const room = (/** @type {string} */ what) => `${what} (see ARCHITECTURE.md: the rooms of src/excel).`;
const toFeatures = (/** @type {string[]} */ features) => ({
  regex: `^\\.\\./(${features.join('|')})(/|$)`,
  message: room(
    'A feature folder of src/excel imports no other, and shared/ none: move what they share to shared/ or the domain',
  ),
});
const TO_LAYER_INDEX = { regex: '^\\.\\.(/index)?$', message: room('Only code outside src/excel imports its index') };
const EXCEL_LAYER = [TO_TASKPANE, TO_FUNCTIONS, UI_LIBRARIES];
/** Files that import only what the layer may, and none of `features` nor the layer's index. */
const roomOf = (/** @type {string} */ files, /** @type {string[]} */ features) =>
  /** @type {import('eslint').Linter.Config} */ ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...EXCEL_LAYER, toFeatures(features), TO_LAYER_INDEX] }],
    },
  });
/** @type {import('eslint').Linter.Config[]} */
const EXCEL_ROOMS = [
  ...EXCEL_FEATURES.map((feature) =>
    roomOf(
      `src/excel/${feature}/**`,
      EXCEL_FEATURES.filter((f) => f !== feature),
    ),
  ),
  roomOf('src/excel/shared/**', EXCEL_FEATURES),
  {
    // Every batch goes through the gateway, which waits for a cell edit, groups undo and retries.
    files: ['src/excel/**'],
    ignores: ['src/excel/shared/gateway.ts', 'src/excel/shared/host.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Excel',
          property: 'run',
          message: room('Run batches through runBatch in src/excel/shared/gateway.ts'),
        },
      ],
    },
  },
];

module.exports = defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-results/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits, or one passed where a plain callback is expected.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/taskpane/hooks/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The domain is pure: itself, zod, the seed data and papaparse (a pure CSV parser) only.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TO_EXCEL,
            TO_TASKPANE,
            TO_FUNCTIONS,
            {
              regex: '^(?!\\.|zod(/|$)|papaparse$)',
              message: layer('src/domain imports only itself, zod, papaparse and the seed data'),
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...OFFICE_GLOBALS,
        { name: 'CustomFunctions', message: layer('CustomFunctions belongs to src/functions') },
      ],
    },
  },
  {
    files: ['src/excel/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: EXCEL_LAYER }] },
  },
  ...EXCEL_ROOMS,
  {
    files: ['src/functions/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [TO_TASKPANE, UI_LIBRARIES] }],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  {
    // Every pane file reaches Excel only through the services it is given; only the services'
    // implementation and the page's entry (which waits for Office and registers the functions) may not.
    files: ['src/taskpane/**'],
    ignores: ['src/taskpane/paneServices.ts', 'src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [TO_EXCEL, TO_FUNCTIONS] }],
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
    },
  },
  {
    // Excel on Mac's JavaScript engine allows far fewer arguments per call than V8, so spreading an
    // array that can be long (rows, cells, notes) into a call fails there: push(...rows),
    // Math.max(...values). Loop, or reduce, instead. Where the array is bounded by the code itself (a
    // fixed list, the regions), say so: `// eslint-disable-next-line no-restricted-syntax -- bounded: why`.
    files: ['src/**'],
    rules: { 'no-restricted-syntax': ['error', NO_SPREAD_INTO_CALLS] },
  },
  {
    // The domain decides on plain data: not even an Office.js type (Excel.Range, Office.Context) as a
    // shape; the globals rule above sees only values. (A later block replaces the rule's list: both here.)
    files: ['src/domain/**'],
    rules: { 'no-restricted-syntax': ['error', NO_SPREAD_INTO_CALLS, NO_OFFICE_TYPES] },
  },
  {
    // Node tooling written as CommonJS JavaScript.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
