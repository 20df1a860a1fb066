import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compactEmission, compactEmissionScores } from '../src/nlp/sequence/compact-emission.js';
import { sequenceEmissions } from '../src/nlp/sequence/decode.js';
import { emptySequenceWeights } from '../src/nlp/sequence/weights.js';
import { seededRandom } from '../src/util/random.js';

// The three-label (BIO) path of compactEmissionScores keeps sums in locals: it must equal the dense
// table bit for bit, for int16 and float weights, including absent buckets and empty tokens.
test('three-label compact emission scores equal the dense table', () => {
  const rand = seededRandom(11);
  const float = emptySequenceWeights(3, 12);
  const int = { ...float, emission: new Int16Array(float.emission.length) };
  const buckets = 1 << 12;
  for (let k = 0; k < 600; k++) {
    const row = Math.floor(rand() * buckets);
    const l = Math.floor(rand() * 3);
    const v = Math.floor(rand() * 65535) - 32767;
    int.emission[row * 3 + l] = v;
    float.emission[row * 3 + l] = v / 7.3;
  }
  const n = 40;
  const offsets = new Uint32Array(n + 1);
  const idList: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = i % 7 === 3 ? 0 : 1 + Math.floor(rand() * 30);
    for (let j = 0; j < count; j++) idList.push(Math.floor(rand() * buckets));
    offsets[i + 1] = idList.length;
  }
  const f = { ids: Uint32Array.from(idList), offsets };
  for (const w of [int, float]) {
    const fast = compactEmissionScores(f, compactEmission(w));
    const dense = sequenceEmissions(f, w);
    assert.equal(fast.length, n * 3);
    assert.ok(fast.some((x) => x !== 0));
    assert.deepEqual(fast, dense);
  }
});
