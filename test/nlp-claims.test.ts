import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newArticle, annotationsOf, type ArticleDoc } from '../src/model/article.js';
import { analyseDoc } from '../src/nlp/pipeline.js';

function doc(text: string, published: string | null = null): ArticleDoc {
  const blocks: ArticleDoc['blocks'] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  return analyseDoc(newArticle({ id: 't', source: 't', contentHash: '', text, blocks, meta: { url: null, outlet: null, title: null, author: null, published } }));
}

const claims = (d: ArticleDoc) => annotationsOf(d, 'claim');

test('subject, lemma predicate and object of a plain clause', () => {
  const d = doc('Interior Minister Jane Doe ordered the border agency to halt deportations to Freedonia.');
  const c = claims(d);
  assert.equal(c.length, 1);
  assert.equal(c[0]!.subject, 'Interior Minister Jane Doe');
  assert.equal(c[0]!.predicate, 'order');
  assert.equal(c[0]!.object, 'the border agency to halt deportations to Freedonia');
  assert.equal(c[0]!.negated, false);
  assert.equal(d.text.slice(c[0]!.start, c[0]!.end), 'Interior Minister Jane Doe ordered the border agency to halt deportations to Freedonia');
});

test('leading adverbials, trailing attributions and relative clauses are not part of the claim', () => {
  const d = doc('Meanwhile, the ministry, which oversees ports, has suspended all ferry licences, according to the Daily Planet.');
  const c = claims(d)[0]!;
  assert.equal(c.subject, 'the ministry');
  assert.equal(c.predicate, 'suspend');
  assert.equal(c.object, 'all ferry licences');
});

test('negation cues and "declined to comment"', () => {
  const d = doc('The agency has not commented on the decision.\nThe ministry declined to comment.');
  const c = claims(d);
  assert.equal(c.length, 2);
  assert.ok(c.every((x) => x.negated && x.predicate === 'comment'));
});

test('reported content is a claim; beliefs and opinions are not', () => {
  const d = doc('Officials said that the port will reopen on Monday.\nThe prevailing view is that the mayor is a puppet of the council.\nCritics argue that the plan is doomed.');
  const c = claims(d);
  assert.equal(c.length, 1);
  assert.equal(c[0]!.subject, 'the port');
  assert.equal(c[0]!.predicate, 'reopen');
});

test('questions and quoted speech are left out; "denied that" flips polarity', () => {
  const d = doc('Will the port reopen soon?\n“We will never reopen the port to foreign ships again,” the mayor said.\nThe mayor denied that the port had been sold.');
  const c = claims(d);
  assert.equal(c.length, 1);
  assert.equal(c[0]!.predicate, 'sell');
  assert.equal(c[0]!.negated, true);
});

test('dates and numbers are annotated before claims', () => {
  const d = doc('Police arrested 12 protesters on Friday.', '2025-03-03');
  assert.equal(annotationsOf(d, 'date')[0]!.value, '2025-02-28');
  assert.equal(annotationsOf(d, 'number')[0]!.value, 12);
  assert.equal(claims(d)[0]!.predicate, 'arrest');
});
