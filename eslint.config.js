/*
 * ESLint flat config: @eslint/js recommended + typescript-eslint recommended everywhere.
 * TypeScript (src, tests) is checked for undefined names by tsc (npm run lint runs it first), so
 * `no-undef` is off there; the CommonJS tooling files (scripts, configs, jest setup) get node's
 * globals, declared here rather than through the `globals` package, which is not a dependency.
 */
'use strict';

const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const { defineConfig } = require('eslint/config');

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));

const NODE_GLOBALS = readonly([
  'require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'URL', 'URLSearchParams',
  'TextEncoder', 'TextDecoder', 'AbortController', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'performance', 'fetch', 'globalThis',
]);
const JEST_GLOBALS = readonly(['describe', 'it', 'test', 'expect', 'beforeAll', 'afterAll', 'beforeEach', 'afterEach', 'jest']);

module.exports = defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-results/**', 'test-results/**', '.tmp/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Node tooling written as CommonJS JavaScript.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', ecmaVersion: 2022, globals: NODE_GLOBALS },
  },
  {
    files: ['tests/**/*.js', 'tests/**/*.cjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { ...NODE_GLOBALS, ...JEST_GLOBALS } },
  },
);
