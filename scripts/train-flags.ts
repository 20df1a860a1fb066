/**
 * Trains the flag model (models/flags.json, read by src/analyze/flags/model.ts) on real news:
 * PolNeAR texts (../shared/data/polnear) with their metadata (outlet, date, author, title).
 *
 * 1. opinion: logistic regression (L2, batch gradient descent, standardised features) over the
 *    opinion features (src/analyze/flags/features.ts) on the hand-labelled train texts of
 *    eval-gold/flags/opinion-labels.tsv; the threshold is the best F1 of 5-fold cross-validated
 *    scores on those texts; precision and recall are measured on the labelled dev texts (never
 *    trained on).
 * 2. speculative / low-information: thresholds read off the distribution over every PolNeAR train
 *    text of at least 5 sentences: speculative share above the largest seen, specificity below
 *    its 5th and sourcing below its 10th percentile mark an article as unusual for news.
 *
 * Run: node dist/scripts/train-flags.js [polnearDir] [--dry]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleProfile } from '../src/analyze/article-profile.js';
import { polnearProfile, readOpinionLabels, readPolnearMeta } from '../src/eval/tasks/flags.js';
import { sourcingScore, specificityScore } from '../src/analyze/scores.js';
import { FEATURE_NAMES, hasOwnVoice } from '../src/analyze/flags/features.js';
import { featureVector, opinionScore, type FlagModel } from '../src/analyze/flags/model.js';
import { prf, formatPRF } from '../src/eval/prf.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(ROOT, '../shared/data/polnear');
const LABELS = join(ROOT, 'eval-gold/flags/opinion-labels.tsv');
const OUT = join(ROOT, 'models/flags.json');
const L2 = 0.05;
const FOLDS = 5;
const MIN_SENTENCES = 5;
// No corpus here labels whole articles as speculative, so the flag marks an article more
// speculative than every one of the real political news texts (a fifth of which are opinion and
// analysis: eval-gold labels, 10 of 45 random train texts): the largest share seen.
const SPECULATIVE_PERCENTILE = 1;

const meta = readPolnearMeta(DATA);
const profileOf = (file: string) => polnearProfile(DATA, meta, file);
const labels = readOpinionLabels(LABELS);
const labelled = labels.map((l) => ({ ...l, p: profileOf(l.file) })).filter((l): l is typeof l & { p: ArticleProfile } => l.p !== null);
const train = labelled.filter((l) => l.split === 'train');
const dev = labelled.filter((l) => l.split === 'dev');

type Fit = Pick<FlagModel, 'mean' | 'sd' | 'weights' | 'bias'>;
function fit(set: readonly { p: ArticleProfile; y: number }[]): Fit {
  const xs = set.map((s) => featureVector(s.p.opinion));
  const n = FEATURE_NAMES.length;
  const mean = FEATURE_NAMES.map((_, j) => xs.reduce((a, x) => a + x[j]!, 0) / xs.length);
  const sd = FEATURE_NAMES.map((_, j) => Math.sqrt(xs.reduce((a, x) => a + (x[j]! - mean[j]!) ** 2, 0) / xs.length) || 1);
  const zs = xs.map((x) => x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(n).fill(0);
  let bias = 0;
  for (let epoch = 0; epoch < 4000; epoch++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    zs.forEach((z, i) => {
      let s = bias;
      for (let j = 0; j < n; j++) s += w[j]! * z[j]!;
      const err = 1 / (1 + Math.exp(-s)) - set[i]!.y;
      for (let j = 0; j < n; j++) gw[j]! += err * z[j]!;
      gb += err;
    });
    for (let j = 0; j < n; j++) w[j] = w[j]! - 0.3 * (gw[j]! / zs.length + L2 * w[j]!);
    bias -= (0.3 * gb) / zs.length;
  }
  const r = (v: number) => +v.toFixed(4);
  return { mean: mean.map(r), sd: sd.map(r), weights: w.map(r), bias: r(bias) };
}

/** The score the decision compares with the threshold: 0 for an article with no voice of its own (opinionDecision). */
const decisionScore = (m: Fit, p: ArticleProfile) => (hasOwnVoice(p.opinion) ? opinionScore(m, p.opinion) : 0);

function counts(scored: readonly { s: number; y: number }[], t: number) {
  const tp = scored.filter((x) => x.s >= t && x.y === 1).length;
  return prf(tp, scored.filter((x) => x.s >= t).length, scored.filter((x) => x.y === 1).length);
}

// Cross-validated scores on the train labels (fold = index mod 5), for the threshold.
const cv = train.map((l, i) => {
  const m = fit(train.filter((_, k) => k % FOLDS !== i % FOLDS));
  return { s: decisionScore(m, l.p), y: l.y };
});
let threshold = 0.5;
let bestF = -1;
for (let t = 0.2; t <= 0.8001; t += 0.025) {
  const f = counts(cv, t).f1;
  if (f > bestF + 1e-9) { bestF = f; threshold = +t.toFixed(3); }
}
const final = fit(train);
const devScored = dev.map((l) => ({ s: decisionScore(final, l.p), y: l.y, file: l.file }));
const devPRF = counts(devScored, threshold);
const cvPRF = counts(cv, threshold);
// The old cue-share rule on the same dev texts, for comparison.
const rule = prf(
  dev.filter((l) => l.y === 1 && l.p.opinionated >= 3 && l.p.opinionated / l.p.sentences >= 0.15).length,
  dev.filter((l) => l.p.opinionated >= 3 && l.p.opinionated / l.p.sentences >= 0.15).length,
  dev.filter((l) => l.y === 1).length,
);

// 2. Distribution thresholds over every train text.
const spec: number[] = [];
const specificity: number[] = [];
const sourcing: number[] = [];
for (const [file, m] of meta) {
  if (m.split !== 'train') continue;
  const p = profileOf(file);
  if (!p || p.sentences < MIN_SENTENCES) continue;
  spec.push(p.speculative / p.sentences);
  specificity.push(specificityScore(p));
  sourcing.push(sourcingScore(p));
}
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const r3 = (v: number) => +v.toFixed(3);

const model: FlagModel = {
  features: [...FEATURE_NAMES],
  ...final,
  threshold,
  speculativeShare: r3(pct(spec, SPECULATIVE_PERCENTILE)),
  lowSpecificity: r3(pct(specificity, 0.05)),
  lowSourcing: r3(pct(sourcing, 0.1)),
  trainedOn: `opinion: ${train.length} hand-labelled PolNeAR train texts (${train.filter((l) => l.y === 1).length} opinion/analysis), threshold = best ${FOLDS}-fold CV F1; speculative/low-information: ${spec.length} PolNeAR train texts of >= ${MIN_SENTENCES} sentences (largest speculative share, p5 specificity, p10 sourcing)`,
  figures: {
    cvPrecision: r3(cvPRF.precision), cvRecall: r3(cvPRF.recall),
    devPrecision: r3(devPRF.precision), devRecall: r3(devPRF.recall), devF1: r3(devPRF.f1),
    devTexts: dev.length, devOpinion: dev.filter((l) => l.y === 1).length,
    ruleDevPrecision: r3(rule.precision), ruleDevRecall: r3(rule.recall),
  },
};
console.log(`opinion weights ${FEATURE_NAMES.map((f, i) => `${f} ${final.weights[i]}`).join(', ')}, bias ${final.bias}, threshold ${threshold}`);
console.log(formatPRF('opinion, train texts, 5-fold CV', cvPRF));
console.log(formatPRF('opinion, dev texts (held out)', devPRF, `${dev.length} texts, ${model.figures.devOpinion} opinion`));
console.log(formatPRF('opinion, dev texts, old cue-share rule', rule));
console.log(`dev errors: ${devScored.filter((x) => (x.s >= threshold) !== (x.y === 1)).map((x) => `${x.file} ${x.y ? 'missed' : 'false'} ${x.s.toFixed(2)}`).join('; ')}`);
console.log(`speculative share max ${model.speculativeShare}, specificity p5 ${model.lowSpecificity}, sourcing p10 ${model.lowSourcing} (${spec.length} texts)`);
if (!process.argv.includes('--dry')) {
  writeFileSync(OUT, JSON.stringify(model, null, 2) + '\n');
  console.log(`wrote ${OUT}`);
}
