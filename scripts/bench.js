#!/usr/bin/env node
// @ts-check
/*
 * npm run bench: performance figures, printed (no thresholds: these are measurements, not tests).
 *  1. RRP.TARGET and RRP.STATUS calls per second through the BUILT functions.js, as Excel runs it,
 *     over a million calls each with mixed spellings of regions, metrics and months, side by side with
 *     the production build of commit 752a49d (built once into .tmp/bench from `git archive`), and the ratio.
 *     Then hostile arguments (issue 9): every function with each argument in turn replaced by long text
 *     (up to Excel's 32,767 characters), JavaScript's own names, near misses, odd numbers and types;
 *     the slowest case, the slowest single call, and how many calls took 1 ms or more, told apart by
 *     whether a garbage collection ran meanwhile or the call used less than 1 ms of processor time.
 *  2. The production task pane page's JavaScript, raw and gzip.
 *  3. The Excel layer against the in-memory Excel double: a load of every region and both editions,
 *     100,000 actuals rows checked and written back (sync counts and times); beside the check of
 *     valid rows, the same rows with a distinct unknown region (then metric) on every row; and the
 *     largest request and response of a 100,000-row check whose rows all have a bad region and month
 *     and of a 100,000-row import with 500-character notes.
 *  4. Import previews (issue 19): a CSV of a million unknown headers, and a 16,384-column selection,
 *     read and previewed as the pane does it.
 *  5. The plan document reader: its time on a 1 MB document and on the worst texts it knows.
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
const { PerformanceObserver } = require('perf_hooks');
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
    console.log(
      `Measuring dist/ as it is (--no-build; built ${built}): not rebuilt, so it may be a development or stale build.\n`,
    );
    return dist;
  }
  console.log(
    `Production build into ${path.relative(ROOT, BENCH_DIST)} (webpack --mode production; dist/ is left alone)...`,
  );
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

const format = (/** @type {number} */ n) => Math.round(n).toLocaleString('en-GB');

/**
 * Calls `call(i)` `count` times after a warm-up, as Excel takes an answer: a plain value at once, a
 * promise (while the workbook plan is read) awaited, one call after the other as a column of formulas
 * would be; returns calls per second.
 * @param {number} count
 * @param {(i: number) => unknown} call
 */
async function callsPerSecond(count, call) {
  let sink = 0;
  const calls = async (/** @type {number} */ n) => {
    for (let i = 0; i < n; i++) {
      let answer = call(i);
      if (
        answer !== null &&
        typeof answer === 'object' &&
        typeof (/** @type {{ then?: unknown }} */ (answer).then) === 'function'
      )
        answer = await answer;
      sink += typeof answer === 'number' ? answer : String(answer).length;
    }
  };
  await calls(200000);
  const start = process.hrtime.bigint();
  await calls(count);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!Number.isFinite(sink)) throw new Error('unexpected result');
  return { perSecond: count / seconds, seconds };
}

/** The build the functions' speed is compared with: the last commit whose functions answered with plain values only. */
const BASELINE_COMMIT = '752a49d';

/**
 * functions.js of BASELINE_COMMIT's production build, made once from `git archive` of that commit into
 * .tmp/bench (with this project's node_modules) and kept there: the commit never changes.
 */
function baselineFunctions() {
  const dir = path.join(ROOT, '.tmp', 'bench', `baseline-${BASELINE_COMMIT}`);
  const built = path.join(dir, 'dist', 'functions.js');
  if (fs.existsSync(built)) return built;
  console.log(`Production build of ${BASELINE_COMMIT}'s functions into ${path.relative(ROOT, dir)} (once; kept)...`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = spawnSync('git', ['archive', '--format=tar', BASELINE_COMMIT], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (archive.status !== 0) throw new Error(`git archive ${BASELINE_COMMIT} failed: ${archive.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`Unpacking ${BASELINE_COMMIT} failed: ${untar.stderr}`);
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const result = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', path.join(dir, 'dist')], {
    cwd: dir,
    env: { ...process.env, ADDIN_BASE_URL: 'https://rrp-bench.example.org' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout || '');
    process.stderr.write(result.stderr || '');
    fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
    throw new Error(`The production build of ${BASELINE_COMMIT} failed.`);
  }
  return built;
}

/** @param {string} dist */
async function benchFunctions(dist) {
  const bundle = loadFunctionsBundle(fs.readFileSync(path.join(dist, 'functions.js'), 'utf8'));
  // Pairwise co-prime lengths (11, 8, 9 and 7) over N = their product calls: i mod each length then
  // runs through every combination of region, metric, month and actual once (Chinese remainder
  // theorem); the edition, every third call, is co-prime with the region and metric lengths too.
  const regions = [
    'KSS',
    'Kent, Surrey and Sussex',
    'kent surrey & sussex',
    'YH',
    'Y&H',
    'Yorkshire & the Humber',
    'East of England region',
    'EOE',
    'East of England',
    'SC',
    'south central',
  ];
  const metrics = [
    'EMP_6W',
    'employed six weeks after release',
    '6 week employment',
    'SETTLED_3M',
    'settled accommodation 3 months after leaving prison',
    'HOUSED_NIGHT1',
    'SOI_COMPLETED',
    'sexual offence interventions completed',
  ];
  const months = ['Sep 2023', '2023-10', 'October 2023', 45231, 45292.5, 'Jan 2024', 45017, 'May 2024', '10/2023'];
  const actuals = [0.175, 0.165, 0.8, 0.91, 0.5, 0.185, 0.19];
  const N = regions.length * metrics.length * months.length * actuals.length;
  /** @type {unknown[][]} */
  const targetArgs = [];
  /** @type {unknown[][]} */
  const statusArgs = [];
  for (let i = 0; i < N; i++) {
    const region = regions[i % regions.length];
    const metric = metrics[i % metrics.length];
    targetArgs.push([region, metric, i % 3 === 0 ? 2023 : null]);
    statusArgs.push([region, metric, actuals[i % actuals.length], months[i % months.length], null, null]);
  }
  const baseline = loadFunctionsBundle(fs.readFileSync(baselineFunctions(), 'utf8'));
  /** @param {import('./functionsBundle').LoadedBundle} loaded @param {string} id */
  const fn = (loaded, id) => {
    const found = loaded.registry.get(id);
    if (!found) throw new Error(`A built functions.js does not associate RRP.${id}.`);
    return found;
  };
  const COUNT = 1000000;
  const ROUNDS = 3;
  /**
   * Calls per second of this build and of the baseline, in alternate rounds of COUNT calls (so a busy
   * machine slows both alike); the median round of each.
   * @param {(f: (...args: unknown[]) => unknown) => (i: number) => unknown} caller
   * @param {string} id
   */
  const sideBySide = async (id, caller) => {
    /** @type {number[]} */
    const now = [];
    /** @type {number[]} */
    const before = [];
    for (let round = 0; round < ROUNDS; round++) {
      before.push((await callsPerSecond(COUNT, caller(fn(baseline, id)))).perSecond);
      now.push((await callsPerSecond(COUNT, caller(fn(bundle, id)))).perSecond);
    }
    const median = (/** @type {number[]} */ list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    return { now: median(now), before: median(before) };
  };
  const target = await sideBySide('TARGET', (f) => (i) => {
    const a = targetArgs[i % N];
    return f(a[0], a[1], a[2]);
  });
  const status = await sideBySide('STATUS', (f) => (i) => {
    const a = statusArgs[i % N];
    return f(a[0], a[1], a[2], a[3], a[4], a[5]);
  });
  console.log(
    `Custom functions (built functions.js against the production build of ${BASELINE_COMMIT}, alternate rounds of ${format(COUNT)} calls, median of ${ROUNDS}; mixed spellings cycling through ${format(N)} argument lists)`,
  );
  for (const [name, figures, aim] of /** @type {const} */ ([
    ['RRP.TARGET', target, 0.8],
    ['RRP.STATUS', status, 0.9],
  ])) {
    console.log(
      `  ${name}  ${format(figures.now)} calls/s; ${BASELINE_COMMIT}: ${format(figures.before)} calls/s; ratio ${(figures.now / figures.before).toFixed(2)}x (aim: at least ${aim}x)`,
    );
  }
}

/**
 * Text of exactly `length` characters made by repeating `unit`.
 * @param {string} unit
 * @param {number} length
 */
const repeated = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/**
 * Hostile arguments, each text made distinct by `k` so that no memo answers it. Long texts end in k,
 * so they are 32,767 characters (Excel's longest) whatever k is.
 * @param {number} k
 * @returns {unknown[]}
 */
function hostileArguments(k) {
  const MAX = 32767;
  const long = (/** @type {string} */ unit) => `${repeated(unit, MAX - String(k).length)}${k}`;
  return [
    long('x'),
    long('ab '),
    long('employed 6 weeks '),
    long('Kent, Surrey and Sussex '),
    long('1 '),
    long(' '),
    long('\t=\n'),
    long('２'),
    long('🙂'),
    long('1'),
    `${repeated('Yorkshire and the Humber ', 199)}${k}`.slice(-200),
    `${repeated('q', 90)}${k}`,
    `Yorkshire and the Humbr ${k}`,
    `Londn${k}`,
    `employment ${k}`,
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    `constructor ${k}`,
    '２０２２',
    `10/31/20${10 + (k % 10)}`,
    `31/02/20${10 + (k % 10)}`,
    null,
    true,
    false,
    0,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0.5,
    1.0000000000000002,
    2023,
    45200,
    1e308,
    Number.MAX_SAFE_INTEGER,
  ];
}

/** @param {string} dist */
async function benchHostileCalls(dist) {
  const bundle = loadFunctionsBundle(fs.readFileSync(path.join(dist, 'functions.js'), 'utf8'));
  /** @type {Record<string, unknown>} */
  const valid = { region: 'KSS', metric: 'EMP_6W', plan: null, month: '2023-10', actual: 0.175, tolerance: null };
  const signatures = {
    TARGET: ['region', 'metric', 'plan'],
    BASELINE: ['region', 'metric', 'plan'],
    CHANGE: ['region', 'metric', 'plan'],
    DEADLINE: ['region', 'metric', 'plan'],
    SOURCE: ['region', 'metric', 'plan'],
    TRAJECTORY: ['region', 'metric', 'month', 'plan'],
    STATUS: ['region', 'metric', 'actual', 'month', 'plan', 'tolerance'],
    GAP: ['region', 'metric', 'actual', 'plan'],
    PLAN: ['region', 'plan'],
  };
  let rawErrors = 0;
  /** Per case (function, argument, hostile value): the time of each round's call, in ms. @type {Map<string, { what: string, list: number[] }>} */
  const times = new Map();
  // Calls over the 1 ms aim, and the garbage collections seen meanwhile, to tell the one from the other.
  /** @type {{ start: number, end: number, cpuMs: number }[]} */
  const overAim = [];
  /** @type {{ start: number, end: number }[]} */
  const collections = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  // A call answering through a promise (while the workbook plan is read) is timed to its answer.
  const round = async (/** @type {number} */ k) => {
    for (const [id, params] of Object.entries(signatures)) {
      const fn = bundle.registry.get(id);
      if (fn === undefined) throw new Error(`The built functions.js does not register ${id}.`);
      for (const [position, param] of params.entries()) {
        for (const [which, value] of hostileArguments(k).entries()) {
          const args = params.map((p, i) => (i === position ? value : valid[p]));
          const start = performance.now();
          const cpuStart = process.cpuUsage();
          try {
            await fn(...args);
          } catch (error) {
            if (
              typeof error !== 'object' ||
              error === null ||
              /** @type {{ name?: unknown }} */ (error).name !== 'CustomFunctions.Error'
            )
              rawErrors++;
          }
          const end = performance.now();
          const cpu = process.cpuUsage(cpuStart);
          const ms = end - start;
          if (k <= WARM_UP_ROUNDS) continue;
          if (ms >= 1) overAim.push({ start, end, cpuMs: (cpu.user + cpu.system) / 1000 });
          const shownValue =
            typeof value === 'string'
              ? `${value.length.toLocaleString('en-GB')}-character text ${JSON.stringify(value.slice(0, 12))}…`
              : String(value);
          const key = `${id}|${position}|${which}`;
          const seen = times.get(key) ?? { what: `RRP.${id} with ${param} = ${shownValue}`, list: [] };
          seen.list.push(ms);
          times.set(key, seen);
        }
      }
    }
  };
  const ROUNDS = 5;
  // Not counted: the engine compiles and then recompiles the hot code over the first rounds.
  const WARM_UP_ROUNDS = 3;
  const start = process.hrtime.bigint();
  for (let k = 1; k <= WARM_UP_ROUNDS + ROUNDS; k++) await round(k);
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  await new Promise((resolve) => setTimeout(resolve, 50)); // the observer hears of collections a little later
  observer.disconnect();
  const duringCollection = overAim.filter((call) =>
    collections.some((gc) => gc.start < call.end && gc.end > call.start),
  );
  // Processor time of this process: a call that used less than 1 ms of it waited for the machine.
  const waited = overAim.filter((call) => !duringCollection.includes(call) && call.cpuMs < 1).length;
  const otherwise = overAim.length - duringCollection.length - waited;
  const median = (/** @type {number[]} */ list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const cases = [...times.values()].map(({ what, list }) => ({ what, median: median(list), most: Math.max(...list) }));
  const worst = cases.reduce((a, b) => (b.median > a.median ? b : a));
  const slowest = cases.reduce((a, b) => (b.most > a.most ? b : a));
  console.log(
    `Hostile arguments (built functions.js; each argument of each function in turn; long and near-miss texts new in every round, so no memo answers them)`,
  );
  console.log(
    `  ${format(cases.length)} cases, ${ROUNDS} rounds (${total.toFixed(0)} ms in all); aim: any single call under 1 ms`,
  );
  console.log(`  slowest case (median of its ${ROUNDS} calls): ${worst.median.toFixed(3)} ms, ${worst.what}`);
  console.log(
    `  slowest single call seen: ${slowest.most.toFixed(3)} ms, ${slowest.what} (its median ${slowest.median.toFixed(3)} ms)`,
  );
  const calls = [...times.values()].reduce((sum, { list }) => sum + list.length, 0);
  console.log(
    `  calls of 1 ms or more: ${overAim.length} of ${format(calls)}: ${duringCollection.length} while the bench's own garbage was being collected (perf_hooks 'gc' entries), ` +
      `${waited} using under 1 ms of processor time (the machine was busy with something else), ${otherwise} otherwise`,
  );
  console.log(
    `  ${rawErrors === 0 ? 'no call threw anything but an Excel error' : `${rawErrors} calls threw something other than an Excel error`}`,
  );
}

/** @param {string} dist */
function benchBundleSize(dist) {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
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
  const onDemand = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !scripts.includes(f) && f !== 'functions.js');
  for (const file of onDemand) {
    const body = fs.readFileSync(path.join(dist, file));
    console.log(
      `  on demand: ${file} ${(body.length / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(body, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
    );
  }
}

/**
 * Bundles one of the TypeScript bench entries for node (bundleEntry) and prints what its run gives.
 * @param {string} entry file name in scripts/
 * @param {string} title
 * @param {(bench: any) => string[] | Promise<string[]>} run calls the entry's exported runner (any: a bundle
 *   required at run time carries no types)
 */
async function benchBundled(entry, title, run) {
  const { bundleEntry } = require('./bundleEntry');
  const bundled = await bundleEntry(
    path.join(__dirname, entry),
    path.join(ROOT, '.tmp', 'bench', entry.replace(/\.ts$/, '.js')),
    'node',
  );
  console.log(title);
  for (const line of await run(require(bundled))) console.log(`  ${line}`);
}

async function main() {
  const dist = buildToMeasure();
  await benchFunctions(dist);
  console.log('');
  await benchHostileCalls(dist);
  console.log('');
  benchBundleSize(dist);
  console.log('');
  await benchBundled('excelBench.ts', 'Excel layer against the in-memory Excel double', (b) => b.runExcelBench());
  console.log('');
  // Issue 19: previews of a million unknown headers and of a 16,384-column selection.
  await benchBundled('previewBench.ts', "Import previews (the domain and the pane's preview, in node)", (b) =>
    b.runPreviewBench(),
  );
  console.log('');
  // Issue 17: the plan document reader on 1 MB and on the worst texts it knows.
  await benchBundled('readerBench.ts', 'Plan document reader (readPlanDocument, in node)', (b) =>
    b.runReaderBench(ROOT),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
