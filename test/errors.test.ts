import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CrosscheckError, createError, errorCodes, isCrosscheckError } from '../src/errors.js';

const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
const documented = new Set([...doc.matchAll(/^## (CC_[A-Z_]+)$/gm)].map((m) => m[1]));

test('every registered error code has a section in docs/errors.md, and only those', () => {
  assert.deepEqual([...documented].sort(), Object.keys(errorCodes).sort());
});

test('each documented section states the status and exit code of its code', () => {
  for (const [code, def] of Object.entries(errorCodes)) {
    const section = doc.split(`## ${code}\n`)[1]?.split('\n## ')[0] ?? '';
    assert.match(section, new RegExp(`HTTP ${def.status}, exit code ${def.exit}`), code);
  }
});

test('coded errors carry code, status, exit code and a message naming the input', () => {
  const e = createError('CC_INPUT_BINARY', 'photos/cat.jpg');
  assert.ok(isCrosscheckError(e));
  assert.ok(e instanceof CrosscheckError);
  assert.equal(e.code, 'CC_INPUT_BINARY');
  assert.equal(e.status, 415);
  assert.equal(e.exitCode, 2);
  assert.match(e.message, /photos\/cat\.jpg/);
  assert.equal(isCrosscheckError(new Error('x')), false);
});

test('an unexpected server error is a coded 500 for the client and a warn line with the stack on stderr, also without --verbose', async () => {
  const { buildApp } = await import('../src/server/build-app.js');
  const { SqliteRepository } = await import('../src/store/sqlite-repository.js');
  const repo = new SqliteRepository(':memory:');
  repo.listStories = async () => {
    throw new TypeError('boom in listStories');
  };
  const app = await buildApp({ repo });
  let stderr = '';
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    const res = await app.inject('/api/stories');
    assert.equal(res.statusCode, 500);
    assert.deepEqual(res.json(), { error: { code: 'CC_INTERNAL', message: 'internal error: see the server log' } });
  } finally {
    process.stderr.write = write;
    await app.close();
    await repo.close();
  }
  assert.match(stderr, /^warn: GET \/api\/stories: CC_INTERNAL: TypeError: boom in listStories/m);
  assert.match(stderr, /\n\s+at /, 'the log has the stack');
});

test('SQLite failures are CC_DB naming the operation; a file that is not a database is CC_DB naming it', async () => {
  const { SqliteRepository } = await import('../src/store/sqlite-repository.js');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const repo = new SqliteRepository(':memory:');
  await assert.rejects(repo.listStories({ limit: Number.POSITIVE_INFINITY }), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_DB' && /listStories/.test(e.message));
  await repo.close();
  const dir = mkdtempSync(join(tmpdir(), 'cc-notdb-'));
  try {
    writeFileSync(join(dir, 'notes.db'), 'these are my notes, not a database\n'.repeat(200));
    assert.throws(() => new SqliteRepository(join(dir, 'notes.db')), (e: unknown) => isCrosscheckError(e) && e.code === 'CC_DB' && e.message.includes('notes.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a model file that fails to load is CC_MODEL_INVALID naming the file and the reason (missing, wrong kind, truncated)', async () => {
  const { loadModel } = await import('../src/nlp/ner/model-io.js');
  const { loadSyntaxModel } = await import('../src/nlp/syntax/model-io.js');
  const { encodeModelFile } = await import('../src/util/model-file.js');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'cc-model-'));
  const coded = (file: string, reason: RegExp) => (e: unknown) => isCrosscheckError(e) && e.code === 'CC_MODEL_INVALID' && e.message.includes(file) && reason.test(e.message);
  try {
    const missing = join(dir, 'ner.bin');
    assert.throws(() => loadModel(missing), coded(missing, /ENOENT/));
    const other = join(dir, 'other.bin');
    writeFileSync(other, encodeModelFile('CCXXX001', {}, []));
    assert.throws(() => loadSyntaxModel(other), coded(other, /bad magic/));
    const truncated = join(dir, 'truncated.bin');
    writeFileSync(truncated, readFileSync(new URL('../../models/syntax.bin', import.meta.url)).subarray(0, 12));
    assert.throws(() => loadSyntaxModel(truncated), coded(truncated, /./));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
