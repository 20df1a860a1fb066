import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1aFrom, fnv1aRange, fnv1aUint } from '../src/nlp/ner/hash.js';
import { compactEmission, compactEmissionScores } from '../src/nlp/sequence/compact-emission.js';
import { sentenceFeatures } from '../src/nlp/ner/features.js';
import { emissionScores, viterbi, decodeScores } from '../src/nlp/ner/viterbi.js';
import { emptyWeights, bucketMask } from '../src/nlp/ner/weights.js';
import { defaultTagger, shippedNerModel } from '../src/nlp/ner/tagger.js';
import { loadModel } from '../src/nlp/ner/model-io.js';
import { emptyLexicons } from '../src/nlp/ner/lexicons.js';
import { tokenizeText } from '../src/nlp/tokenize.js';
import { findDates, annotateDates } from '../src/nlp/dates.js';
import { docFromText } from '../src/ingest/ingest.js';
import { segment } from '../src/nlp/sentences.js';

test('string-free hashes equal hashing the built strings', () => {
  const h = fnv1aFrom(0x811c9dc5, 'p3=');
  for (const w of ['', 'a', 'washington', 'zürich', '😀x']) {
    for (let j = 0; j <= w.length; j++) assert.equal(fnv1aRange(h, w, w.length - j, w.length), fnv1aFrom(h, w.slice(w.length - j)));
  }
  for (const n of [0, 1, 9, 10, 99, 100, 4095, 65535]) assert.equal(fnv1aUint(h, n), fnv1aFrom(h, String(n)));
});

test('compact emission scores equal the dense table, for float and int16 weights', () => {
  const w = emptyWeights(10);
  const int = { ...w, emission: new Int16Array(w.emission.length) };
  // A few scattered non-zero rows, one in the last bucket, one at bit 31 of a bitmap word.
  for (const [row, l, v] of [[3, 0, 5], [31, 4, -2], [32, 16, 7], [1023, 9, 11], [500, 1, 3]] as const) {
    w.emission[row * 17 + l] = v + 0.5;
    int.emission[row * 17 + l] = v;
  }
  const f = sentenceFeatures(['Pat', 'Doe', 'visited', 'Paris', '.'], emptyLexicons(), bucketMask(w));
  f.ids.set([3, 31, 32, 1023, 500, 7], 0);
  for (const weights of [w, int]) {
    const c = compactEmission(weights);
    assert.equal(c.rows.length, 5 * 17);
    assert.deepEqual(compactEmissionScores(f, c), emissionScores(f, weights));
    assert.deepEqual(decodeScores(compactEmissionScores(f, c), 5, weights.transition), viterbi(f, weights));
  }
});

const tagger = defaultTagger();
test('the tagger decodes the shipped model like the dense Viterbi', { skip: !tagger && 'needs models/ner.bin' }, () => {
  const words = 'Chancellor Angela Merkel met officials of the European Commission in Brussels on Tuesday .'.split(' ');
  const model = loadModel(shippedNerModel()!);
  const f = sentenceFeatures(words, model.lexicons, bucketMask(model.weights));
  const dense = viterbi(f, model.weights);
  const tagged = tagger!.tag(words).map((e) => `${e.start}-${e.end}`);
  assert.ok(tagged.includes('1-3'), 'Angela Merkel is found');
  assert.ok(dense[1] !== 0 && dense[2] !== 0);
});

test('tokenizing a block gives absolute offsets, the same as tokenizing the text up to its end', () => {
  const text = 'First block, Lt. Doe.\n\nSecond one: U.S. forces.';
  const from = text.indexOf('Second');
  const block = tokenizeText(text, from, text.length);
  assert.deepEqual(block, tokenizeText(text).filter((t) => t.start >= from));
  assert.equal(text.slice(block[3]!.start, block[3]!.end), 'U.S.');
});

test('sentences without a day-like word are skipped, dates elsewhere still found', () => {
  const doc = docFromText('The talks ended without a deal.\n\nThe minister spoke on Friday, 3 March 2030.', { source: 't', id: 't', published: '2030-03-10' });
  segment(doc);
  annotateDates(doc);
  const dates = doc.annotations.filter((a) => a.kind === 'date');
  assert.deepEqual(dates, findDates(doc.text.slice(doc.sentences[1]!.start), doc.sentences[1]!.start, new Date(Date.UTC(2030, 2, 10))));
  assert.ok(dates.length >= 1);
});
