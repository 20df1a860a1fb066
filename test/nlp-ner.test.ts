import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entitiesFromIob, parseConll } from '../src/nlp/ner/conll.js';
import { decodeLabels, encodeLabels } from '../src/nlp/ner/labels.js';
import { decodeModel, encodeModel } from '../src/nlp/ner/model-io.js';
import { defaultTagger, shippedNerModel } from '../src/nlp/ner/tagger.js';
import { loadModel } from '../src/nlp/ner/model-io.js';

const tagger = defaultTagger();
const named = (words: string[]) =>
  tagger!.tag(words).map((e) => `${words.slice(e.start, e.end).join(' ')}/${e.type}`);

test('the shipped model loads quickly', () => {
  assert.ok(tagger, 'models/ner.bin is present');
  const model = loadModel(shippedNerModel()!);
  const t0 = performance.now();
  const copy = decodeModel(encodeModel(model));
  assert.ok(performance.now() - t0 < 2000);
  assert.equal(copy.weights.bucketBits, model.weights.bucketBits);
  assert.equal(copy.lexicons.gazetteer.size, tagger.lexicons.gazetteer.size);
  assert.deepEqual(copy.weights.emission, model.weights.emission);
});

test('tags people, organisations and places in newswire sentences', () => {
  const s1 = 'Chancellor Angela Merkel met President Barack Obama in Berlin on Tuesday .'.split(' ');
  assert.deepEqual(named(s1), ['Angela Merkel/person', 'Barack Obama/person', 'Berlin/place']);
  const s2 = 'Shares of General Motors fell 3 percent in New York , the company said .'.split(' ');
  assert.deepEqual(named(s2), ['General Motors/organization', 'New York/place']);
  const s3 = 'The European Commission fined Microsoft over its Windows software .'.split(' ');
  const found = named(s3);
  assert.ok(found.includes('European Commission/organization'), found.join());
  assert.ok(found.includes('Microsoft/organization'), found.join());
});

test('decoding is deterministic', () => {
  const words = 'Former U.S. Senator John Kerry said in Paris that NATO allies should meet in Brussels .'.split(' ');
  const a = tagger!.tag(words);
  for (let i = 0; i < 5; i++) assert.deepEqual(tagger!.tag(words), a);
  assert.ok(a.some((e) => e.type === 'person' && words.slice(e.start, e.end).join(' ') === 'John Kerry'));
});

test('IOB1 and IOB2 tags read as the same entities; BILOU round-trips', () => {
  const iob1 = entitiesFromIob(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']);
  assert.deepEqual(iob1, [
    { start: 0, end: 2, type: 'person' },
    { start: 3, end: 4, type: 'place' },
    { start: 4, end: 5, type: 'place' },
    { start: 5, end: 6, type: 'organization' },
  ]);
  assert.deepEqual(decodeLabels(encodeLabels(6, iob1)), iob1);
  const parsed = parseConll('-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n');
  assert.equal(parsed.length, 2);
  assert.deepEqual(parsed[1]!.entities, [{ start: 0, end: 2, type: 'person' }]);
});
