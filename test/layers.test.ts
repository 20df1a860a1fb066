import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The layer order of docs/architecture.md ("Layers"): a file may import its own layer and lower ones.
const LAYERS = ['errors.ts', 'util', 'model', 'extract', 'ingest', 'nlp', 'cluster', 'analyze', 'store', 'engine', 'queue', 'render', 'server', 'eval', 'cli', 'index.ts'];

// Known upward imports waiting on another change; each names why. Keep this list short.
const PENDING = new Set<string>([]);

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Layer rank of a path relative to src/, or -1 for a top-level folder or file the order does not name. */
function layerOf(path: string): number {
  return LAYERS.indexOf(path.split('/')[0] ?? '');
}

/** Every import in `text` (of the file at `path`, relative to src/) that goes up a layer or to an unknown one. */
function layerViolations(path: string, text: string): string[] {
  const out: string[] = [];
  const from = layerOf(path);
  if (from < 0) out.push(`${path}: unknown top-level folder or file (add it to the layer order)`);
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? '';
    const target = relative(SRC, resolve(SRC, dirname(path), spec)).split(sep).join('/').replace(/\.js$/, '.ts');
    if (target.startsWith('..')) continue; // outside src (package.json, models): not a layer
    const to = layerOf(target);
    if (PENDING.has(`${path} -> ${target}`)) continue;
    if (to < 0) out.push(`${path}: import '${spec}' names an unknown layer`);
    else if (to > from) out.push(`${path}: import '${spec}' goes up from ${LAYERS[from]} to ${LAYERS[to]}`);
  }
  return out;
}

test('no src file imports from a higher layer', () => {
  const files = sources(SRC);
  assert.ok(files.length > 100, 'src/ was found');
  const bad = files.flatMap((f) => layerViolations(relative(SRC, f).split(sep).join('/'), readFileSync(f, 'utf8')));
  assert.deepEqual(bad, []);
});

test('the check catches static, dynamic and unknown-layer imports', () => {
  assert.equal(layerViolations('nlp/x.ts', "import { a } from '../store/repository.js';").length, 1);
  assert.equal(layerViolations('nlp/x.ts', "const m = await import('../engine/engine.js');").length, 1);
  assert.equal(layerViolations('store/x.ts', "import { a } from '../nlp/tokenize.js';").length, 0);
  assert.equal(layerViolations('novel/x.ts', '').length, 1);
  assert.equal(layerViolations('nlp/x.ts', "export { b } from '../nowhere/b.js';").length, 1);
});
