import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addJointScores, jointEmission } from '../src/nlp/attribution/model/joint-emission.js';
import { sequenceEmissions } from '../src/nlp/sequence/decode.js';
import type { SequenceWeights } from '../src/nlp/sequence/weights.js';

/** A sparse int16 table whose non-zero buckets differ per role (so the packed union has gaps). */
function table(seed: number, bits: number): SequenceWeights {
  const L = 3;
  const emission = new Int16Array((1 << bits) * L);
  let x = seed;
  for (let r = 0; r < 1 << bits; r++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    if (x % 5 !== 0) continue;
    for (let l = 0; l < L; l++) emission[r * L + l] = ((x >>> (8 + l * 4)) % 2001) - 1000;
  }
  return { labels: L, bucketBits: bits, emission, transition: new Float32Array((L + 1) * L) };
}

test('joint emission scores equal each role table scored on its own, only for the listed roles', () => {
  const bits = 8;
  const tables = [table(1, bits), table(2, bits), table(3, bits)];
  const joint = jointEmission(tables);
  const ids = Uint32Array.from({ length: 40 }, (_, k) => (k * 37 + 11) % (1 << bits));
  const f = { ids, offsets: Uint32Array.from([0, 7, 7, 19, 40]) };
  const out = tables.map(() => new Float64Array(4 * 3));
  addJointScores(f, joint, out, [0, 2]);
  assert.deepEqual([...out[0]!], [...sequenceEmissions(f, tables[0]!)]);
  assert.deepEqual([...out[2]!], [...sequenceEmissions(f, tables[2]!)]);
  assert.ok(out[1]!.every((v) => v === 0), 'unlisted role untouched');
  addJointScores(f, joint, out, [1]);
  assert.deepEqual([...out[1]!], [...sequenceEmissions(f, tables[1]!)]);
  assert.ok(out[0]!.some((v) => v !== 0));
});
