import { test } from 'node:test';
import assert from 'node:assert/strict';
import { briefBody, briefCounts, hasUnmatchedBracket, isBroken, isCut, isLoweredName } from '../src/eval/brief/brief-counts.js';
import type { AlignGoldStory } from '../src/eval/align/gold.js';
import type { Evidence } from '../src/model/dossier.js';

// Sentences written for these tests.
const A = 'The council approved the new bridge on Monday. Ms. Ortega said the work would start in May.';
const ev = (article: string, text: string, doc = A): Evidence => ({ article, text, start: doc.indexOf(text), end: doc.indexOf(text) + text.length });

test('the body of a brief line is its words without the label; a disagreement has none', () => {
  assert.equal(briefBody('According to one outlet (Metro Wire), the council approved the new bridge on Monday.'), 'the council approved the new bridge on Monday');
  assert.equal(briefBody('The council approved the new bridge (reported independently by A and B).'), 'The council approved the new bridge');
  assert.equal(briefBody('Reports differ — four metres (A) vs six metres (B).'), null);
});

test('a line is cut when its words are a shorter part of the source sentence; a dropped opener is no cut', () => {
  const s = ev('a', 'The council approved the new bridge on Monday.');
  assert.equal(isCut('According to one outlet (Metro Wire), the council approved the new bridge on Monday.', [s]), false);
  assert.equal(isCut('According to Metro Wire, the council approved the new bridge.', [s]), true);
  assert.equal(isCut('The mayor resigned (reported by Metro Wire).', [s]), null);
  const but = { article: 'a', text: 'But the council approved the plan.', start: 0, end: 34 };
  assert.equal(isCut('The council approved the plan (reported independently by A and B).', [but]), false);
});

test('broken lines: a final determiner or preposition, a reporting verb with nothing said, an empty quote', () => {
  assert.ok(isBroken('According to one outlet (X), thousands of readers subscribed to a.'));
  assert.ok(isBroken('President Trump said on Saturday (reported independently by A and B).'));
  assert.ok(isBroken('According to X, the spokeswoman said Thursday.'));
  assert.ok(isBroken('According to X, the mayor called the plan "" and left.'));
  assert.ok(!isBroken('According to X, sources told the Daily News that she had left (reported by A).'));
  assert.ok(!isBroken('The council approved the new bridge on Monday (reported independently by A and B).'));
});

test('an unmatched bracket is found ("Robert] Mueller")', () => {
  assert.ok(hasUnmatchedBracket('Reports differ — "Robert] Mueller" is written "Robert Mueller" in 1 other.'));
  assert.ok(!hasUnmatchedBracket('According to one outlet (X), the [city] council met.'));
});

test('a lowered name or title is one the article writes capitalised mid-sentence and never in lower case', () => {
  const doc = `${A} The plan, which Ms. Ortega backs, costs 4 million.`;
  const docText = () => doc;
  const s = ev('a', 'Ms. Ortega said the work would start in May.', doc);
  assert.ok(isLoweredName('According to one outlet (X), ms. Ortega said the work would start in May.', [s], docText));
  assert.ok(!isLoweredName('According to one outlet (X), Ms. Ortega said the work would start in May.', [s], docText));
  assert.ok(!isLoweredName('According to one outlet (X), the council approved the new bridge on Monday.', [ev('a', 'The council approved the new bridge on Monday.', doc)], docText));
});

test('story counts: "one outlet" for a fact the gold finds in two articles, and the main event first', () => {
  const B = 'The new bridge was approved by the council on Monday.';
  const gold: AlignGoldStory = {
    story: 's',
    articles: {},
    facts: [
      { fact: 'bridge approved', in: [['a', 0, 46], ['b', 0, B.length]] },
      { fact: 'work starts in May', in: [['a', 47, A.length], ['c', 0, 10]] },
    ],
    contradictions: [],
  };
  const docText = (id: string) => (id === 'a' ? A : B);
  const mainFirst = briefCounts(
    gold,
    [
      { text: 'The council approved the new bridge on Monday (reported independently by A and B).', citations: ['a', 'b'], evidence: [ev('a', 'The council approved the new bridge on Monday.'), { article: 'b', text: B, start: 0, end: B.length }] },
      { text: 'According to one outlet (A), Ms. Ortega said the work would start in May.', citations: ['a'], evidence: [ev('a', 'Ms. Ortega said the work would start in May.')] },
    ],
    docText,
  );
  assert.deepEqual({ ...mainFirst }, { briefs: 1, sentences: 2, singleLabelled: 1, singleButShared: 1, claimSentences: 2, cut: 0, broken: 0, lowered: 0, bracket: 0, mainEvent: 1 });
  const otherFirst = briefCounts(gold, [{ text: 'According to one outlet (A), the mayor left.', citations: ['a'], evidence: [{ article: 'a', text: 'x', start: 200, end: 210 }] }], docText);
  assert.equal(otherFirst.mainEvent, 0);
  assert.equal(otherFirst.singleButShared, 0);
});
