#!/usr/bin/env node
// @ts-check
/*
 * npm run setup: the README's set-up, and the one CI runs (.ci/run), so both are the same steps.
 * On Debian or Ubuntu it installs the system packages that are missing (updating the package lists
 * first, since a fresh machine's lists are empty or old), as root or through sudo; then `npm ci`.
 * Without root it says which command to run, and goes on where it can: only libsecret-1-dev is needed
 * by `npm ci` itself (keytar builds from source); the others are for tests, which skip without them
 * outside CI.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');

/**
 * @typedef {{ name: string, present: () => boolean, why: string, neededByInstall?: boolean }} SystemPackage
 */

/** @param {string} file */
const executable = (file) => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** @param {string} command @param {string[]} args */
const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** @type {SystemPackage[]} */
const PACKAGES = [
  {
    name: 'libsecret-1-dev',
    present: () => succeeds('dpkg', ['-s', 'libsecret-1-dev']),
    why: 'lets keytar (pulled in by office-addin-dev-settings) build from source during npm ci',
    neededByInstall: true,
  },
  {
    name: 'chromium',
    present: () => executable(process.env.CHROMIUM_PATH || '/usr/bin/chromium'),
    why: "runs the task pane's end-to-end tests",
  },
  {
    name: 'libreoffice-calc-nogui',
    present: () => executable(process.env.SOFFICE_PATH || '/usr/bin/soffice'),
    why: "calculates RRP Progress's formulas in a test and prints the exported board pack",
  },
  {
    name: 'poppler-utils',
    present: () => executable('/usr/bin/pdftotext') && executable('/usr/bin/pdftoppm'),
    why: 'reads and pictures the printed board pack in its test',
  },
];

/** @param {string} command @param {string[]} args */
const run = (command, args) => {
  console.log(`> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    console.error(`setup: "${[command, ...args].join(' ')}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
};

/** Installs what is missing; returns false when it could not (no root, no sudo) and npm ci would fail. */
const installSystemPackages = () => {
  if (process.platform !== 'linux' || !succeeds('sh', ['-c', 'command -v apt-get && command -v dpkg'])) {
    console.log('setup: not Debian or Ubuntu, so no system packages are installed (none are needed by npm ci).');
    return true;
  }
  const missing = PACKAGES.filter((p) => !p.present());
  if (missing.length === 0) {
    console.log('setup: the system packages are already installed.');
    return true;
  }
  const names = missing.map((p) => p.name);
  for (const p of missing) console.log(`setup: missing ${p.name}: it ${p.why}.`);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot && !succeeds('sudo', ['-n', 'true'])) {
    console.log(
      [
        'setup: installing system packages needs root. Run this (as root, or with sudo), then npm run setup again:',
        `  apt-get update && apt-get install -y ${names.join(' ')}`,
      ].join('\n'),
    );
    return !missing.some((p) => p.neededByInstall);
  }
  /** @param {string[]} args */
  const apt = (args) =>
    isRoot ? run('apt-get', args) : run('sudo', ['DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', ...names]);
  return true;
};

if (!installSystemPackages()) {
  console.error('setup: stopped before npm ci, which cannot build keytar without libsecret-1-dev.');
  process.exit(1);
}
// Run by `npm run setup`, npm_execpath is npm's own script; directly (`node scripts/setup.js`), use npm.
const npm = process.env.npm_execpath;
if (npm) run(process.execPath, [npm, 'ci', '--no-audit', '--no-fund']);
else run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund']);
