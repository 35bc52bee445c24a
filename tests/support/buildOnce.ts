/**
 * The production build the built-artifact tests check (tests/built/functions.test.ts,
 * tests/built/manifest.test.ts): `webpack --mode production` into dist/ with ADDIN_BASE_URL set to
 * TEST_ADDIN_BASE_URL. jest's globalSetup runs ensureProductionBuild() once per run; it skips the
 * build when dist/ already holds a build of exactly the current sources (a fingerprint of every input
 * file and the base URL). A failed build does not stop other tests: it is recorded, and the
 * built-artifact tests fail with its output.
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import fs from 'fs';
import path from 'path';

export const TEST_ADDIN_BASE_URL = 'https://rrp.example.org';
export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

const STAMP = path.join(DIST, '.test-build.json');
const TMP = path.join(ROOT, '.tmp');
const FAILURE = path.join(TMP, 'test-build-failure.txt');
const LOCK = path.join(TMP, 'test-build.lock');
const STALE_LOCK_MS = 5 * 60 * 1000;

interface Stamp {
  fingerprint: string;
  baseUrl: string;
  seconds: number;
  builtAt: string;
}

/** Files whose content decides the build's output. */
function inputFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'assets'));
  for (const file of [
    'seeds/plan-targets.json',
    'manifest.xml',
    'webpack.config.js',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    'scripts/functionsBundle.js',
    'scripts/buildChecks.js',
    'scripts/buildSettings.js',
    'scripts/helpPage.js',
    'scripts/contentSecurityPolicy.js',
    'scripts/customFunctionsStandIn.js',
  ]) {
    files.push(path.join(ROOT, file));
  }
  return files.filter((f) => fs.existsSync(f)).sort();
}

export function buildFingerprint(baseUrl = TEST_ADDIN_BASE_URL): string {
  const hash = createHash('sha256').update(`base ${baseUrl}\n`);
  for (const file of inputFiles()) hash.update(`${path.relative(ROOT, file)}\n`).update(fs.readFileSync(file));
  return hash.digest('hex');
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Runs `fn` holding a lock directory, so two jest runs never write dist/ at the same time. */
function withLock<T>(fn: () => T): T {
  fs.mkdirSync(TMP, { recursive: true });
  const deadline = Date.now() + STALE_LOCK_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = fs.statSync(LOCK, { throwIfNoEntry: false });
      if (!lock) continue; // released meanwhile
      if (Date.now() - lock.mtimeMs > STALE_LOCK_MS || Date.now() > deadline)
        fs.rmSync(LOCK, { recursive: true, force: true });
      else sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface BuildOutcome {
  ok: boolean;
  built: boolean;
  seconds: number;
  message: string;
}

/** Builds dist/ for TEST_ADDIN_BASE_URL unless it already holds a build of the current sources. */
export function ensureProductionBuild(): BuildOutcome {
  return withLock(() => {
    const fingerprint = buildFingerprint();
    const stamp = readStamp();
    if (stamp && stamp.fingerprint === fingerprint) {
      fs.rmSync(FAILURE, { force: true });
      return {
        ok: true,
        built: false,
        seconds: 0,
        message: `dist/ is up to date (production build for ${stamp.baseUrl} from ${stamp.builtAt}); build skipped`,
      };
    }
    // A failed production build emits nothing (emitOnErrors is off), so an old stamp must not survive it.
    fs.rmSync(STAMP, { force: true });
    const started = Date.now();
    const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const result = spawnSync(process.execPath, [cli, '--mode', 'production'], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: TEST_ADDIN_BASE_URL },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 5 * 60 * 1000,
    });
    const seconds = (Date.now() - started) / 1000;
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0 || !fs.existsSync(path.join(DIST, 'functions.js'))) {
      const message = `Production build (ADDIN_BASE_URL=${TEST_ADDIN_BASE_URL}) failed after ${seconds.toFixed(1)} s (exit ${result.status ?? result.signal ?? result.error?.message}):\n${output.slice(-20000)}`;
      fs.writeFileSync(FAILURE, message);
      return { ok: false, built: true, seconds, message };
    }
    const newStamp: Stamp = { fingerprint, baseUrl: TEST_ADDIN_BASE_URL, seconds, builtAt: new Date().toISOString() };
    fs.writeFileSync(STAMP, JSON.stringify(newStamp, null, 2));
    fs.rmSync(FAILURE, { force: true });
    return {
      ok: true,
      built: true,
      seconds,
      message: `production build for ${TEST_ADDIN_BASE_URL} took ${seconds.toFixed(1)} s`,
    };
  });
}

/**
 * For the built-artifact tests: dist/ as globalSetup left it. Throws the build's output when that
 * build failed; builds now if there is no build at all (jest run without its globalSetup).
 */
export function requireProductionBuild(): string {
  if (fs.existsSync(FAILURE)) throw new Error(fs.readFileSync(FAILURE, 'utf8'));
  const stamp = readStamp();
  if (stamp && stamp.baseUrl === TEST_ADDIN_BASE_URL) return DIST;
  const outcome = ensureProductionBuild();
  if (!outcome.ok) throw new Error(outcome.message);
  return DIST;
}
