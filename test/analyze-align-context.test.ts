import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isolatedContext, pairContexts, CONTEXT_FEATURE_NAMES } from '../src/analyze/align/context.js';
import type { AlignUnit } from '../src/analyze/align/units.js';
import { docFrames, isTimeStamp } from '../src/analyze/claims/claim-frame.js';
import { FEATURE_NAMES } from '../src/analyze/align/features.js';
import { tokenizeText } from '../src/nlp/tokenize.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { sentenceText } from '../src/eval/align/pair-features.js';
import { article } from './story-fixtures.js';

/** Context features read only which article a unit is in. */
const unitIn = (doc: string) => ({ frame: { doc: { id: doc } } }) as unknown as AlignUnit;

test('story context: the closest match in the other article is marked, a runner-up is not, with their margins', () => {
  // Unit 0 (article A) against units 1 and 2 of article B: 1 is its closest match there.
  const units = [unitIn('A'), unitIn('B'), unitIn('B')];
  const [best, runnerUp] = pairContexts(units, [[0, 1], [0, 2]], [0.8, 0.3]);
  const at = (x: number[] | undefined, f: (typeof CONTEXT_FEATURE_NAMES)[number]) => x![CONTEXT_FEATURE_NAMES.indexOf(f)]!;
  assert.equal(at(best, 'in-story'), 1);
  assert.equal(at(best, 'best-in-article'), 1);
  assert.ok(Math.abs(at(best, 'cosine-margin') - 0.5) < 1e-9);
  // 2 is 0's runner-up in B, while 0 is the only candidate of 2 in A: half marked, margin negative.
  assert.equal(at(runnerUp, 'best-in-article'), 0.5);
  assert.ok(Math.abs(at(runnerUp, 'cosine-margin') + 0.5) < 1e-9);
  assert.deepEqual(isolatedContext(0.4), [0, 1, 0.4]);
  assert.deepEqual(FEATURE_NAMES.slice(-CONTEXT_FEATURE_NAMES.length), [...CONTEXT_FEATURE_NAMES]);
});

test('a page time stamp is not a claim; a dated statement is', () => {
  for (const t of ['Updated: November 11, 2011 20: 09 IST', 'Published on: Fri, 11 Nov 2011 at 09: 56 IST', 'SATURDAY, SEPTEMBER 14, 2013, 9: 29 PM', 'Posted Mon Mar 3 10:04 EST']) assert.ok(isTimeStamp(t), t);
  for (const t of ['Ten dead in southern Iran quake', 'The attack happened on Thursday at 9 a.m.', 'Most at last']) assert.ok(!isTimeStamp(t), t);
  const doc = article('a', 'Daily Planet', 'Last updated on: November 11, 2011 19: 04 IST\n\nThe navy seized six rifles from the pirate boats on Thursday.');
  const frames = docFrames(doc);
  assert.equal(frames.length, 1);
  assert.match(doc.text.slice(frames[0]!.sentence.start, frames[0]!.sentence.end), /navy seized/);
});

test('a decimal spaced apart does not end a sentence; a year before a figure still does', () => {
  const split = (t: string) => splitSentences(t, 0, t.length, 0, tokenizeText(t, 0, t.length), 0).map((s) => t.slice(s.start, s.end));
  assert.deepEqual(split('A magnitude-6. 1 quake struck the island. It killed 10.'), ['A magnitude-6. 1 quake struck the island.', 'It killed 10.']);
  assert.deepEqual(split('The war ended in 2003. 1,500 people died.'), ['The war ended in 2003.', '1,500 people died.']);
});

test('a number word and its figure are one word to the overlap ("Ten dead" / "kills 10")', () => {
  assert.ok(sentenceText('Ten dead in southern Iran quake').lemmas.includes('10'));
  assert.ok(sentenceText('The quake killed 10 people.').lemmas.includes('10'));
  // The articles "a" / "an" stay words, not figures.
  assert.ok(!sentenceText('A quake struck an island.').lemmas.includes('1'));
});
