import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { linkLeftoverContents, linkSpans, unheldContents } from '../src/nlp/attribution/model/link-spans.js';
import type { TaggedSpan } from '../src/nlp/attribution/model/tagger.js';

const STEPS = docSteps.filter((s) => s.name === 'segment');
const TEXT = 'The senator said the bill was dead. Democrats are seizing on the vote as proof of chaos.';
const doc = analyseDoc(docFromLines('t', TEXT), STEPS);
const at = (phrase: string, role: TaggedSpan['role'], fallback = false): TaggedSpan => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length, role, paragraph: 0, sentence: start < 36 ? 0 : 1, fallback };
};
const word = (s: { start: number; end: number } | null) => (s ? TEXT.slice(s.start, s.end) : null);

test('a content no relation holds is carried by the nearest fallback cue, with no source', () => {
  const spans = [
    at('The senator', 'source'),
    at('said', 'cue'),
    at('the bill was dead', 'content'),
    at('Democrats', 'source'),
    at('are seizing on', 'cue', true),
    at('the vote as proof of chaos', 'content'),
  ];
  const linked = linkSpans(doc, spans);
  // the fallback cue starts no relation of its own
  assert.deepEqual(linked.map((r) => word(r.cue)), ['said']);
  const extra = linkLeftoverContents(doc, spans, linked);
  assert.equal(extra.length, 1);
  assert.equal(word(extra[0]!.cue), 'are seizing on');
  assert.equal(word(extra[0]!.content), 'the vote as proof of chaos');
  assert.equal(extra[0]!.source, null);
});

test('a content already held, or a fallback cue too far away, gives no extra relation', () => {
  const held = [at('said', 'cue'), at('the bill was dead', 'content'), at('are seizing on', 'cue', true)];
  assert.deepEqual(linkLeftoverContents(doc, held, linkSpans(doc, held)), []);
  const far = [at('The senator', 'cue', true), at('the vote as proof of chaos', 'content')];
  assert.deepEqual(linkLeftoverContents(doc, far, []), []);
});

test('a leftover content never claims a quote that opens its paragraph (the quotes step gives it the previous speaker)', () => {
  const text = 'Smith spoke on Monday.\n"We will win this fight in every court," the statement went on.';
  const d = analyseDoc(docFromLines('q', text), STEPS);
  const span = (phrase: string, role: TaggedSpan['role'], fallback: boolean): TaggedSpan => {
    const start = text.indexOf(phrase);
    return { start, end: start + phrase.length, role, paragraph: 1, sentence: 0, fallback };
  };
  const quoted = [span('We will win this fight in every court', 'content', false), span('went on', 'cue', true)];
  assert.deepEqual(linkLeftoverContents(d, quoted, []), []);
  // the same words unquoted are claimed
  const plain = text.replace(/"/g, ' ');
  const dp = analyseDoc(docFromLines('p', plain), STEPS);
  const at = (phrase: string, role: TaggedSpan['role'], fallback: boolean): TaggedSpan => {
    const start = plain.indexOf(phrase);
    return { start, end: start + phrase.length, role, paragraph: 1, sentence: 0, fallback };
  };
  const extra = linkLeftoverContents(dp, [at('We will win this fight in every court', 'content', false), at('went on', 'cue', true)], []);
  assert.equal(extra.length, 1);
});

test('a tagged content no relation holds, even with no cue near, is a reported passage (no cue, no source)', () => {
  const spans = [at('said', 'cue'), at('the bill was dead', 'content'), at('the vote as proof of chaos', 'content')];
  const linked = linkSpans(doc, spans);
  assert.deepEqual(linkLeftoverContents(doc, spans, linked), []);
  assert.deepEqual(unheldContents(spans, linked).map(word), ['the vote as proof of chaos']);
  // once a relation holds it, it is no longer a separate passage
  const extra = linkLeftoverContents(doc, [...spans, at('are seizing on', 'cue', true)], linked);
  assert.deepEqual(unheldContents(spans, [...linked, ...extra]), []);
});

test('a linked source loses a lone trailing comma but keeps the one closing an appositive', () => {
  const text = 'Mike Murphy, said the race was over. Murphy, the head of the group, said it was not.';
  const d = analyseDoc(docFromLines('c', text), STEPS);
  const span = (phrase: string, role: TaggedSpan['role'], from = 0): TaggedSpan => {
    const start = text.indexOf(phrase, from);
    return { start, end: start + phrase.length, role, paragraph: 0, sentence: start < 37 ? 0 : 1, fallback: false };
  };
  const rels = linkSpans(d, [span('Mike Murphy,', 'source'), span('said', 'cue'), span('Murphy, the head of the group,', 'source', 30), span('said', 'cue', 40)]);
  assert.deepEqual(
    rels.map((r) => (r.source ? text.slice(r.source.start, r.source.end) : null)),
    ['Mike Murphy', 'Murphy, the head of the group,'],
  );
});
