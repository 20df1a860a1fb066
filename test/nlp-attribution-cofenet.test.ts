import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bioSpans, cofenetCounts, samePerson } from '../src/eval/tasks/attribution.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';

const doc = analyseDoc(docFromLines('t', 'The dam held, officials said on Monday.\nThe mayor agreed.'), docSteps.filter((s) => s.name === 'segment'));
const at = (words: string) => ({ start: doc.text.indexOf(words), end: doc.text.indexOf(words) + words.length });

test('CofeNet spans: one label per token; an inner source or cue splits a content and its rest (no B- tag) is no span', () => {
  const spans = bioSpans(doc, [
    { role: 'content', spans: [at('The dam held, officials said on Monday')] },
    { role: 'source', spans: [at('officials')] },
    { role: 'cue', spans: [at('said')] },
  ]);
  const tokens = (s: string) => s.split(':').map(Number);
  assert.equal(spans.content.length, 1);
  const [a, b] = tokens(spans.content[0]!);
  assert.equal(doc.text.slice(doc.tokens[a!]!.start, doc.tokens[b! - 1]!.end), 'The dam held,');
  assert.equal(spans.source.length, 1);
  assert.equal(spans.cue.length, 1);
});

test('CofeNet spans stop at a paragraph end', () => {
  const spans = bioSpans(doc, [{ role: 'content', spans: [{ start: doc.text.indexOf('officials'), end: doc.text.length }] }]);
  assert.equal(spans.content.length, 1);
  const [, b] = spans.content[0]!.split(':').map(Number);
  assert.equal(doc.tokens[b! - 1]!.end, doc.blocks[0]!.end);
});

test('CofeNet exact match: gold hits by membership, every predicted span outside the gold is a false positive', () => {
  assert.deepEqual(cofenetCounts({ gold: ['0:2', '3:4'], predicted: ['0:2', '0:2', '5:6', '5:6'] }), { hits: 1, gold: 2, falsePositives: 2 });
});

test('speaker names match by surname and a compatible first name', () => {
  assert.ok(samePerson('Donald J. Trump', 'Trump'));
  assert.ok(samePerson('Hillary Clinton', 'Hillary Rodham Clinton'));
  assert.ok(!samePerson('Bill Clinton', 'Hillary Clinton'));
});
