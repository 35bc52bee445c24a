#!/usr/bin/env node
/*
 * npm run bench: performance figures, printed (no thresholds: these are measurements, not tests).
 *  1. RRP.TARGET and RRP.STATUS calls per second through the BUILT functions.js, as Excel runs it,
 *     over a million calls each with mixed spellings of regions, metrics and months.
 *  2. The production task pane page's JavaScript, raw and gzip.
 *  3. The Excel layer against the in-memory Excel double: a load of every region and both editions,
 *     and 100,000 actuals rows checked and written back (sync counts and times).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { loadFunctionsBundle } = require('./functionsBundle');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

function ensureBuild() {
  if (fs.existsSync(path.join(DIST, 'functions.js')) && fs.existsSync(path.join(DIST, 'taskpane.js'))) return;
  console.log('No production build in dist/: building it first (npm run build).');
  const result = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status || 1);
}

const format = (n) => Math.round(n).toLocaleString('en-GB');

/** Calls `call(i)` `count` times after a warm-up; returns calls per second. */
function callsPerSecond(count, call) {
  for (let i = 0; i < 200000; i++) call(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) call(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { perSecond: count / seconds, seconds };
}

function benchFunctions() {
  const bundle = loadFunctionsBundle(fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8'));
  const regions = ['KSS', 'Kent, Surrey and Sussex', 'kent surrey & sussex', 'YH', 'Y&H', 'Yorkshire & the Humber', 'East of England region', 'EOE', 'SC', 'south central'];
  const metrics = ['EMP_6W', 'employed six weeks after release', '6 week employment', 'SETTLED_3M', 'settled accommodation 3 months after leaving prison', 'HOUSED_NIGHT1', 'SOI_COMPLETED', 'sexual offence interventions completed'];
  const months = ['Sep 2023', '2023-10', 'October 2023', 45231, 45292.5, 'Jan 2024', 45017, 'May 2024'];
  const actuals = [0.175, 0.165, 0.8, 0.91, 0.5, 0.185, 0.19, 0.7];
  // Argument lists built up front, with co-prime lengths, so every combination comes round.
  const N = regions.length * metrics.length * months.length * 7;
  const targetArgs = [];
  const statusArgs = [];
  for (let i = 0; i < N; i++) {
    const region = regions[i % regions.length];
    const metric = metrics[i % metrics.length];
    targetArgs.push([region, metric, i % 5 === 0 ? 2023 : null]);
    statusArgs.push([region, metric, actuals[i % 7], months[i % months.length], null, null]);
  }
  const TARGET = bundle.registry.get('TARGET');
  const STATUS = bundle.registry.get('STATUS');
  const COUNT = 1000000;
  let sink = 0;
  const target = callsPerSecond(COUNT, (i) => {
    const a = targetArgs[i % N];
    sink += TARGET(a[0], a[1], a[2]);
  });
  const status = callsPerSecond(COUNT, (i) => {
    const a = statusArgs[i % N];
    sink += STATUS(a[0], a[1], a[2], a[3], a[4], a[5]).length;
  });
  if (!Number.isFinite(sink)) throw new Error('unexpected result');
  console.log('Custom functions (built dist/functions.js, 1,000,000 calls each, mixed spellings)');
  console.log(`  RRP.TARGET  ${format(target.perSecond)} calls/s  (${target.seconds.toFixed(3)} s)`);
  console.log(`  RRP.STATUS  ${format(status.perSecond)} calls/s  (${status.seconds.toFixed(3)} s)`);
}

function benchBundleSize() {
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  console.log('Task pane page JavaScript (production build; office.js from the CDN not counted)');
  for (const src of scripts) {
    const body = fs.readFileSync(path.join(DIST, src.replace(/^\.?\//, '')));
    const zipped = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    console.log(`  ${src.padEnd(14)} ${(body.length / 1024).toFixed(1)} KB raw, ${(zipped / 1024).toFixed(1)} KB gzip`);
  }
  console.log(`  page total     ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
  // Chunks the page fetches only when needed (the CSV parser, when a file is chosen).
  const onDemand = fs.readdirSync(DIST).filter((f) => f.endsWith('.js') && !scripts.includes(f) && f !== 'functions.js');
  for (const file of onDemand) {
    const body = fs.readFileSync(path.join(DIST, file));
    console.log(`  on demand: ${file} ${(body.length / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(body, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
  }
}

async function benchExcelLayer() {
  const { bundleEntry } = require('./bundleEntry');
  const bundled = await bundleEntry(path.join(__dirname, 'excelBench.ts'), path.join(ROOT, '.tmp', 'bench', 'excelBench.js'), 'node');
  const { runExcelBench } = require(bundled);
  console.log('Excel layer against the in-memory Excel double');
  for (const line of await runExcelBench()) console.log(`  ${line}`);
}

async function main() {
  ensureBuild();
  benchFunctions();
  console.log('');
  benchBundleSize();
  console.log('');
  await benchExcelLayer();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
