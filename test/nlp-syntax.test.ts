import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSyntaxModel, tagSyntax } from '../src/nlp/syntax/tagger.js';
import { decodeSyntaxModel, encodeSyntaxModel } from '../src/nlp/syntax/model-io.js';
import { bestLabel, denseWeights } from '../src/nlp/syntax/greedy.js';
import { paragraphSyntax, PLACES } from '../src/nlp/attribution/model/syntax-features.js';

const model = defaultSyntaxModel();
const skip = !model && 'needs models/syntax.bin (npm run train:syntax)';

const WORDS = ['The', 'committee', 'has', 'been', 'investigating', 'the', 'deal', 'since', 'March', ',', 'officials', 'said', '.'];

test('tags a news sentence with Penn POS and IOB2 chunk tags', { skip }, () => {
  const m = model!;
  const t = tagSyntax(m, WORDS);
  const pos = Array.from(t.pos, (p) => m.posNames[p]);
  const chunk = Array.from(t.chunk, (c) => m.chunkNames[c]);
  assert.deepEqual(pos.slice(0, 5), ['DT', 'NN', 'VBZ', 'VBN', 'VBG']);
  assert.equal(pos[6], 'NN');
  assert.equal(pos[8], 'NNP');
  assert.equal(pos[10], 'NNS');
  assert.equal(pos[11], 'VBD');
  // "has been investigating" is one verb group; "The committee" one noun phrase.
  assert.deepEqual(chunk.slice(0, 5), ['B-NP', 'I-NP', 'B-VP', 'I-VP', 'I-VP']);
  assert.equal(chunk[7], 'B-PP');
  assert.equal(chunk[11], 'B-VP');
});

test('tagging is deterministic and survives an encode/decode round trip', { skip }, () => {
  const m = model!;
  const a = tagSyntax(m, WORDS);
  const again = decodeSyntaxModel(encodeSyntaxModel(m, 0));
  const b = tagSyntax(again, WORDS);
  assert.deepEqual(Array.from(a.pos), Array.from(b.pos));
  assert.deepEqual(Array.from(a.chunk), Array.from(b.chunk));
  assert.deepEqual(Array.from(tagSyntax(m, WORDS).pos), Array.from(a.pos));
  assert.equal(again.posDictionary.size, m.posDictionary.size);
  assert.ok(m.posDictionary.size > 100, 'frequent unambiguous words skip scoring');
});

test('paragraph views: verb-group head, the group before a particle, and what follows a noun phrase', { skip }, () => {
  const words = ['Critics', 'are', 'seizing', 'on', 'the', 'report', '.'];
  const s = paragraphSyntax(model!, words, new Uint16Array(words.length));
  // Heads and "next" are token indices: 2 = 'seizing', 1 = 'are' (the verb group after 'Critics').
  assert.equal(s.verbHead[1], 2);
  assert.equal(s.verbHead[2], 2);
  assert.equal(s.verbHeadBefore[3], 2);
  assert.equal(s.verbHead[0], -1);
  assert.equal(s.next[0], 1);
  assert.equal(model!.chunkNames[s.chunk[1]!], 'B-VP');
  assert.equal(PLACES[s.place[0]!], 'Be');
});

test('packed-row scoring picks the same label as summing the dense rows (ties to the lower id)', { skip }, () => {
  for (const t of [model!.pos, model!.chunk]) {
    assert.equal(t.kind, 'packed', 'a loaded model keeps only its nonzero weights');
    const w = denseWeights(t);
    const L = t.labels;
    const rows = w.length / L;
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % rows);
    for (let trial = 0; trial < 300; trial++) {
      const f = Uint32Array.from({ length: 1 + (trial % 20) }, rand);
      const dense = new Array<number>(L).fill(0);
      for (const r of f) for (let l = 0; l < L; l++) dense[l]! += w[r * L + l]!;
      const want = dense.indexOf(Math.max(...dense));
      assert.equal(bestLabel(t, f, f.length), want);
    }
  }
});
