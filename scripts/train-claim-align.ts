/**
 * Trains the learned claim-alignment scorer on ClaimDiff strength-train (../shared/data/claimdiff):
 * 1. event-class paraphrase pairs: classes that co-occur in positive pairs whose frames share an agent
 *    (lexicon classes only, at least MIN_EVENT_PAIR times, positive rate ≥ MIN_EVENT_RATE) on the training topics;
 * 2. logistic regression (L2, batch gradient descent) over claim-features.ts on every frame pair of
 *    the training topics whose gate is open, labelled with its text pair's label;
 * 3. the lowest threshold at which 5-fold out-of-fold scores on the training topics reach
 *    TARGET_PRECISION with at least MIN_PREDICTED predictions, for "rule or scorer" at text-pair level.
 *    The held-out topics (isHeldOutTopic, 20 %) are only measured, never used to choose anything
 *    (they are too few — about 370 pairs — to pick a threshold at 0.9 precision reliably).
 * Writes models/claim-align.json.  Run: node dist/scripts/train-claim-align.js [dataDir]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimFrame } from '../src/analyze/claims/claim-frame.js';
import { FEATURE_NAMES, LIGHT_EVENTS, eventPairKey, pairFeatures } from '../src/analyze/claims/claim-features.js';
import { sameFrame } from '../src/analyze/claims/claim-relation.js';
import { gateOpen, scoreFeatures, setAlignModel, type AlignModel } from '../src/analyze/claims/claim-scorer.js';
import { framesOf, isHeldOutTopic, readClaimDiff, type ClaimDiffPair } from '../src/eval/claimdiff.js';
import { prf } from '../src/eval/prf.js';
import { isEventClass } from '../src/nlp/verb-lexicon.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.argv[2] ?? join(ROOT, '../shared/data/claimdiff');
const MIN_EVENT_PAIR = 3;
const MIN_EVENT_RATE = 0.9;
const TARGET_PRECISION = 0.9;
const MIN_PREDICTED = 10;
const L2 = 0.01;

setAlignModel(null); // features and the strict rule only; no earlier model leaks in
const pairs = readClaimDiff(join(DATA, 'strength-train.json'));
const train = pairs.filter((p) => !isHeldOutTopic(p.topic));
const held = pairs.filter((p) => isHeldOutTopic(p.topic));
const cache = new Map<string, ClaimFrame[]>();
const framePairs = (p: ClaimDiffPair): [ClaimFrame, ClaimFrame][] =>
  framesOf(cache, p.claim_a, p.date ?? null).flatMap((a) => framesOf(cache, p.claim_b, p.date ?? null).map((b): [ClaimFrame, ClaimFrame] => [a, b]));

// 1. Event paraphrases: different, non-light classes of frames that share an agent.
const tally = new Map<string, { pos: number; all: number }>();
for (const p of train) {
  const seen = new Set<string>();
  for (const [a, b] of framePairs(p)) {
    // Only lexicon classes: a guessed lemma of a mis-parsed word ("it", "not") is no event.
    if (a.event === b.event || LIGHT_EVENTS.has(a.event) || LIGHT_EVENTS.has(b.event) || !isEventClass(a.event) || !isEventClass(b.event)) continue;
    if (![...a.agents].some((k) => !k.startsWith('ev:') && b.agents.has(k))) continue;
    seen.add(eventPairKey(a.event, b.event));
  }
  for (const k of seen) {
    const t = tally.get(k) ?? { pos: 0, all: 0 };
    t.all++;
    if (p.relation === 1) t.pos++;
    tally.set(k, t);
  }
}
const relatedEvents = [...tally].filter(([, t]) => t.pos >= MIN_EVENT_PAIR && t.pos / t.all >= MIN_EVENT_RATE).map(([k]) => k).sort();
const related = new Set(relatedEvents);

// 2. Logistic regression on gated frame pairs.
function fit(set: ClaimDiffPair[]): { weights: number[]; bias: number; n: number } {
  const xs: number[][] = [];
  const ys: number[] = [];
  // One instance per text pair: its most similar gated frame pair (the label is the text pair's,
  // and the other frame pairs of a positive text pair are mostly not the supporting ones).
  const sim = (x: number[]) => x[FEATURE_NAMES.indexOf('themeOverlap')]! + x[FEATURE_NAMES.indexOf('sentenceDice')]!;
  for (const p of set) {
    let best: number[] | null = null;
    for (const [a, b] of framePairs(p)) {
      const x = pairFeatures(a, b, related);
      if (gateOpen(a, b, x) && (!best || sim(x) > sim(best))) best = x;
    }
    if (!best) continue;
    xs.push(best);
    ys.push(p.relation === 1 ? 1 : 0);
  }
  const w = FEATURE_NAMES.map(() => 0);
  let bias = 0;
  for (let epoch = 0; epoch < 3000; epoch++) {
    const gw = w.map(() => 0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      let z = bias;
      for (let j = 0; j < w.length; j++) z += w[j]! * xs[i]![j]!;
      const err = 1 / (1 + Math.exp(-z)) - ys[i]!;
      for (let j = 0; j < w.length; j++) gw[j]! += err * xs[i]![j]!;
      gb += err;
    }
    for (let j = 0; j < w.length; j++) w[j] = w[j]! - 0.5 * (gw[j]! / xs.length + L2 * w[j]!);
    bias -= (0.5 * gb) / xs.length;
  }
  return { weights: w.map((v) => +v.toFixed(4)), bias: +bias.toFixed(4), n: xs.length };
}

const asModel = (f: { weights: number[]; bias: number }, threshold: number): AlignModel => ({ features: [...FEATURE_NAMES], weights: f.weights, bias: f.bias, threshold, relatedEvents, trainedOn: '', figures: {} });

/** Text-pair score: 1 when the strict rule aligns a frame pair, else the best gated score, else 0. */
function pairScore(p: ClaimDiffPair, m: AlignModel): number {
  let best = 0;
  for (const [a, b] of framePairs(p)) {
    if (sameFrame(a, b)) return 1;
    const x = pairFeatures(a, b, related);
    if (gateOpen(a, b, x)) best = Math.max(best, scoreFeatures(m, x));
  }
  return best;
}

function evaluate(scored: { s: number; y: number }[], t: number) {
  const predicted = scored.filter((r) => r.s >= t).length;
  const tp = scored.filter((r) => r.s >= t && r.y === 1).length;
  return { ...prf(tp, predicted, scored.filter((r) => r.y === 1).length), predicted };
}

// 3. Threshold from out-of-fold scores: 5 folds of the training topics (sorted topic index mod 5).
const topics = [...new Set(train.map((p) => p.topic))].sort();
const foldOf = (p: ClaimDiffPair) => topics.indexOf(p.topic) % 5;
const oof: { s: number; y: number }[] = [];
for (let k = 0; k < 5; k++) {
  const m = asModel(fit(train.filter((p) => foldOf(p) !== k)), 1);
  for (const p of train.filter((q) => foldOf(q) === k)) oof.push({ s: pairScore(p, m), y: p.relation });
}
let threshold = 1;
for (let t = 0.99; t >= 0.5; t -= 0.01) {
  const r = evaluate(oof, t);
  if (process.env.CURVE && Math.round(t * 100) % 2 === 0) console.log(t.toFixed(2), 'out-of-fold', r.precision.toFixed(3), r.recall.toFixed(3), r.predicted);
  if (r.predicted >= MIN_PREDICTED && r.precision >= TARGET_PRECISION) threshold = +t.toFixed(2);
}
const final = fit(train);
const model = asModel(final, threshold);
const scoreSet = (set: ClaimDiffPair[]) => set.map((p) => ({ s: pairScore(p, model), y: p.relation }));
const h = evaluate(scoreSet(held), threshold);
const tr = evaluate(scoreSet(train), threshold);
const cv = evaluate(oof, threshold);
const full = evaluate(scoreSet(pairs), threshold);
model.trainedOn = `ClaimDiff strength-train: ${train.length} pairs of ${topics.length} topics (${final.n} with a gated frame pair); threshold from 5-fold out-of-fold scores on those topics; ${held.length} pairs of held-out topics (1 in 5 by FNV-1a hash) never used`;
const round = (x: number) => +x.toFixed(3);
model.figures = {
  'heldout.precision': round(h.precision), 'heldout.recall': round(h.recall), 'heldout.predicted': h.predicted,
  'train.outOfFold.precision': round(cv.precision), 'train.outOfFold.recall': round(cv.recall), 'train.outOfFold.predicted': cv.predicted,
  'train.precision': round(tr.precision), 'train.recall': round(tr.recall), 'train.predicted': tr.predicted,
  'full.precision': round(full.precision), 'full.recall': round(full.recall), 'full.predicted': full.predicted,
};
writeFileSync(join(ROOT, 'models/claim-align.json'), JSON.stringify(model, null, 1) + '\n');
console.log(JSON.stringify({ relatedEvents: relatedEvents.length, weights: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, model.weights[i]])), bias: model.bias, threshold, figures: model.figures }, null, 1));
