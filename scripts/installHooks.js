// @ts-check
/**
 * npm's `prepare` script (run by npm install and npm ci): points git at scripts/hooks, so that
 * scripts/hooks/pre-commit runs before each commit. Where there is nothing to point (no git, no
 * checkout such as an unpacked tarball, a repository git refuses to touch as another user, or this
 * package installed inside another repository) it says so and leaves the install to succeed.
 */
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const git = (/** @type {string[]} */ args) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

try {
  const top = git(['rev-parse', '--show-toplevel']);
  if (path.resolve(top) === ROOT) {
    git(['config', 'core.hooksPath', 'scripts/hooks']);
    console.log('Git hooks: scripts/hooks (the pre-commit hook formats and lints staged files).');
  }
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.log(`Git hooks not installed (${reason}); the install goes on.`);
}
