import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { findRelations } from '../src/nlp/attribution/attribution-relations.js';
import { attributionRelations } from '../src/nlp/relations.js';
import { defaultAttributionTagger } from '../src/nlp/attribution/model/tagger.js';
import { decodeAttributionModel, encodeAttributionModel, loadAttributionModel } from '../src/nlp/attribution/model/model-io.js';
import { BIO_B, BIO_I, BIO_O, BIO_RULES, decodeBio, encodeBio } from '../src/nlp/sequence/bio.js';
import { decodeSequence } from '../src/nlp/sequence/decode.js';
import { SequencePerceptron } from '../src/nlp/sequence/perceptron.js';

const MODEL = new URL('../../models/attribution.bin', import.meta.url);
const hasModel = existsSync(MODEL);
const STEPS = docSteps.filter((s) => ['segment', 'entities'].includes(s.name));
const docOf = (text: string) => analyseDoc(docFromLines('t', text), STEPS);

test('BIO encoding round-trips and drops a range overlapping an earlier one', () => {
  const labels = encodeBio(6, [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 4, end: 5 }]);
  assert.deepEqual([...labels], [BIO_O, BIO_B, BIO_I, BIO_O, BIO_B, BIO_O]);
  assert.deepEqual(decodeBio(labels), [{ start: 1, end: 3 }, { start: 4, end: 5 }]);
});

test('sequence perceptron learns a toy span and never decodes Inside after Outside', () => {
  // token i has feature id i; gold: tokens 2..3 form a span
  const f = { ids: Uint32Array.from([0, 1, 2, 3, 4]), offsets: Uint32Array.from([0, 1, 2, 3, 4, 5]) };
  const gold = encodeBio(5, [{ start: 2, end: 4 }]);
  const p = new SequencePerceptron(3, 4, BIO_RULES);
  for (let e = 0; e < 5; e++) p.train(f, gold);
  const out = decodeSequence(f, p.averaged(), BIO_RULES);
  assert.deepEqual(decodeBio(out), [{ start: 2, end: 4 }]);
  for (let i = 1; i < out.length; i++) assert.ok(!(out[i] === BIO_I && out[i - 1] === BIO_O));
});

test('model loads, and its encoding round-trips', { skip: !hasModel && 'needs models/attribution.bin' }, () => {
  assert.ok(defaultAttributionTagger());
  const tables = loadAttributionModel(MODEL);
  const again = decodeAttributionModel(encodeAttributionModel(tables));
  assert.deepEqual(again[1].transition, tables[1].transition);
  assert.deepEqual(again[2].emission, tables[2].emission);
});

test('tagger finds source, cue and content of a reported statement', { skip: !hasModel && 'needs models/attribution.bin' }, () => {
  const text = 'The city council will vote on the new budget next week, the mayor’s spokeswoman told reporters on Tuesday.';
  const doc = docOf(text);
  const spans = defaultAttributionTagger()!.tag(doc, findRelations(doc));
  const of = (role: string) => spans.filter((s) => s.role === role).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(of('source'), ['the mayor’s spokeswoman']);
  assert.ok(of('cue')[0]?.startsWith('told'), `cue ${of('cue')}`);
  assert.deepEqual(of('content'), ['The city council will vote on the new budget next week']);
});

test('combined relations link a cue the rules miss to its source and content', { skip: !hasModel && 'needs models/attribution.bin' }, () => {
  const text = 'Several economists believe that the recession will end by the spring.';
  const doc = docOf(text);
  const rels = attributionRelations(doc).map((r) => ({
    source: r.source && text.slice(r.source.start, r.source.end),
    cue: text.slice(r.cue.start, r.cue.end),
    content: r.content && text.slice(r.content.start, r.content.end),
  }));
  assert.deepEqual(rels, [{ source: 'Several economists', cue: 'believe', content: 'that the recession will end by the spring' }]);
});

test('tagging is deterministic', { skip: !hasModel && 'needs models/attribution.bin' }, () => {
  const text = '“We are not going anywhere,” she said. Officials said the talks had stalled, according to a person familiar with the matter.';
  const a = attributionRelations(docOf(text));
  const b = attributionRelations(docOf(text));
  assert.deepEqual(a, b);
  assert.ok(a.length >= 2);
});
