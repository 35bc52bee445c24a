/**
 * The bench's plan document reader measurements, run in node (bundled by scripts/bench.js): its time
 * on a 1 MB document (the seeds' plans, one after another) and on the worst texts it knows, each
 * about 100 KB, against the aim of at most 100 ms per 100 KB whatever the text.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { readPlanDocument } from '../src/domain/planDocument';

const KB100 = 100_000;
const MB = 1_000_000;

/** Text of about `size` characters made by repeating `unit`. */
const repeated = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The worst texts known: each once made some pattern take time in the square of its length. */
function worstTexts(): [string, string][] {
  const contents = 'Contents\n\nForeword\t1\nTraining, skills and work\t4\n';
  return [
    ['a run of dots', `Foreword ${repeated('.', KB100)}`],
    ['a contents line of dots with no page number', `${contents}Foreword${repeated(' .', KB100)}`],
    ['a contents line of words with no page number', `${contents}${repeated('Training and work ', KB100)}`],
    ['dots and spaces, one paragraph', repeated('. ', KB100)],
    ['one line per word', repeated('Training\n', KB100)],
    ['percentages with no full stop', repeated('we will raise the proportion employed 12% ', KB100)],
    [
      'sentences of percentages',
      repeated('By March 2025 we will increase the proportion from 12% in March 2024. ', KB100),
    ],
    ['bullets', repeated('• ', KB100)],
  ];
}

function timed(text: string): number {
  readPlanDocument(text.slice(0, 1000)); // warm-up
  const start = process.hrtime.bigint();
  readPlanDocument(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const line = (what: string, text: string): string => {
  const ms = timed(text);
  const per100 = ms / (text.length / KB100);
  return `${what}: ${(text.length / 1000).toFixed(0)} KB in ${ms.toFixed(0)} ms (${per100.toFixed(1)} ms per 100 KB; aim at most 100)`;
};

export function runReaderBench(root: string): string[] {
  const folder = join(root, 'seeds', 'documents');
  const seeds = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(folder, f), 'utf8'))
    .join('\n\n');
  return [
    line('1 MB of plan documents (the seeds, repeated)', repeated(`${seeds}\n\n`, MB)),
    ...worstTexts().map(([what, text]) => line(what, text)),
  ];
}
