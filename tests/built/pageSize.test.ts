/**
 * The task pane page's JavaScript budget: what taskpane.html loads before the analyst does anything
 * stays within 180 KB gzip (KB = 1,024 bytes, gzip level 9, as `npm run bench` reports it). What a
 * feature needs only sometimes (the CSV parser, the PDF reader, the xlsx writer) is a chunk loaded on
 * demand and is not counted; this test fails if such a library slips into the page itself.
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { requireProductionBuild } from '../support/buildOnce';

const BUDGET_KB = 180;

function pageScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

describe('the task pane page (production build)', () => {
  const dist = requireProductionBuild();
  const scripts = pageScripts(dist);

  it('loads its own JavaScript from the build and nothing else of ours', () => {
    expect(scripts).toEqual(['taskpane.js']);
  });

  it(`keeps the page's JavaScript within ${BUDGET_KB} KB gzip`, () => {
    const gzipBytes = scripts.reduce(
      (sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, src)), { level: 9 }).length,
      0,
    );
    expect(gzipBytes / 1024).toBeLessThanOrEqual(BUDGET_KB);
  });
});
