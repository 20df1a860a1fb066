import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotationsOf, newArticle, type ArticleDoc, type Block } from '../src/model/article.js';
import { segment } from '../src/nlp/sentences.js';
import { hedges } from '../src/nlp/hedges/sentence-hedges.js';

function doc(text: string): ArticleDoc {
  const blocks: Block[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) blocks.push({ kind: 'paragraph', start: pos, end: pos + line.length });
    pos += line.length + 1;
  }
  const d = newArticle({ id: 't', source: 't', contentHash: '', text, meta: { url: null, outlet: null, title: null, author: null, published: null }, blocks });
  segment(d);
  hedges(d);
  return d;
}

function cues(d: ArticleDoc): string[] {
  return annotationsOf(d, 'hedge').map((h) => `${h.category}:${d.text.slice(h.start, h.end)}`);
}

test('speculation cues learned from the corpus are found with exact spans', () => {
  const d = doc('The minister reportedly resigned, and the decision was probably taken in haste.');
  const found = cues(d);
  assert.ok(found.includes('speculation:reportedly'), found.join(' '));
  assert.ok(found.includes('speculation:probably'), found.join(' '));
  for (const h of annotationsOf(d, 'hedge')) assert.equal(d.text.slice(h.start, h.end).toLowerCase(), h.cue);
});

test('modal auxiliaries are mild hedges, loaded words are opinion, generalisations are sweeping', () => {
  const d = doc('Everyone knows the council is a puppet regime. The plan could fail, and the vote was a betrayal.\nThe prevailing view is that the mayor is beholden to donors.');
  const found = cues(d);
  assert.ok(found.includes('sweeping:Everyone knows'), found.join(' '));
  assert.ok(found.includes('opinion:puppet regime'), found.join(' '));
  assert.ok(found.includes('opinion:betrayal'), found.join(' '));
  assert.ok(found.includes('hedge:could'), found.join(' '));
  assert.ok(found.includes('sweeping:prevailing view'), found.join(' '));
});

test('the month May is not a cue, the modal may is', () => {
  assert.deepEqual(cues(doc('The bridge reopened on May 5 after repairs.')), []);
  assert.deepEqual(cues(doc('Prices rose in May, the bureau said.')), []);
  assert.deepEqual(cues(doc('May 12 was the deadline.')), []);
  assert.deepEqual(cues(doc('The bridge may reopen next week.')), ['hedge:may']);
});

test('a plain factual sentence has no cues', () => {
  assert.deepEqual(cues(doc('The company reported revenue of 4.2 billion dollars for the quarter, up 3 percent from a year earlier.')), []);
  assert.deepEqual(cues(doc('Firefighters put out the blaze at the warehouse on Tuesday evening.')), []);
});

test('"military might" is a noun, not the modal', () => {
  assert.deepEqual(cues(doc('The parade was a display of military might.')), []);
  assert.equal(cues(doc('The parade might be cancelled.')).length, 1);
});
