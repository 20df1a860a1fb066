import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCrosscheckError } from '../src/errors.js';
import { decodeAttributionModel, encodeAttributionModel, loadAttributionModel, modelDepsIn } from '../src/nlp/attribution/model/model-io.js';

const MODELS = new URL('../../models/', import.meta.url);

/** Run `check` on a models folder of copies of the committed attribution, syntax and NER models. */
function withModelsCopy(check: (dir: string, attribution: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'cc-models-'));
  try {
    for (const name of ['attribution.bin', 'syntax.bin', 'ner.bin']) copyFileSync(new URL(name, MODELS), join(dir, name));
    check(dir, join(dir, 'attribution.bin'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mismatch = (pattern: RegExp) => (e: unknown) => isCrosscheckError(e) && e.code === 'CC_MODEL_MISMATCH' && pattern.test(e.message);

test('the committed attribution model records the committed syntax and NER models it was trained with', () => {
  withModelsCopy((_dir, path) => assert.ok(loadAttributionModel(path)));
  assert.deepEqual(Object.keys(modelDepsIn(MODELS)), ['syntax.bin', 'ner.bin']);
});

test('an attribution model beside another syntax or NER model, or a missing one, is CC_MODEL_MISMATCH naming both versions', () => {
  withModelsCopy((dir, path) => {
    appendFileSync(join(dir, 'syntax.bin'), Buffer.from([0]));
    assert.throws(() => loadAttributionModel(path), mismatch(/attribution model .*attribution\.bin was trained with syntax\.bin [0-9a-f]{16}, but the syntax\.bin beside it is [0-9a-f]{16}: retrain it \(npm run train:attribution\)/));
    copyFileSync(new URL('syntax.bin', MODELS), join(dir, 'syntax.bin'));
    rmSync(join(dir, 'ner.bin'));
    assert.throws(() => loadAttributionModel(path), mismatch(/ner\.bin beside it is missing/));
  });
});

test('an attribution model file that records no dependencies is refused on load', () => {
  withModelsCopy((_dir, path) => {
    const tables = loadAttributionModel(path);
    writeFileSync(path, encodeAttributionModel(tables));
    // In memory (tests, training) a model needs no record; a file loaded for use does.
    assert.ok(decodeAttributionModel(encodeAttributionModel(tables)));
    assert.throws(() => loadAttributionModel(path), mismatch(/records no hashes/));
  });
});
