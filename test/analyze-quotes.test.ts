import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory, stepsThrough } from '../src/analyze/build-story.js';
import { quotesStoryStep, canonicalSpeaker } from '../src/analyze/quotes/story-quotes.js';
import { provenanceStoryStep } from '../src/analyze/provenance.js';
import { sameQuote, sameWording } from '../src/analyze/quotes/quote-match.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import type { StoryEntity } from '../src/model/dossier.js';

const STEPS = docSteps.filter((s) => ['segment', 'entities', 'quotes', 'attributions'].includes(s.name));
const doc = (id: string, text: string) => analyseDoc(docFromLines(id, text), STEPS);

test('quote matching tolerates punctuation, case and truncation but not different quotes', () => {
  assert.ok(sameQuote('We will not back down, not now, not ever.', 'we will not back down - not now'));
  assert.ok(!sameQuote('We will not back down from this fight.', 'The economy is growing faster than expected.'));
  assert.ok(sameWording('We will not back down.', 'we will not back down'));
  assert.ok(!sameWording('We will never back down from this.', 'We will not back down from this.'));
});

test('canonical speaker by surname against story entities', () => {
  const entities: StoryEntity[] = [{ name: 'Maria Lopez', type: 'person', aliases: [], roles: [], articles: [], mentions: 2 }];
  assert.equal(canonicalSpeaker('Lopez', entities), 'Maria Lopez');
  assert.equal(canonicalSpeaker('Carl Byrd', entities), 'Carl Byrd');
});

test('story quotes: alsoIn across articles and a quote-wording discrepancy', () => {
  const a = doc('a', 'Senator Maria Lopez spoke on Monday. “We will not back down from this fight, not now,” Lopez said.');
  const b = doc('b', 'Maria Lopez was defiant. “We will never back down from this fight, not now,” said Lopez, according to Reuters.');
  const c = doc('c', 'The vote is expected next week and the chamber is divided.');
  const story = buildStory('s1', [a, b, c], stepsThrough('discrepancies'));
  const qa = story.quotes.find((q) => q.article === 'a')!;
  assert.equal(qa.speaker, 'Maria Lopez');
  assert.deepEqual(qa.alsoIn, ['b']);
  const d = story.discrepancies.filter((x) => x.kind === 'quote-wording');
  assert.equal(d.length, 1);
  assert.deepEqual(d[0]!.articles.sort(), ['a', 'b']);
  assert.equal(story.provenance.cited.find((x) => x.name === 'Reuters')?.citedBy[0], 'b');
  assert.ok(story.provenance.unsourced.includes('c'));
  assert.ok(!story.provenance.unsourced.includes('b'));
});

test('provenance names the outlet credited with the first report', () => {
  const a = doc('a', 'According to The Record, a cybersecurity publication that first reported the news, the order was signed.');
  const b = doc('b', 'The order was signed last week, CNN reported.');
  const story = buildStory('s2', [a, b], [quotesStoryStep, provenanceStoryStep]);
  assert.equal(story.provenance.firstReporter, 'The Record');
  assert.ok(story.attributions.some((x) => x.article === 'b' && x.cited === 'CNN' && x.text.includes('CNN')));
});
