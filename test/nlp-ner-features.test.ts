import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeWord, sentenceFeatures, wordShape } from '../src/nlp/ner/features.js';
import { fnv1a } from '../src/nlp/ner/hash.js';
import { emptyLexicons, gazetteerMatches, phraseKey, typeBit, type Lexicons } from '../src/nlp/ner/lexicons.js';
import { shippedNerModel } from '../src/nlp/ner/tagger.js';
import { loadModel } from '../src/nlp/ner/model-io.js';
import { emptyWeights, bucketMask } from '../src/nlp/ner/weights.js';
import { wordEmissionScores } from '../src/nlp/ner/word-emission.js';
import { compactEmission, compactEmissionScores } from '../src/nlp/sequence/compact-emission.js';

/**
 * The feature templates spelled out as strings and hashed whole: the specification the per-word
 * cached extractor must reproduce id for id and in the same order.
 */
function referenceFeatures(raw: readonly string[], lex: Lexicons, mask: number): number[][] {
  const words = raw.map(normalizeWord);
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(wordShape);
  const n = words.length;
  const clusters = lower.map((l) => lex.clusters.get(fnv1a(l)) ?? []);
  const gaz = gazetteerMatches(lex, words);
  const letters = words.join('').replace(/[^\p{L}]/gu, '');
  const caps = letters.length > 3 && letters === letters.toUpperCase() ? 'C' : 'c';
  const at = (a: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]!);
  return words.map((w, i) => {
    const l = lower[i]!;
    const s = shapes[i]!;
    const f = ['b', `w=${w}`, `l=${l}`, `s=${s}`, `sc=${s}${caps}`];
    for (let j = 1; j <= 4 && j < l.length; j++) f.push(`p${j}=${l.slice(0, j)}`, `x${j}=${l.slice(l.length - j)}`);
    f.push(`l-1=${at(lower, i - 1)}`, `l+1=${at(lower, i + 1)}`, `l-2=${at(lower, i - 2)}`, `l+2=${at(lower, i + 2)}`);
    f.push(`s-1=${at(shapes, i - 1)}`, `s+1=${at(shapes, i + 1)}`);
    f.push(`b-=${at(lower, i - 1)}|${l}`, `b+=${l}|${at(lower, i + 1)}`, `t3=${at(shapes, i - 1)}|${s}|${at(shapes, i + 1)}`);
    f.push(`w|s+1=${l}|${at(shapes, i + 1)}`, `s-1|w=${at(shapes, i - 1)}|${l}`);
    if (i === 0) f.push(`first=${s}`);
    for (const g of gaz[i]!) f.push(`g=${g}`, `gs=${g}|${s}`);
    if (i > 0) for (const g of gaz[i - 1]!) f.push(`g-1=${g}`);
    if (i + 1 < n) for (const g of gaz[i + 1]!) f.push(`g+1=${g}`);
    clusters[i]!.forEach((c, lv) => f.push(`c${lv}=${c}`));
    if (i > 0) clusters[i - 1]!.forEach((c, lv) => f.push(`c-1${lv}=${c}`));
    if (i + 1 < n) clusters[i + 1]!.forEach((c, lv) => f.push(`c+1${lv}=${c}`));
    return f.map((x) => fnv1a(x) & mask);
  });
}

function perToken(raw: readonly string[], lex: Lexicons, mask: number): number[][] {
  const f = sentenceFeatures(raw, lex, mask);
  return raw.map((_, i) => [...f.ids.subarray(f.offsets[i]!, f.offsets[i + 1]!)].map((x) => x & mask));
}

const SENTENCES = [
  'Chancellor Angela Merkel met officials of the European Commission in Brussels on Tuesday .',
  'BRUSSELS 1996-08-22 : U.S. OFFICIALS SAY TALKS FAILED',
  '“ We will not go , ” said José Müller — the Zürich-based head of Acme Corp .',
  'the the the Merkel Merkel',
  'A',
  'ÉTÉ AU',
];

test('cached per-word features equal the templates hashed as whole strings', () => {
  const lex = emptyLexicons();
  lex.clusters.set(fnv1a('merkel'), [3, 17, 250, 1]);
  lex.clusters.set(fnv1a('the'), [0, 1]);
  lex.gazetteer.set(phraseKey(['European', 'Commission'], 0, 2), typeBit('organization'));
  lex.gazetteer.set(phraseKey(['Brussels'], 0, 1), typeBit('place') | typeBit('organization'));
  for (const mask of [(1 << 20) - 1, (1 << 10) - 1]) {
    // Twice: the second pass reads every word from the cache.
    for (let r = 0; r < 2; r++) for (const s of SENTENCES) assert.deepEqual(perToken(s.split(' '), lex, mask), referenceFeatures(s.split(' '), lex, mask), s);
  }
});

test('the word cache is per lexicon set: cluster features follow the lexicons passed', () => {
  const a = emptyLexicons();
  const b = emptyLexicons();
  b.clusters.set(fnv1a('paris'), [5]);
  const mask = (1 << 22) - 1;
  const fa = perToken(['Paris'], a, mask);
  const fb = perToken(['Paris'], b, mask);
  assert.equal(fb[0]!.length, fa[0]!.length + 1);
  assert.deepEqual(fb, referenceFeatures(['Paris'], b, mask));
});

// The full model (the tagger keeps only packed weights).
const shipped = shippedNerModel();
const model = shipped && loadModel(shipped);
test('with the shipped lexicons too', { skip: !model && 'needs models/ner.bin' }, () => {
  const mask = (1 << model!.weights.bucketBits) - 1;
  for (const s of SENTENCES) assert.deepEqual(perToken(s.split(' '), model!.lexicons, mask), referenceFeatures(s.split(' '), model!.lexicons, mask), s);
});

test('per-word emission sums equal the per-feature emission scores of the shipped model', { skip: !model && 'needs models/ner.bin' }, () => {
  const mask = (1 << model!.weights.bucketBits) - 1;
  const table = compactEmission(model!.weights);
  assert.ok(table.rows instanceof Int16Array, 'the shipped model is quantised');
  for (let r = 0; r < 2; r++) {
    for (const s of [...SENTENCES, 'Merkel', 'Merkel said', 'He met Pat Doe and the EU in Paris , France .']) {
      const words = s.split(' ');
      const expected = compactEmissionScores(sentenceFeatures(words, model!.lexicons, mask), table);
      assert.deepEqual(wordEmissionScores(words, model!.lexicons, mask, table), expected, s);
    }
  }
});

test('per-word emission sums equal per-feature scores for any integer table (and tags stay the same)', () => {
  const lex = emptyLexicons();
  lex.clusters.set(fnv1a('said'), [4, 9]);
  lex.gazetteer.set(phraseKey(['Paris'], 0, 1), typeBit('place'));
  const w = emptyWeights(12);
  const int = { ...w, emission: new Int16Array(w.emission.length) };
  // Pseudo-random non-zero weights in a third of the buckets.
  let x = 12345;
  for (let k = 0; k < int.emission.length; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    if (x % 3 === 0) int.emission[k] = (x >>> 8) % 200 - 100;
  }
  const table = compactEmission(int);
  for (const s of SENTENCES.concat(['She said Paris was calm .'])) {
    const words = s.split(' ');
    const expected = compactEmissionScores(sentenceFeatures(words, lex, bucketMask(int)), table);
    assert.deepEqual(wordEmissionScores(words, lex, bucketMask(int), table), expected, s);
  }
});
