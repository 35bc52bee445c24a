/*
 * ESLint flat config: @eslint/js recommended + typescript-eslint recommended everywhere.
 * TypeScript (src, tests, scripts/*.ts) is checked for undefined names by tsc (npm run lint runs it
 * first), so typescript-eslint turns `no-undef` off there. The JavaScript files, all CommonJS node
 * tooling (scripts/*.js and the config files), get node's globals, declared here rather than through
 * the `globals` package, which is not a dependency.
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
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022, globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
