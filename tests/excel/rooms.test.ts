/**
 * The Excel layer's rooms (ARCHITECTURE.md): no import circle anywhere in src, and no feature folder
 * of src/excel importing another, nor shared/ importing a feature. Lint (no-restricted-imports) holds
 * the rooms for static imports; this test reads the source itself, so it sees `import()` too.
 */
import fs from 'fs';
import path from 'path';

const SRC = path.join(__dirname, '..', '..', 'src');
const EXCEL = path.join(SRC, 'excel');
const FEATURES = ['actuals', 'plan', 'load', 'report', 'progress'];

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
}

/** `from '…'`, `import '…'` and `import(/* … *\/ '…')`: relative specifiers only (packages are not ours). */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate),
  );
}

const graph = new Map<string, string[]>();
beforeAll(() => {
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    const targets = [...text.matchAll(SPECIFIER)].flatMap((m) => resolve(file, m[1]) ?? []);
    graph.set(file, targets);
  }
});

const rel = (file: string): string => path.relative(SRC, file);
const roomOf = (file: string): string | undefined => {
  const parts = path.relative(EXCEL, file).split(path.sep);
  return parts.length > 1 && !parts[0].startsWith('..') ? parts[0] : undefined;
};

describe('rooms of the Excel layer', () => {
  it('reads the imports (a scan that finds none cannot pass)', () => {
    expect(graph.get(path.join(EXCEL, 'actuals', 'check.ts'))).toContain(path.join(EXCEL, 'shared', 'gateway.ts'));
  });

  it('has no import circle in src', () => {
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('keeps each feature folder to itself, shared/ and the domain; shared/ imports no feature', () => {
    const crossings = [...graph].flatMap(([file, targets]) => {
      const room = roomOf(file);
      if (room === undefined) return [];
      return targets
        .filter((target) => {
          const other = roomOf(target);
          if (other === undefined) return !path.relative(EXCEL, target).startsWith('..'); // the layer's index, not the domain
          return other !== room && other !== 'shared';
        })
        .map((target) => `${rel(file)} → ${rel(target)}`);
    });
    expect(crossings).toEqual([]);
    expect(FEATURES.every((f) => fs.existsSync(path.join(EXCEL, f)))).toBe(true);
  });
});
