import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { attachSharedMembers, averageLinkage } from '../src/analyze/align/average-linkage.js';
import { synonyms } from '../src/nlp/wordnet.js';
import { lemmaOf } from '../src/analyze/align/align-text.js';
import { factAlignModel } from '../src/analyze/align/model.js';
import { ensembleScore } from '../src/analyze/align/trees.js';
import { buildStory } from '../src/analyze/build-story.js';
import { sentencePairFeatures } from '../src/eval/align/pair-features.js';
import { storyCounts } from '../src/eval/align/story-metrics.js';
import { article } from './story-fixtures.js';
import { SHARED, dataSkip } from './support/data-dir.js';

/** 0-1 state fact A, 3-4 fact B, 2 states both (each unit its own article). */
function twoFactsAndABridge(): { n: number; s: Map<number, number> } {
  const n = 5;
  const s = new Map<number, number>();
  const put = (i: number, j: number, p: number) => s.set(i * n + j, p);
  put(0, 1, 0.95);
  put(3, 4, 0.95);
  put(0, 2, 0.9);
  put(1, 2, 0.9);
  put(2, 3, 0.9);
  put(2, 4, 0.9);
  return { n, s };
}

test('average linkage: a sentence stating two facts does not glue their groups together', () => {
  // 0-1 state fact A, 3-4 fact B, 2 states both: single link would make one group of five.
  const { n, s } = twoFactsAndABridge();
  const groups = averageLinkage(n, s, 0.8, [0, 1, 2, 3, 4]);
  assert.equal(groups.length, 2);
  assert.ok(groups.some((g) => g.includes(0) && g.includes(1)));
  assert.ok(groups.some((g) => g.includes(3) && g.includes(4)));
  assert.ok(!groups.some((g) => g.includes(0) && g.includes(3)));
});

test('a sentence stating two facts supports both: it joins the second group too, but only with a new outlet', () => {
  // Same scores as above: 2 (its own article) states facts A (0, 1) and B (3, 4).
  const { n, s } = twoFactsAndABridge();
  const article = [0, 1, 2, 3, 4];
  const groups = attachSharedMembers(averageLinkage(n, s, 0.8, article), n, s, 0.8, article);
  assert.ok(groups.some((g) => [0, 1, 2].every((i) => g.includes(i))), JSON.stringify(groups));
  assert.ok(groups.some((g) => [2, 3, 4].every((i) => g.includes(i))), JSON.stringify(groups));
  // A weak link to one member of B is not enough: the mean over B's members counts.
  const weak = new Map(s);
  weak.set(2 * n + 4, 0);
  const apart = attachSharedMembers(averageLinkage(n, weak, 0.8, article), n, weak, 0.8, article);
  assert.equal(apart.filter((g) => g.includes(2)).length, 1, JSON.stringify(apart));
  // Nor does it join a group that already has its article.
  assert.equal(attachSharedMembers([[0, 1], [3, 4], [2]], n, s, 0.8, [0, 1, 2, 2, 4]).filter((g) => g.includes(2)).length, 2);
});

test('average linkage: pairs inside one article do not count in the mean, so a repeated fact stays one group', () => {
  // 0 and 1 are one article stating the fact twice (their own score high); 2 is another outlet.
  const n = 3;
  const s = new Map([[0 * n + 1, 0.97], [0 * n + 2, 0.9], [1 * n + 2, 0.85]]);
  assert.deepEqual(averageLinkage(n, s, 0.8, [0, 0, 1]), [[0, 1, 2]]);
  // Without the edge between 1 and 2, the mean over the counted pairs (0-2, 1-2) is 0.45.
  const t = new Map([[0 * n + 1, 0.97], [0 * n + 2, 0.9]]);
  assert.equal(averageLinkage(n, t, 0.8, [0, 0, 1]).length, 2);
});

test('WordNet synonyms and lemmas from the registry packages', () => {
  assert.ok(synonyms('halt', 'stop'));
  assert.ok(synonyms('cease', 'stop'));
  assert.ok(synonyms('decline', 'refuse'));
  assert.ok(!synonyms('halt', 'bus'));
  assert.equal(lemmaOf('said'), 'say');
  assert.equal(lemmaOf('metres'), 'metre');
  assert.equal(lemmaOf('lowered'), 'lower');
});

const model = factAlignModel();

test('the fact-alignment model ranks a paraphrase far above an unrelated sentence of the same story', { skip: !model && 'no models/fact-align.json' }, () => {
  const [para, other] = sentencePairFeatures(model!.freq, [
    { a: 'The authority ordered the drawdown of the reservoir on Thursday.', b: 'On Thursday the water authority ordered the reservoir drawn down.', label: 1 },
    { a: 'The authority ordered the drawdown of the reservoir on Thursday.', b: 'The mayor praised the volunteers at the shelter.', label: 0 },
  ]);
  // Ranking, not the absolute level: a reworded paraphrase with few shared rare words scores about
  // 0.5, which is the model's known recall limit (docs/claims.md, Known gaps).
  const [p, q] = [ensembleScore(model!.ensemble, para!), ensembleScore(model!.ensemble, other!)];
  assert.ok(p > 0.4 && p > 5 * q, `${p} vs ${q}`);
  assert.ok(q < 0.2);
});

test('story: a refusal to comment by one party, worded two ways by two outlets, is one claim', { skip: !model && 'no models/fact-align.json' }, () => {
  const a = article('a', 'Ledger', 'The Department of Defense has declined to comment.\nThe mill closed in May.');
  const b = article('b', 'Wire', 'The Pentagon has not commented on the closure.\nWorkers gathered outside the gates on Tuesday.');
  const story = buildStory('s', [a, b]);
  const c = story.claims.find((x) => x.support.some((s) => /declined to comment/.test(s.text)))!;
  assert.ok(c);
  assert.deepEqual(new Set(c.support.map((s) => s.article)), new Set(['a', 'b']));
  // the mill's closing and the workers' gathering are other facts
  assert.equal(story.claims.filter((x) => x.support.length === 1).length, 2);
});

test('story metrics: facts found, pair precision and false single-source share from a gold story', () => {
  const gold = {
    story: 's',
    articles: { a: 'x', b: 'y' },
    facts: [{ fact: 'f1', in: [['a', 0, 10], ['b', 0, 10]] as [string, number, number][] }, { fact: 'f2', in: [['a', 20, 30], ['b', 20, 30]] as [string, number, number][] }],
    contradictions: [],
  };
  const c = storyCounts(gold, [
    { status: 'corroborated', support: [{ article: 'a', start: 0, end: 10 }, { article: 'b', start: 0, end: 10 }], contradiction: [] },
    { status: 'single-source', support: [{ article: 'a', start: 20, end: 30 }], contradiction: [] },
    { status: 'corroborated', support: [{ article: 'a', start: 40, end: 50 }, { article: 'b', start: 20, end: 30 }], contradiction: [] },
  ]);
  assert.equal(c.factsFound, 1);
  assert.equal(c.predictedPairs, 2);
  assert.equal(c.correctPairs, 1);
  assert.equal(c.singleSource, 1);
  assert.equal(c.singleSourceShared, 1);
});

const SEEDS = new URL('seeds/', SHARED);
test('eval-gold dev stories exist and reference the data', { skip: dataSkip(existsSync(SEEDS)) }, () => {
  assert.ok(existsSync(new URL('../../eval-gold/align/dev/', import.meta.url)));
});
