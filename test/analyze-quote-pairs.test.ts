import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchingQuotes } from '../src/analyze/quotes/quote-pairs.js';
import { sameQuote, sameWordingOf, wordingOf } from '../src/analyze/quotes/quote-match.js';
import { ALSO_IN_LIMIT } from '../src/analyze/quotes/story-quotes.js';
import { WORDINGS_PER_DISCREPANCY } from '../src/analyze/discrepancies/quote-wording.js';
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

test('a quote carried by very many articles in different words: alsoIn capped, one discrepancy with the earliest wordings', () => {
  const n = ALSO_IN_LIMIT + 20;
  const docs = Array.from({ length: n }, (_, k) =>
    analyseDoc(docFromLines(`a${String(k).padStart(3, '0')}`, `Senator Maria Lopez spoke on Monday. “We will not back down from this fight, not now, not in ${1000 + k},” Lopez said.`), STEPS),
  );
  const story = buildStory('big', docs);
  assert.equal(story.quotes.length, n);
  for (const q of story.quotes) {
    assert.equal(q.alsoIn.length, ALSO_IN_LIMIT);
    assert.ok(!q.alsoIn.includes(q.article));
  }
  // Articles are oldest first (ids here): the first quote lists the next ALSO_IN_LIMIT articles.
  assert.deepEqual(story.quotes[0]!.alsoIn, docs.slice(1, ALSO_IN_LIMIT + 1).map((d) => d.id));
  const wording = story.discrepancies.filter((d) => d.kind === 'quote-wording');
  assert.equal(wording.length, 1);
  const expected = docs.slice(0, WORDINGS_PER_DISCREPANCY).map((d) => d.id);
  assert.deepEqual(wording[0]!.articles, expected);
  assert.deepEqual(wording[0]!.evidence.map((e) => e.article), expected);
  assert.equal(wording[0]!.summary, `Maria Lopez is quoted in ${WORDINGS_PER_DISCREPANCY} different wordings`);
});

test('wording groups do not chain: two utterances sharing a short fragment stay apart', () => {
  const lines = [
    '“We will not back down from this fight,” Lopez said.',
    '“We will never back down from this fight,” Lopez said.',
    '“We will not back down,” Lopez said.',
    '“We will not back down on taxes or on spending this year,” Lopez said.',
    '“We will not back down on taxes or on spending next year,” Lopez said.',
  ];
  const docs = lines.map((l, k) => analyseDoc(docFromLines(`d${k}`, `Senator Maria Lopez spoke on Monday. ${l}`), STEPS));
  const story = buildStory('chain', docs);
  const wording = story.discrepancies.filter((d) => d.kind === 'quote-wording');
  // "We will not back down" matches all four longer quotes; each utterance's rewordings still form their own item.
  for (const d of wording) {
    const texts = d.evidence.map((e) => e.text);
    assert.ok(!(texts.some((t) => t.includes('fight')) && texts.some((t) => t.includes('taxes'))), `one item mixes two utterances: ${texts.join(' | ')}`);
  }
  assert.ok(wording.some((d) => d.evidence.some((e) => e.text.includes('never'))), 'the fight rewording is reported');
});

test('a quote repeated word for word is one entry with every other place in repeats; each differing wording is one discrepancy', () => {
  const verbatim = '“We will not back down from this fight, not now, not ever,” Lopez said.';
  const reworded = '“We will never back down from this fight, not now, not ever,” Lopez said.';
  const n = ALSO_IN_LIMIT + 30;
  const docs = Array.from({ length: n }, (_, k) =>
    analyseDoc(docFromLines(`a${String(k).padStart(3, '0')}`, `Senator Maria Lopez spoke on Monday. ${k % 10 === 9 ? reworded : verbatim}`), STEPS),
  );
  const story = buildStory('big', docs);
  assert.equal(story.quotes.length, 2);
  const [first, second] = story.quotes;
  assert.equal(first!.article, 'a000');
  assert.equal(second!.article, 'a009');
  assert.equal(first!.repeats.length + second!.repeats.length + 2, n, 'every place is kept');
  assert.deepEqual(second!.repeats.map((r) => r.article), docs.filter((_, k) => k % 10 === 9).slice(1).map((d) => d.id));
  // Each repeat is the exact span of the quote in its own article.
  for (const r of first!.repeats) {
    const doc = docs.find((d) => d.id === r.article)!;
    assert.equal(doc.text.slice(r.start, r.end), first!.text);
  }
  assert.deepEqual(first!.alsoIn, docs.slice(1, ALSO_IN_LIMIT + 1).map((d) => d.id), 'the earliest other articles, in any wording');
  const pairs = story.discrepancies.filter((d) => d.kind === 'quote-wording');
  assert.deepEqual(pairs.map((d) => d.articles), [['a000', 'a009']]);
});

test('the same words from two different speakers stay two entries', () => {
  const docs = [
    analyseDoc(docFromLines('a', 'Senator Maria Lopez spoke on Monday. “We will not back down from this fight,” Lopez said.'), STEPS),
    analyseDoc(docFromLines('b', 'Governor Carl Byrd spoke on Tuesday. “We will not back down from this fight,” Byrd said.'), STEPS),
  ];
  const story = buildStory('two', docs);
  assert.deepEqual(story.quotes.map((q) => [q.speaker, q.article, q.alsoIn, q.repeats.length]), [
    ['Maria Lopez', 'a', ['b'], 0],
    ['Carl Byrd', 'b', ['a'], 0],
  ]);
});

test('quote wording ignores case, punctuation, abbreviation dots, ellipsis gaps and articles; a changed word is a change', () => {
  const same = (a: string, b: string) => sameWordingOf(wordingOf(a), wordingOf(b));
  assert.ok(same('“We reject his visit,” he said.', 'we reject his visit'));
  assert.ok(same('The U.S. will not pay', 'The US will not pay'));
  assert.ok(same('We reject … his visit', 'We reject, again and again, his visit'));
  assert.ok(same('We reject the plan and the vote', 'We reject plan and vote'));
  assert.ok(!same('We reject his visit', 'We reject his message'));
  assert.ok(!same('We will pay', 'We will not pay'));
  assert.ok(!same('We reject … his message', 'We reject, again, his visit'));
});
