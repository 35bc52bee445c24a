#!/usr/bin/env node
// @ts-check
/*
 * npm start / npm stop: sideload the add-in into desktop Excel with office-addin-debugging on Windows
 * and macOS. On Linux there is no desktop Excel (the tool only prints "Platform not supported"), so
 * say what to do instead.
 */
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const action = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform === 'linux') {
  if (action === 'stop') {
    console.log('Nothing to stop: on Linux the add-in is not sideloaded. Stop "npm run dev-server" with Ctrl+C.');
  } else {
    console.log(
      [
        'Desktop Excel does not run on Linux, so the add-in cannot be sideloaded from here. Instead:',
        '  1. npm run dev-server        (serves https://localhost:3000 with a development certificate)',
        '  2. In a browser, open https://localhost:3000/taskpane.html once and accept the certificate.',
        '  3. In Excel on the web, open a workbook: Home > Add-ins > More add-ins > Upload my add-in,',
        `     and choose ${path.join(__dirname, '..', 'manifest.xml')}`,
      ].join('\n'),
    );
  }
  process.exit(0);
}

const cli = path.join(__dirname, '..', 'node_modules', 'office-addin-debugging', 'cli.js');
const result = spawnSync(process.execPath, [cli, action, 'manifest.xml'], {
  cwd: path.join(__dirname, '..'),
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
