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
