import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/analyze/build-story.js';
import { docFrames } from '../src/analyze/claims/claim-frame.js';
import { relateClaims } from '../src/analyze/claims/claim-relation.js';
import { article } from './story-fixtures.js';

const a = article('a', 'Daily Planet', 'Interior Minister Jane Doe ordered the border agency to halt deportations to Freedonia, her spokesman said on Friday.\nThe decision drew criticism from aid groups.');
const b = article('b', 'Gotham Gazette', 'Jane Doe has directed a cessation of all deportations to Freedonia, officials said.');
const c = article('c', 'Metro Wire', 'Doe halts deportations to Freedonia as talks with 12 Freedonian envoys continue in Springfield on Friday, ministry spokesman Tomas Berg said.');
const aCopy = article('a2', 'Daily Planet', 'Minister Jane Doe told the border agency to stop deportations to Freedonia, the paper learned.');

test('paraphrases of one claim align across outlets and are corroborated', () => {
  const story = buildStory('s1', [a, b, c, aCopy]);
  const top = story.claims[0]!;
  assert.equal(top.status, 'corroborated');
  assert.deepEqual(new Set(top.support.map((s) => s.article)), new Set(['a', 'b', 'c']));
  // The same outlet twice counts once.
  assert.equal(top.independentSources.length, 3);
  for (const s of top.support) {
    const doc = [a, b, c].find((d) => d.id === s.article)!;
    assert.equal(doc.text.slice(s.start, s.end), s.text);
  }
});

test('a look-alike claim with a different number is not aligned', () => {
  const x = article('x', 'Daily Planet', 'Police arrested 12 protesters outside the parliament in Springfield.');
  const y = article('y', 'Metro Wire', 'Police arrested 40 protesters outside the parliament in Springfield.');
  const fx = docFrames(x)[0]!;
  const fy = docFrames(y)[0]!;
  assert.equal(relateClaims(fx, fy), 'number');
  const story = buildStory('s2', [x, y]);
  assert.ok(story.claims.every((cl) => cl.support.length === 1));
  assert.ok(story.claims.every((cl) => cl.status === 'disputed'));
});

test('shared words alone are not enough: different subjects do not align', () => {
  const x = article('x', 'Daily Planet', 'The mayor suspended the ferry service to the island.');
  const y = article('y', 'Metro Wire', 'The governor suspended the ferry service to the island.');
  assert.equal(relateClaims(docFrames(x)[0]!, docFrames(y)[0]!), 'unrelated');
});

test('a negated claim makes one disputed claim holding both versions', () => {
  const x = article('x', 'Daily Planet', 'The transport ministry suspended the ferry licences of three operators.');
  const y = article('y', 'Metro Wire', 'The transport ministry has not suspended the ferry licences of the operators.');
  const story = buildStory('s3', [x, y]);
  const disputed = story.claims.filter((cl) => cl.status === 'disputed');
  assert.equal(disputed.length, 1);
  const [c] = disputed;
  const sides = [c!.support.map((s) => s.article), c!.contradiction.map((s) => s.article)].map((a) => a.join()).sort();
  assert.deepEqual(sides, ['x', 'y']);
});

test('an article crediting another outlet supports the claim via that outlet', () => {
  const x = article('x', 'Daily Planet', 'Jane Doe ordered the border agency to halt deportations to Freedonia, according to The New York Times.');
  const y = article('y', 'Metro Wire', 'Jane Doe directed the border agency to stop deportations to Freedonia, The New York Times reported.');
  const story = buildStory('s4', [x, y]);
  const top = story.claims[0]!;
  assert.equal(top.support.length, 2);
  assert.ok(top.support.every((s) => s.via === 'The New York Times'), JSON.stringify(top.support));
  assert.equal(top.status, 'single-source');
});
