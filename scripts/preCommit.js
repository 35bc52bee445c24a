// @ts-check
/**
 * The pre-commit hook's work (scripts/hooks/pre-commit): Prettier, then ESLint, on the staged files.
 * A file staged whole is formatted and staged again, so the commit holds the formatted text. A file
 * with changes not staged is only checked: formatting it would stage those changes too. ESLint reads
 * the files as they are on disk (for a file staged whole, what is committed). Exits 1 on any problem,
 * saying how to fix it; `git commit --no-verify` skips the hook.
 */
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const LINTED = /\.(?:[cm]?js|tsx?)$/;

/** Runs a command in the repository, its output shown; returns whether it succeeded. */
function run(/** @type {string} */ command, /** @type {string[]} */ args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

/** The paths git lists, NUL-separated, for these arguments. */
function paths(/** @type {string[]} */ args) {
  const result = spawnSync('git', [...args, '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.split('\0').filter((p) => p !== '');
}

const staged = paths(['diff', '--cached', '--name-only', '--diff-filter=ACMR']);
const partly = new Set(paths(['diff', '--name-only']));
const whole = staged.filter((p) => !partly.has(p));
const mixed = staged.filter((p) => partly.has(p));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
/** @type {string[]} */
const problems = [];

if (whole.length > 0) {
  if (!run(npx, ['prettier', '--write', '--ignore-unknown', '--log-level', 'warn', '--', ...whole]))
    problems.push('Prettier could not format a staged file (above).');
  else if (!run('git', ['add', '--', ...whole])) problems.push('The formatted files could not be staged again.');
}
if (mixed.length > 0 && !run(npx, ['prettier', '--check', '--ignore-unknown', '--log-level', 'warn', '--', ...mixed]))
  problems.push(
    `Files with unstaged changes need formatting: run npx prettier --write on them, then stage them (${mixed.join(', ')}).`,
  );

const linted = staged.filter((p) => LINTED.test(p));
if (linted.length > 0 && !run(npx, ['eslint', '--no-warn-ignored', '--', ...linted]))
  problems.push('ESLint found problems in staged files (above).');

if (problems.length > 0) {
  console.error(
    `\npre-commit: the commit was stopped.\n- ${problems.join('\n- ')}\n(git commit --no-verify skips this check.)`,
  );
  process.exit(1);
}
