import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseFeatures, cueFeatures, type Candidate } from '../src/nlp/hedges/features.js';
import { cueProbability, loadHedgeClassifier, type HedgeClassifier } from '../src/nlp/hedges/classifier.js';
import { loadHedgeLexicon, normaliseToken, type HedgeLexicon } from '../src/nlp/hedges/lexicon.js';
import { learnedCueSpans, matchLearned, occurrences } from '../src/nlp/hedges/match.js';
import { tokenizeText } from '../src/nlp/tokenize.js';
import { prunedWeights, trainSparseLogistic } from '../scripts/sparse-logistic.js';

function sentence(text: string): { words: string[]; raw: string[] } {
  const raw = tokenizeText(text).map((t) => text.slice(t.start, t.end));
  return { words: raw.map(normaliseToken), raw };
}

const LEXICON: HedgeLexicon = {
  source: 'test',
  threshold: 0.5,
  cues: {
    would: { type: 'hypo_condition', precision: 0.3, count: 3, occurrences: 10 },
    probably: { type: 'modal_probable', precision: 0.9, count: 9, occurrences: 10 },
  },
};

function contextOf(text: string, key: string) {
  const { words, raw } = sentence(text);
  const all = occurrences(words, raw, LEXICON.cues);
  const cand = all.find((c) => c.key === key)!;
  return { words, raw, cand, all, basePrecision: LEXICON.cues[key]!.precision };
}

test('features: neighbours, other cues, question and conditional; every one has its domain copy', () => {
  const base = baseFeatures(contextOf('If it rains, he would probably stay?', 'would'));
  for (const f of ['k=would', 'k=would|p=he', 'k=would|n=probably', 'k=would|others=1', 'other=probably', 'k=would|question', 'k=would|conditional']) {
    assert.ok(base.includes(f), `${f} missing from ${base.join(' ')}`);
  }
  const plain = baseFeatures(contextOf('He would stay.', 'would'));
  assert.ok(!plain.includes('k=would|question') && !plain.includes('k=would|conditional') && plain.includes('k=would|others=0'));
  const all = cueFeatures(contextOf('He would stay.', 'would'), 'news');
  assert.equal(all.length, 2 * plain.length);
  for (const f of plain) assert.ok(all.includes(`news:${f}`), f);
});

test('probability: weights of known features are summed, unknown ones weigh nothing', () => {
  assert.equal(cueProbability({}, ['a', 'b']), 0.5);
  assert.ok(Math.abs(cueProbability({ a: 2, b: -1 }, ['a', 'b', 'c']) - 1 / (1 + Math.exp(-1))) < 1e-12);
});

test('the classifier decides in context and per domain', () => {
  // "he would" is the habitual past in the training data, "it would" a conditional.
  const classifier: HedgeClassifier = {
    source: 'test',
    thresholds: { news: 0.5, encyclopedia: 0.8 },
    weights: { 'k=would': 1, 'k=would|p=he': -3, 'k=probably': 3, 'encyclopedia:k=would': -0.5 },
    figures: {},
  };
  const keys = (text: string, domain: 'news' | 'encyclopedia' = 'news') => {
    const { words, raw } = sentence(text);
    return matchLearned(words, raw, LEXICON, { classifier, domain }).map((h) => h.key);
  };
  assert.deepEqual(keys('It would collapse.'), ['would']);
  assert.deepEqual(keys('He would collapse.'), []);
  assert.deepEqual(keys('It would collapse.', 'encyclopedia'), []);
  assert.deepEqual(keys('He would probably collapse.'), ['probably']);
  const { words, raw } = sentence('It would collapse.');
  const [hit] = matchLearned(words, raw, LEXICON, { classifier });
  assert.ok(Math.abs(hit!.probability - 1 / (1 + Math.exp(-1))) < 1e-12);
  // Without a classifier the lexicon's precision decides: 0.3 is under its floor of 0.5.
  assert.deepEqual(matchLearned(words, raw, LEXICON, { classifier: null }), []);
  assert.deepEqual(learnedCueSpans('It would collapse.', LEXICON, { classifier }), [{ start: 3, end: 8, key: 'would' }]);
});

test('sparse logistic regression separates a toy problem; pruning drops small weights and rounds', () => {
  const examples = [
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'good'], label: 1 as const })),
    ...Array.from({ length: 20 }, () => ({ features: ['bias', 'bad'], label: 0 as const })),
  ];
  const w = trainSparseLogistic(examples, { epochs: 20, l2: 1e-3, rate: 0.5, seed: 1 });
  assert.ok(w.get('good')! > 1 && w.get('bad')! < -1);
  const pruned = prunedWeights(new Map([['a', 0.123456], ['b', 0.01], ['c', -0.2]]), 0.05);
  assert.deepEqual(pruned, { c: -0.2, a: 0.1235 });
});

test('the committed classifier: small, thresholds in range, modal "may" a cue and the month not', { skip: loadHedgeClassifier() === null }, () => {
  const m = loadHedgeClassifier()!;
  assert.ok(Object.keys(m.weights).length < 20000);
  for (const t of Object.values(m.thresholds)) assert.ok(t > 0.1 && t < 0.9);
  const lexicon = loadHedgeLexicon();
  assert.deepEqual(learnedCueSpans('The talks may resume next week.', lexicon).map((s) => s.key), ['may']);
  assert.deepEqual(learnedCueSpans('The plant closed on May 5.', lexicon), []);
  // "he would later" narrates the past; "believe" reports a belief.
  assert.deepEqual(learnedCueSpans('He would later become mayor.', lexicon), []);
  assert.deepEqual(learnedCueSpans('Officials believe the fire was set deliberately.', lexicon).map((s) => s.key), ['believe']);
});

const candidate: Candidate = { from: 0, to: 1, key: 'x' };
test('a candidate alone in its sentence counts no other cues', () => {
  const f = baseFeatures({ words: ['x'], raw: ['x'], cand: candidate, all: [candidate], basePrecision: 0.5 });
  assert.ok(f.includes('others=0') && f.includes('k=x|pos=first') && f.includes('prec=5'));
});
