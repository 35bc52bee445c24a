#!/usr/bin/env node
/*
 * npm run bench: performance figures, printed (no thresholds: these are measurements, not tests).
 *  1. RRP.TARGET and RRP.STATUS calls per second through the BUILT functions.js, as Excel runs it,
 *     over a million calls each with mixed spellings of regions, metrics and months.
 *  2. The production task pane page's JavaScript, raw and gzip.
 *  3. The Excel layer against the in-memory Excel double: a load of every region and both editions,
 *     and 100,000 actuals rows checked and written back (sync counts and times).
 *
 * It measures a production build made for the purpose (webpack --mode production into .tmp/bench/dist,
 * leaving dist/ alone), so a development or stale dist/ is never what is measured. With --no-build it
 * measures dist/ as it is (for example a deployment build just made), and says that it did not check it.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { loadFunctionsBundle } = require('./functionsBundle');

const ROOT = path.resolve(__dirname, '..');
const BENCH_DIST = path.join(ROOT, '.tmp', 'bench', 'dist');

/** The folder to measure: a fresh production build, or dist/ as it is with --no-build. */
function buildToMeasure() {
  if (process.argv.includes('--no-build')) {
    const dist = path.join(ROOT, 'dist');
    for (const file of ['functions.js', 'taskpane.html']) {
      if (!fs.existsSync(path.join(dist, file))) {
        console.error(`--no-build: dist/${file} is missing. Build first (npm run build) or leave out --no-build.`);
        process.exit(1);
      }
    }
    const built = fs.statSync(path.join(dist, 'functions.js')).mtime.toISOString();
    console.log(`Measuring dist/ as it is (--no-build; built ${built}): not rebuilt, so it may be a development or stale build.\n`);
    return dist;
  }
  console.log(`Production build into ${path.relative(ROOT, BENCH_DIST)} (webpack --mode production; dist/ is left alone)...`);
  const started = Date.now();
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const result = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', BENCH_DIST], {
    cwd: ROOT,
    // The base URL only changes manifest.xml, which is not measured; set it so the build does not warn.
    env: { ...process.env, ADDIN_BASE_URL: process.env.ADDIN_BASE_URL || 'https://rrp-bench.example.org' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout || '');
    process.stderr.write(result.stderr || '');
    console.error('The production build failed; nothing measured.');
    process.exit(result.status || 1);
  }
  console.log(`Measuring that production build (${((Date.now() - started) / 1000).toFixed(1)} s to build).\n`);
  return BENCH_DIST;
}

const format = (n) => Math.round(n).toLocaleString('en-GB');

/** Calls `call(i)` `count` times after a warm-up; returns calls per second. */
/** Each call answers through a promise (the functions can wait for the workbook plan): awaited one by one, as a column of formulas would be. */
async function callsPerSecond(count, call) {
  for (let i = 0; i < 200000; i++) await call(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) await call(i);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { perSecond: count / seconds, seconds };
}

async function benchFunctions(dist) {
  const bundle = loadFunctionsBundle(fs.readFileSync(path.join(dist, 'functions.js'), 'utf8'));
  // Pairwise co-prime lengths (11, 8, 9 and 7) over N = their product calls: i mod each length then
  // runs through every combination of region, metric, month and actual once (Chinese remainder
  // theorem); the edition, every third call, is co-prime with the region and metric lengths too.
  const regions = ['KSS', 'Kent, Surrey and Sussex', 'kent surrey & sussex', 'YH', 'Y&H', 'Yorkshire & the Humber', 'East of England region', 'EOE', 'East of England', 'SC', 'south central'];
  const metrics = ['EMP_6W', 'employed six weeks after release', '6 week employment', 'SETTLED_3M', 'settled accommodation 3 months after leaving prison', 'HOUSED_NIGHT1', 'SOI_COMPLETED', 'sexual offence interventions completed'];
  const months = ['Sep 2023', '2023-10', 'October 2023', 45231, 45292.5, 'Jan 2024', 45017, 'May 2024', '10/2023'];
  const actuals = [0.175, 0.165, 0.8, 0.91, 0.5, 0.185, 0.19];
  const N = regions.length * metrics.length * months.length * actuals.length;
  const targetArgs = [];
  const statusArgs = [];
  for (let i = 0; i < N; i++) {
    const region = regions[i % regions.length];
    const metric = metrics[i % metrics.length];
    targetArgs.push([region, metric, i % 3 === 0 ? 2023 : null]);
    statusArgs.push([region, metric, actuals[i % actuals.length], months[i % months.length], null, null]);
  }
  const TARGET = bundle.registry.get('TARGET');
  const STATUS = bundle.registry.get('STATUS');
  const COUNT = 1000000;
  let sink = 0;
  const target = await callsPerSecond(COUNT, async (i) => {
    const a = targetArgs[i % N];
    sink += await TARGET(a[0], a[1], a[2]);
  });
  const status = await callsPerSecond(COUNT, async (i) => {
    const a = statusArgs[i % N];
    sink += (await STATUS(a[0], a[1], a[2], a[3], a[4], a[5])).length;
  });
  if (!Number.isFinite(sink)) throw new Error('unexpected result');
  console.log(`Custom functions (built functions.js, 1,000,000 calls each, mixed spellings cycling through ${format(N)} argument lists)`);
  console.log(`  RRP.TARGET  ${format(target.perSecond)} calls/s  (${target.seconds.toFixed(3)} s)`);
  console.log(`  RRP.STATUS  ${format(status.perSecond)} calls/s  (${status.seconds.toFixed(3)} s)`);
}

function benchBundleSize(dist) {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  let raw = 0;
  let gzip = 0;
  console.log('Task pane page JavaScript (production build; office.js from the CDN not counted)');
  for (const src of scripts) {
    const body = fs.readFileSync(path.join(dist, src.replace(/^\.?\//, '')));
    const zipped = zlib.gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    console.log(`  ${src.padEnd(14)} ${(body.length / 1024).toFixed(1)} KB raw, ${(zipped / 1024).toFixed(1)} KB gzip`);
  }
  console.log(`  page total     ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip`);
  // Chunks the page fetches only when needed (the CSV parser, when a file is chosen).
  const onDemand = fs.readdirSync(dist).filter((f) => f.endsWith('.js') && !scripts.includes(f) && f !== 'functions.js');
  for (const file of onDemand) {
    const body = fs.readFileSync(path.join(dist, file));
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
  const dist = buildToMeasure();
  await benchFunctions(dist);
  console.log('');
  benchBundleSize(dist);
  console.log('');
  await benchExcelLayer();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
