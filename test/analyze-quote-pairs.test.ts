import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchingQuotes } from '../src/analyze/quote-pairs.js';
import { sameQuote } from '../src/analyze/quote-match.js';
import { ALSO_IN_LIMIT, WORDING_PAIRS_PER_QUOTE, quotesStoryStep } from '../src/analyze/quotes.js';
import { buildStory } from '../src/analyze/build-story.js';
import { analyseDoc, docSteps } from '../src/nlp/pipeline.js';
import { docFromLines } from '../src/eval/lines-doc.js';
import { seededRandom } from '../src/util/random.js';

const STEPS = docSteps.filter((s) => ['segment', 'entities', 'quotes', 'attributions'].includes(s.name));

test('indexed quote matching finds exactly the pairs of the all-pairs loop', () => {
  // Variants of a few sentences over a small vocabulary: many pairs sit near the 0.8 threshold.
  const rand = seededRandom(7);
  const words = 'we will not back down from this fight now ever the vote is close, they said; it ends'.split(' ');
  const seeds = Array.from({ length: 6 }, () => Array.from({ length: 3 + Math.floor(rand() * 14) }, () => words[Math.floor(rand() * words.length)]!));
  const texts: string[] = [];
  for (let i = 0; i < 300; i++) {
    const w = [...seeds[i % seeds.length]!];
    for (let k = Math.floor(rand() * 4); k > 0; k--) w[Math.floor(rand() * w.length)] = words[Math.floor(rand() * words.length)]!;
    texts.push((rand() < 0.3 ? w.slice(0, Math.max(1, w.length - 2)) : w).join(' ').toUpperCase());
  }
  const brute = texts.map((t, i) => texts.flatMap((o, j) => (i !== j && sameQuote(t, o) ? [j] : [])));
  const indexed = matchingQuotes(texts);
  assert.deepEqual(indexed, brute);
  assert.ok(brute.some((m) => m.length > 0) && brute.some((m) => m.length < texts.length - 1), 'the sample has matches and non-matches');
});

test('a quote carried by very many articles: alsoIn and wording pairs are capped, earliest kept', () => {
  const n = ALSO_IN_LIMIT + 20;
  const docs = Array.from({ length: n }, (_, k) =>
    analyseDoc(docFromLines(`a${String(k).padStart(3, '0')}`, `Senator Maria Lopez spoke on Monday. “We will not back down from this fight, not now, not in ${1000 + k},” Lopez said.`), STEPS),
  );
  const story = buildStory('big', docs, [quotesStoryStep]);
  assert.equal(story.quotes.length, n);
  for (const q of story.quotes) {
    assert.equal(q.alsoIn.length, ALSO_IN_LIMIT);
    assert.ok(!q.alsoIn.includes(q.article));
  }
  // Articles are oldest first (ids here): the first quote lists the next ALSO_IN_LIMIT articles.
  assert.deepEqual(story.quotes[0]!.alsoIn, docs.slice(1, ALSO_IN_LIMIT + 1).map((d) => d.id));
  const pairs = story.discrepancies.filter((d) => d.kind === 'quote-wording');
  const expected = Array.from({ length: n }, (_, i) => Math.min(WORDING_PAIRS_PER_QUOTE, n - 1 - i)).reduce((a, b) => a + b, 0);
  assert.equal(pairs.length, expected);
  assert.deepEqual(pairs[0]!.articles, ['a000', 'a001']);
});
