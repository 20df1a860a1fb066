import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { echoCount } from '../src/analyze/brief/echo.js';
import { analysedSentences } from '../src/model/article.js';
import { briefClause, lowerFirst } from '../src/analyze/brief/wording.js';
import { docFrames } from '../src/analyze/claims/claim-frame.js';
import { readableSpan } from '../src/analyze/claims/claim-text.js';
import { disagreementLine } from '../src/analyze/brief/disagreement.js';
import { article } from './story-fixtures.js';

// Every article here is written for these tests.
const lines = (s: { brief: { text: string }[] }) => s.brief.map((b) => b.text).join('\n');

test('a brief line repeats its whole source sentence: no object or quote cut off, the quote kept with its speaker', () => {
  const story = buildStory('s', [
    article('a', 'Metro Wire', 'The Harlow council approved a new bridge over the Kessel river on Monday.\nThe families of the two injured workers requested an inquiry into the collapse of the old bridge.'),
    article('b', 'Daily Planet', 'On Monday the Harlow council approved a new bridge over the Kessel river.\n"We will rebuild it within two years," Mayor Ana Ruiz said on Monday.'),
    article('c', 'Gotham Gazette', 'A new bridge over the Kessel river was approved by the Harlow council on Monday.\nThe bridge will cost about 40 million euros, officials said.'),
  ]);
  const text = lines(story);
  assert.match(text, /requested an inquiry into the collapse of the old bridge/, text);
  assert.doesNotMatch(text, /requested\.$/m, text);
  const quote = story.brief.find((b) => /Ana Ruiz/.test(b.text));
  if (quote) assert.match(quote.text, /"We will rebuild it within two years," Mayor Ana Ruiz said on Monday/);
  for (const b of story.brief) assert.doesNotMatch(b.text, /\b(?:said|told)(?: on \w+day)?(?: \(reported[^)]*\))?\.$/, b.text);
});

test('the brief opens with the best-corroborated fact', () => {
  const story = buildStory('s', [
    article('a', 'Metro Wire', 'The Orvell port authority raised harbour fees by 8 percent on Tuesday.\nDock workers at Orvell walked off the job on Wednesday over the new shift rules.'),
    article('b', 'Daily Planet', 'The Orvell port authority increased harbour fees by 8 percent on Tuesday.\nOrvell dock workers walked off the job on Wednesday over new shift rules.'),
    article('c', 'Gotham Gazette', 'Dock workers at Orvell walked off the job on Wednesday in a dispute over shift rules.'),
  ]);
  const first = story.brief[0]!;
  assert.match(first.text, /walked off the job/, lines(story));
  assert.equal(new Set(first.citations).size, 3);
});

test('"one outlet" only when no other article writes a close sentence', () => {
  const a = article('a', 'Metro Wire', 'The Orvell port authority raised harbour fees by 8 percent on Tuesday.\nA bakery on Elm Street has employed the same 14 people since 1990.');
  const b = article('b', 'Daily Planet', 'On Tuesday the port authority of Orvell put up its harbour fees by 8 percent.');
  const [fees, bakery] = analysedSentences(a);
  assert.equal(echoCount(a, fees!, [a, b]), 1);
  assert.equal(echoCount(a, bakery!, [a, b]), 0);
});

test('after "According to …," an opening preposition is lower-cased even before a capitalised word', () => {
  const f = docFrames(article('a', 'Metro Wire', 'On Thursday night, Senator Lucia Brandt called for an independent review of the dams.'))[0]!;
  const body = readableSpan(f.doc, f.sentence);
  assert.match(lowerFirst(f, body.text, body.start), /^on Thursday night, Senator Lucia Brandt/);
  assert.match(lowerFirst(f, briefClause(f)), /^Senator Lucia Brandt|^on Thursday/);
});

test('a plural description is not replaced by a phrase whose noun sits in a preposition phrase', () => {
  const d = article('a', 'Metro Wire', 'The navy foiled a multiple-boat attack by pirates on Thursday.\nThe pirates tried to reverse the course of the boats.');
  const second = analysedSentences(d)[1]!;
  assert.match(readableSpan(d, second).text, /^The pirates tried/);
});

test('a disagreement line gives both values and both outlets', () => {
  const docs = [article('a', 'Metro Wire', 'The mayor spoke.'), article('b', 'Daily Planet', 'The mayor spoke.')];
  const evidence = [{ article: 'a', text: 'x', start: 0, end: 1 }];
  const quote = disagreementLine(
    { kind: 'quote-wording', summary: 'Mayor Ana Ruiz is quoted with different wording', articles: ['a', 'b'], evidence, sides: [{ value: 'We will rebuild the bridge', articles: ['a'] }, { value: 'We shall rebuild the bridge', articles: ['b'] }] },
    docs,
  );
  assert.equal(quote.text, 'Reports differ — Mayor Ana Ruiz is quoted with different wording: "We will rebuild the bridge" (Metro Wire) vs "We shall rebuild the bridge" (Daily Planet).');
  const name = disagreementLine(
    { kind: 'name-variant', summary: '"Ana Ruiz" (1 article) is written "Anna Ruiz" in 1 other', articles: ['a', 'b'], evidence, sides: [{ value: 'Ana Ruiz', articles: ['a'] }, { value: 'Anna Ruiz', articles: ['b'] }] },
    docs,
  );
  assert.match(name.text, /in 1 other \(Metro Wire vs Daily Planet\)\.$/);
  const named = disagreementLine(
    { kind: 'number', summary: 'Different figures: four metres (Metro Wire) vs six metres (Daily Planet)', articles: ['a', 'b'], evidence, sides: [{ value: 'four metres', articles: ['a'] }, { value: 'six metres', articles: ['b'] }] },
    docs,
  );
  assert.equal(named.text, 'Reports differ — Different figures: four metres (Metro Wire) vs six metres (Daily Planet).');
});
